package org.tsunagu.grants;

/** Where a grant stands on the build date, said in words on every page that lists it. */
public enum GrantStatus {
    OPEN("open", "募集中", "Open"),
    CLOSING("closing", "締切間近", "Closing soon"),
    UPCOMING("upcoming", "募集予定", "Opening soon"),
    CLOSED("closed", "受付終了", "Closed");

    private final String slug;
    private final String label;
    private final String labelEn;

    GrantStatus(String slug, String label, String labelEn) {
        this.slug = slug;
        this.label = label;
        this.labelEn = labelEn;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether an application can be handed in on the build date. */
    public boolean accepting() {
        return this == OPEN || this == CLOSING;
    }
}
