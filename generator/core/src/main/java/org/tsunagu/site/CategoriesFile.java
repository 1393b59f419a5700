package org.tsunagu.site;

import java.util.List;

import org.tsunagu.core.load.Field;

/** {@code data/categories.yaml}. */
public record CategoriesFile(
        @Field(ja = "活動分野の一覧", en = "Activity fields", required = true) List<Category> categories) {
}
