package org.tsunagu.events;

import org.tsunagu.core.load.Choice;

/** How participants are chosen when there are more than the places (先着順・抽選). */
public enum Selection implements Choice {
    FIRST_COME("first-come", "先着順", "First come, first served"),
    LOTTERY("lottery", "抽選", "By lottery"),
    NONE("none", "申し込み不要", "No application needed");

    private final String slug;
    private final String label;
    private final String labelEn;

    Selection(String slug, String label, String labelEn) {
        this.slug = slug;
        this.label = label;
        this.labelEn = labelEn;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
