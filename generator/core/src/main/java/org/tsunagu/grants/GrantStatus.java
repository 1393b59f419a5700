package org.tsunagu.grants;

import org.tsunagu.core.load.Choice;

/** Where a grant stands on the build date, said in words on every page that lists it. */
public enum GrantStatus implements Choice {
    OPEN("open", "募集中", "Open"),
    CLOSING("closing", "締切間近", "Closing soon"),
    UPCOMING("upcoming", "募集予定", "Opening soon"),
    CLOSED("closed", "受付終了", "Closed");

    private final Names names;

    GrantStatus(String slug, String label, String labelEn) {
        this.names = new Names(slug, label, labelEn);
    }

    @Override
    public Names names() {
        return names;
    }

    /** Whether an application can be handed in on the build date. */
    public boolean accepting() {
        return this == OPEN || this == CLOSING;
    }
}
