package org.tsunagu.site;

import org.tsunagu.core.load.Choice;

/** The kind of organisation a group is (団体の種類). */
public enum GroupType implements Choice {
    NPO("npo", "NPO法人", "NPO (non-profit corporation)"),
    VOLUNTARY("voluntary", "任意団体", "Voluntary group"),
    NEIGHBOURHOOD("neighbourhood", "自治会・町内会", "Neighbourhood association"),
    SOCIAL_WELFARE("social-welfare", "社会福祉法人", "Social welfare corporation"),
    GENERAL_ASSOCIATION("general-association", "一般社団法人", "General incorporated association"),
    COMPANY("company", "企業", "Company"),
    SCHOOL("school", "学校・学生団体", "School or student group"),
    OTHER("other", "その他", "Other");

    private final Names names;

    GroupType(String slug, String label, String labelEn) {
        this.names = new Names(slug, label, labelEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
