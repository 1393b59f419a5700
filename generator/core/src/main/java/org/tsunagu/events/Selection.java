package org.tsunagu.events;

import org.tsunagu.core.load.Choice;

/** How participants are chosen when there are more than the places (先着順・抽選). */
public enum Selection implements Choice {
    FIRST_COME("first-come", "先着順", "First come, first served"),
    LOTTERY("lottery", "抽選", "By lottery"),
    NONE("none", "申し込み不要", "No application needed");

    private final Names names;

    Selection(String slug, String label, String labelEn) {
        this.names = new Names(slug, label, labelEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
