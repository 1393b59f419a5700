package org.tsunagu.core.load;

/**
 * A value from a fixed list (an enum). In YAML it may be written as its slug ({@code npo}) or
 * its Japanese label ({@code NPO法人}), whichever is natural to the person editing the file.
 */
public interface Choice {

    /** The three names of a choice: as written by a developer, in Japanese, in English. */
    record Names(String slug, String label, String labelEn) {
    }

    Names names();

    default String slug() {
        return names().slug();
    }

    default String label() {
        return names().label();
    }

    default String labelEn() {
        return names().labelEn();
    }
}
