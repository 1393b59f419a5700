package org.tsunagu.grants;

import org.tsunagu.core.load.Choice;

/** Who gives a grant: the city, the prefecture, a foundation, a company (実施するところの種類). */
public enum ProviderKind implements Choice {
    MUNICIPALITY("municipality", "市区町村", "Municipality"),
    PREFECTURE("prefecture", "都道府県", "Prefecture"),
    NATIONAL("national", "国", "National government"),
    FOUNDATION("foundation", "財団・基金", "Foundation"),
    COMPANY("company", "企業", "Company"),
    COUNCIL("council", "社会福祉協議会", "Social welfare council"),
    OTHER("other", "その他", "Other");

    private final Names names;

    ProviderKind(String slug, String label, String labelEn) {
        this.names = new Names(slug, label, labelEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
