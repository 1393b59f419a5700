package org.tsunagu.site;

import org.tsunagu.core.load.Field;

/** An area of the town (地区, 学校区, 旧町村) where groups are based. */
public record Area(
        @Field(ja = "スラッグ（URL名）", en = "Slug", required = true, example = "motomachi") String slug,
        @Field(ja = "地区名", en = "Name", required = true, maxLength = 40, example = "元町・松山") String name,
        @Field(ja = "よみがな", en = "Reading", maxLength = 80) String kana,
        @Field(ja = "地区名（英語）", en = "Name in English", maxLength = 80) String nameEn,
        @Field(ja = "説明", en = "Description", maxLength = 300) String description) {
}
