package org.tsunagu.pages;

import java.time.LocalDate;
import java.util.List;

import org.tsunagu.core.load.Choice;
import org.tsunagu.core.load.Field;

/** The front matter of a page or a news item, in JBake's terms ({@code title}, {@code date}, {@code status}, {@code tags}). */
public record DocumentHeader(
        @Field(ja = "タイトル", en = "Title", required = true, maxLength = 120) String title,
        @Field(ja = "タイトル（英語）", en = "Title in English", maxLength = 200) String titleEn,
        @Field(ja = "日付", en = "Date", example = "2026-04-01") LocalDate date,
        @Field(ja = "公開状態", en = "Status", example = "published") Status status,
        @Field(ja = "種類", en = "Type", example = "page") String type,
        @Field(ja = "タグ", en = "Tags") List<String> tags,
        @Field(ja = "メニューの順番", en = "Menu position", example = "1") Integer menu,
        @Field(ja = "要約", en = "Summary", maxLength = 300) String summary) {

    /** Whether a document is published or still a draft (drafts are not built). */
    public enum Status implements Choice {
        PUBLISHED("published", "公開", "Published"),
        DRAFT("draft", "下書き", "Draft");

        private final Names names;

        Status(String slug, String label, String labelEn) {
            this.names = new Names(slug, label, labelEn);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
