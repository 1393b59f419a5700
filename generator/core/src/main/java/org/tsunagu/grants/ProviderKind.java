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

    private final String slug;
    private final String label;
    private final String labelEn;

    ProviderKind(String slug, String label, String labelEn) {
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
