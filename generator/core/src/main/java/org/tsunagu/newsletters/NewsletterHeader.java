package org.tsunagu.newsletters;

import java.time.LocalDate;

import org.tsunagu.core.load.Field;
import org.tsunagu.groups.Group;
import org.tsunagu.pages.DocumentHeader;

/** The front matter of an issue of the centre's newsletter ({@code content/newsletters/*.md}). */
public record NewsletterHeader(
        @Field(ja = "タイトル", en = "Title", required = true, maxLength = 120, example = "特集 柳瀬川を守る人たち")
        String title,
        @Field(ja = "巻", en = "Volume", example = "12") Integer volume,
        @Field(ja = "号", en = "Issue number", required = true, example = "41") Integer number,
        @Field(ja = "発行日", en = "Publication date", required = true, example = "2026-09-01") LocalDate date,
        @Field(ja = "表紙の画像", en = "Cover image") Group.Image cover,
        @Field(ja = "印刷版のPDF（content/ の中のファイル）", en = "PDF of the printed edition (a file in content/)",
                example = "files/newsletters/2026-09.pdf") String pdf,
        @Field(ja = "要約", en = "Summary", maxLength = 300) String summary,
        @Field(ja = "公開状態", en = "Status", example = "published") DocumentHeader.Status status) {
}
