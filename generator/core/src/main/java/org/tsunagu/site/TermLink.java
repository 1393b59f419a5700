package org.tsunagu.site;

/** A category, area or group type as a link: what templates show and where it leads. */
public record TermLink(String slug, String name, String nameEn, String url) {

    public static TermLink of(Category c) {
        return new TermLink(c.slug(), c.name(), c.nameEn(), "/categories/" + c.slug() + "/");
    }

    public static TermLink of(Area a) {
        return new TermLink(a.slug(), a.name(), a.nameEn(), "/areas/" + a.slug() + "/");
    }

    public static TermLink of(GroupType t) {
        return new TermLink(t.slug(), t.label(), t.labelEn(), "/types/" + t.slug() + "/");
    }
}
