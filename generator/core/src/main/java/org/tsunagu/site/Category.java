package org.tsunagu.site;

import org.tsunagu.core.load.Field;

/** An activity field (活動分野). The default set is the 20 fields of the NPO law. */
public record Category(
        @Field(ja = "スラッグ（URL名）", en = "Slug", required = true, example = "environment") String slug,
        @Field(ja = "分野名", en = "Name", required = true, maxLength = 40, example = "環境の保全") String name,
        @Field(ja = "正式な名称", en = "Full name", maxLength = 120) String fullName,
        @Field(ja = "分野名（英語）", en = "Name in English", maxLength = 80) String nameEn) {
}
