package org.tsunagu.opportunities;

import org.tsunagu.core.load.Choice;

/**
 * Whether a call takes helpers (状況). Written only to close a call early ({@code 受付終了});
 * otherwise a call is open from its posted date to its {@code until} or its last date.
 */
public enum OpportunityStatus implements Choice {
    OPEN("open", "募集中", "Open"),
    CLOSED("closed", "受付終了", "Closed");

    private final Names names;

    OpportunityStatus(String slug, String label, String labelEn) {
        this.names = new Names(slug, label, labelEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
