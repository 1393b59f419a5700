package org.tsunagu.groups;

import java.time.LocalDate;
import java.util.List;

import org.tsunagu.core.load.Field;
import org.tsunagu.site.GroupType;

/**
 * A group's profile as written in {@code data/groups/<slug>.yaml}. The slug is the file name.
 * Contact details are published only where {@code contact.public} lists them.
 */
public record Group(
        @Field(ja = "団体名", en = "Name", required = true, maxLength = 80, example = "川づくり・清瀬の会") String name,
        @Field(ja = "よみがな（ひらがな）", en = "Reading (hiragana)", maxLength = 120,
                example = "かわづくり・きよせのかい") String kana,
        @Field(ja = "団体名（英語）", en = "Name in English", maxLength = 120) String nameEn,
        @Field(ja = "団体の種類", en = "Type of group", required = true, example = "任意団体") GroupType type,
        @Field(ja = "活動分野", en = "Activity fields", required = true, example = "[環境の保全]") List<String> categories,
        @Field(ja = "活動地区", en = "Area", required = true, example = "下宿・旭が丘") String area,
        @Field(ja = "ひとことで紹介", en = "Summary", required = true, maxLength = 200) String summary,
        @Field(ja = "ひとことで紹介（英語）", en = "Summary in English", maxLength = 400) String summaryEn,
        @Field(ja = "くわしい紹介（Markdown）", en = "Description (Markdown)", maxLength = 20_000) String description,
        @Field(ja = "活動の様子", en = "Activity") Activity activity,
        @Field(ja = "会員", en = "Members") Members members,
        @Field(ja = "会費・参加費", en = "Fees", maxLength = 200) String fees,
        @Field(ja = "会員・仲間の募集", en = "Recruiting") Recruiting recruiting,
        @Field(ja = "連絡先", en = "Contact") Contact contact,
        @Field(ja = "リンク", en = "Links") Links links,
        @Field(ja = "ロゴ", en = "Logo") Image logo,
        @Field(ja = "写真", en = "Photos") List<Image> photos,
        @Field(ja = "設立年", en = "Year founded", example = "1998") Integer founded,
        @Field(ja = "NPO法人の認証日", en = "NPO certification date") LocalDate npoCertified,
        @Field(ja = "法人番号（13桁）", en = "Corporate number (13 digits)") String corporateNumber,
        @Field(ja = "センターへの登録日", en = "Registered with the centre") LocalDate registered,
        @Field(ja = "情報の確認日", en = "Information last confirmed") LocalDate confirmed) {

    /** When, where and how often the group meets. */
    public record Activity(
            @Field(ja = "活動日", en = "Days", maxLength = 100, example = "毎月第2土曜") String days,
            @Field(ja = "時間", en = "Time", maxLength = 100, example = "9:00〜12:00") String time,
            @Field(ja = "活動場所", en = "Place", maxLength = 200) String place,
            @Field(ja = "頻度", en = "Frequency", maxLength = 100, example = "月1回") String frequency) {
    }

    /** How many members and of what ages. */
    public record Members(
            @Field(ja = "人数", en = "Number", example = "25") Integer count,
            @Field(ja = "年代", en = "Ages", maxLength = 100, example = "40代〜80代") String ages) {
    }

    /** Whether the group welcomes new members now, and whom. */
    public record Recruiting(
            @Field(ja = "募集中", en = "Open", required = true, example = "true") boolean open,
            @Field(ja = "求める人", en = "Who is wanted", maxLength = 400) String wanted) {
    }

    /**
     * How to reach the group. Nothing here is published unless listed in {@code public}: a
     * treasurer's home phone stays with the centre.
     */
    public record Contact(
            @Field(ja = "担当者", en = "Person", maxLength = 60) String person,
            @Field(ja = "電話番号", en = "Telephone") org.tsunagu.core.load.Phone phone,
            @Field(ja = "メールアドレス", en = "E-mail") org.tsunagu.core.load.Email email,
            @Field(ja = "住所", en = "Postal address", maxLength = 200) String address,
            @Field(key = "public", ja = "公開してよい項目", en = "Items that may be published",
                    example = "[person, email]") List<String> publish) {
    }

    /** The group's own places on the web. */
    public record Links(
            @Field(ja = "ホームページ", en = "Website") org.tsunagu.core.load.WebUrl website,
            @Field(ja = "SNS", en = "Social media") List<org.tsunagu.core.load.WebUrl> social) {
    }

    /** A picture in {@code content/images/}, with the text that stands for it. */
    public record Image(
            @Field(ja = "ファイル", en = "File", required = true, example = "images/groups/kawazukuri.jpg") String file,
            @Field(ja = "代替テキスト", en = "Alternative text", required = true, maxLength = 200) String alt) {
    }
}
