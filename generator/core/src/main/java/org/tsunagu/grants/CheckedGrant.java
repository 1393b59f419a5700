package org.tsunagu.grants;

import java.util.List;

import org.tsunagu.core.load.SourceMap;
import org.tsunagu.site.Category;

/**
 * A grant that passed every check.
 *
 * @param categories the eligible fields; empty when every field may apply
 * @param rate the main subsidy rate, or null
 * @param variantRates the rates of the variants, in order (null where none is given)
 * @param documentSizes the size in bytes of each document's file, in order (null where no file)
 */
public record CheckedGrant(String slug, Grant grant, SourceMap sources, String kana, List<Category> categories,
                           Rate rate, List<Rate> variantRates, List<Long> documentSizes) {

    public String file() {
        return sources.file();
    }
}
