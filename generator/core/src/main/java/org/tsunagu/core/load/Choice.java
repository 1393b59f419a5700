package org.tsunagu.core.load;

/**
 * A value from a fixed list (an enum). In YAML it may be written as its slug ({@code npo}) or
 * its Japanese label ({@code NPO法人}), whichever is natural to the person editing the file.
 */
public interface Choice {

    String slug();

    String label();

    String labelEn();
}
