package org.tsunagu.grants;

import java.time.LocalDate;
import java.util.List;

import org.tsunagu.core.load.Email;
import org.tsunagu.core.load.Field;
import org.tsunagu.core.load.Phone;
import org.tsunagu.core.load.WebUrl;
import org.tsunagu.core.load.Yen;

/**
 * A grant or subsidy programme as written in {@code data/grants/<slug>.yaml}: who gives it, for
 * what, how much, to whom, in which application rounds, and what came of it.
 */
public record Grant(
        @Field(ja = "助成金の名前", en = "Name", required = true, maxLength = 100, example = "まちづくり活動支援金")
        String name,
        @Field(ja = "よみがな（ひらがな）", en = "Reading (hiragana)", maxLength = 200,
                example = "まちづくりかつどうしえんきん") String kana,
        @Field(ja = "名前（英語）", en = "Name in English", maxLength = 200) String nameEn,
        @Field(ja = "実施するところ", en = "Provider", required = true, maxLength = 100, example = "佐久市") String provider,
        @Field(ja = "実施するところの種類", en = "Kind of provider", required = true, example = "市区町村")
        ProviderKind providerKind,
        @Field(ja = "目的", en = "Purpose", required = true, maxLength = 400) String purpose,
        @Field(ja = "助成額", en = "Amount", required = true) Amount amount,
        @Field(ja = "申し込める団体", en = "Who may apply", required = true, maxLength = 400,
                example = "市内で活動する5人以上の団体") String eligible,
        @Field(ja = "対象の活動分野（なければすべての分野）", en = "Eligible fields (none: every field)",
                example = "[まちづくり]") List<String> categories,
        @Field(ja = "募集の回", en = "Application rounds", required = true) List<Round> rounds,
        @Field(ja = "申し込み方法", en = "How to apply", maxLength = 1000) String howToApply,
        @Field(ja = "提出書類", en = "Documents") List<Document> documents,
        @Field(ja = "問い合わせ先", en = "Contact") Contact contact,
        @Field(ja = "くわしい情報のページ", en = "Official page") WebUrl link,
        @Field(ja = "採択・表彰の結果", en = "Results") List<Result> results,
        @Field(ja = "ひとことで紹介", en = "Summary", maxLength = 200) String summary,
        @Field(ja = "くわしい紹介（Markdown）", en = "Description (Markdown)", maxLength = 20_000) String description) {

    /** How much: an upper limit, a subsidy rate, and variants for priority themes. */
    public record Amount(
            @Field(ja = "上限額", en = "Upper limit", example = "30万円") Yen limit,
            @Field(ja = "下限額", en = "Lower limit", example = "5万円") Yen minimum,
            @Field(ja = "補助率", en = "Subsidy rate", example = "1/2") String rate,
            @Field(ja = "補足", en = "Notes", maxLength = 300) String notes,
            @Field(ja = "重点テーマなどの別枠", en = "Variants (priority themes)") List<Variant> variants) {
    }

    /** A priority theme with its own limit or rate. */
    public record Variant(
            @Field(ja = "テーマ・枠の名前", en = "Theme", required = true, maxLength = 100, example = "子育て支援枠")
            String theme,
            @Field(ja = "上限額", en = "Upper limit", example = "50万円") Yen limit,
            @Field(ja = "補助率", en = "Subsidy rate", example = "3/4") String rate,
            @Field(ja = "補足", en = "Notes", maxLength = 300) String notes) {
    }

    /** One application round (一次募集, 二次募集 …) with its dates and an optional consultation period. */
    public record Round(
            @Field(ja = "回の名前", en = "Name of the round", maxLength = 60, example = "二次募集") String name,
            @Field(ja = "受付開始日", en = "Opens", required = true, example = "2026-06-01") LocalDate opens,
            @Field(ja = "締め切り日", en = "Closes", required = true, example = "2026-07-15") LocalDate closes,
            @Field(ja = "事前相談の開始日", en = "Consultation from") LocalDate consultationFrom,
            @Field(ja = "事前相談の終了日", en = "Consultation until") LocalDate consultationUntil,
            @Field(ja = "補足", en = "Notes", maxLength = 300) String notes) {
    }

    /** A document to hand in; {@code file} is a PDF in {@code content/} offered for download. */
    public record Document(
            @Field(ja = "書類の名前", en = "Name", required = true, maxLength = 100, example = "申請書") String name,
            @Field(ja = "ファイル（content/ の中のPDF）", en = "File (a PDF in content/)",
                    example = "files/grants/shinseisho.pdf") String file) {
    }

    /** Whom to ask. */
    public record Contact(
            @Field(ja = "名前・担当課", en = "Name or section", maxLength = 100) String name,
            @Field(ja = "電話番号", en = "Telephone") Phone phone,
            @Field(ja = "メールアドレス", en = "E-mail") Email email) {
    }

    /** A year's results: the projects awarded and those honoured as the year's best. */
    public record Result(
            @Field(ja = "年度", en = "Fiscal year", required = true, example = "2025") Integer year,
            @Field(ja = "採択された事業", en = "Awarded projects") List<Project> awarded,
            @Field(ja = "優良事業（表彰）", en = "Best projects of the year") List<Project> best,
            @Field(ja = "補足", en = "Notes", maxLength = 400) String notes,
            @Field(ja = "結果のページ", en = "Results page") WebUrl link) {
    }

    /** A funded project: its title, the group (a file name of the site or a name), the amount. */
    public record Project(
            @Field(ja = "事業名", en = "Project", required = true, maxLength = 120) String title,
            @Field(ja = "団体（ファイル名か団体名）", en = "Group (file name or name)", maxLength = 100) String group,
            @Field(ja = "交付額", en = "Amount granted", example = "20万円") Yen amount) {
    }
}
