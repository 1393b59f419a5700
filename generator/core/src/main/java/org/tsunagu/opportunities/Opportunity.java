package org.tsunagu.opportunities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.tsunagu.core.load.Email;
import org.tsunagu.core.load.Field;
import org.tsunagu.core.load.Phone;
import org.tsunagu.core.load.WebUrl;

/**
 * A call for helpers (ボランティア・担い手の募集) as written in {@code data/opportunities/<slug>.yaml}
 * (sub-folders are allowed). The slug is the file name. The call is published from {@code posted}
 * and runs to {@code until}; when it takes place is either a list of dates or a repeat in words
 * ({@code 毎月第2土曜}).
 */
public record Opportunity(
        @Field(ja = "募集のタイトル", en = "Title", required = true, maxLength = 100,
                example = "柳瀬川の水質調査のお手伝い") String title,
        @Field(ja = "よみがな（ひらがな）", en = "Reading (hiragana)", maxLength = 200,
                example = "やなせがわのすいしつちょうさのおてつだい") String kana,
        @Field(ja = "募集する団体（団体のファイル名か centre）", en = "Group (a group's file name, or centre)",
                required = true, example = "kawazukuri-kiyose") String group,
        @Field(ja = "お願いしたいこと", en = "What the helper does", required = true, maxLength = 300,
                example = "水の採取と記録のお手伝い") String role,
        @Field(ja = "くわしい紹介（Markdown）", en = "Description (Markdown)", maxLength = 20_000) String description,
        @Field(ja = "分野", en = "Fields", example = "[環境の保全]") List<String> categories,
        @Field(ja = "地区", en = "Area", example = "下宿・旭が丘") String area,
        @Field(ja = "日時", en = "When") Schedule schedule,
        @Field(ja = "場所", en = "Place") Place place,
        @Field(ja = "募集人数（人）", en = "Helpers wanted (people)", example = "5") Integer people,
        @Field(ja = "歓迎する人", en = "Who is welcome", example = "[初心者歓迎, 学生歓迎]") List<Welcome> welcome,
        @Field(ja = "年齢・対象", en = "Age and who can take part", maxLength = 200,
                example = "中学生以上（小学生は保護者と一緒に）") String age,
        @Field(ja = "持ち物・服装", en = "What to bring", maxLength = 200, example = "長靴、軍手、飲み物") String bring,
        @Field(ja = "その他・注意", en = "Notes", maxLength = 300, example = "ボランティア保険は会で負担します。")
        String notes,
        @Field(ja = "申し込み", en = "How to apply") Apply apply,
        @Field(ja = "問い合わせ先", en = "Contact") Contact contact,
        @Field(ja = "掲載日", en = "Posted", required = true, example = "2026-11-01") LocalDate posted,
        @Field(ja = "募集の期限", en = "Call runs until", example = "2027-03-31") LocalDate until,
        @Field(ja = "状況", en = "Status", example = "受付終了") OpportunityStatus status) {

    /**
     * When the help is needed: on some dates, or on a repeating schedule. A repeat's dates start
     * at {@code from} (the posted date when not given).
     */
    public record Schedule(
            @Field(ja = "活動日", en = "Dates", example = "[2026-12-13, 2027-01-10]") List<LocalDate> dates,
            @Field(ja = "くり返し", en = "Repeats", maxLength = 60, example = "毎月第2土曜") String repeat,
            @Field(ja = "くり返しの初回", en = "First date of the repeat", example = "2026-12-12") LocalDate from,
            @Field(ja = "開始時刻", en = "Start time", example = "\"9:00\"") LocalTime start,
            @Field(ja = "終了時刻", en = "End time", example = "\"12:00\"") LocalTime end,
            @Field(ja = "日時の補足", en = "About the times", maxLength = 200, example = "雨の日は翌週に延期します")
            String notes) {
    }

    /** Where the help is needed. */
    public record Place(
            @Field(ja = "場所の名前", en = "Venue", maxLength = 100, example = "柳瀬川（金山緑地公園付近）") String venue,
            @Field(ja = "住所", en = "Address", maxLength = 200, example = "東京都清瀬市中清戸5丁目") String address,
            @Field(ja = "交通（最寄り駅・バス停）", en = "Access (nearest station or bus stop)", maxLength = 200,
                    example = "清瀬駅北口からバス「金山公園」下車徒歩3分") String access) {
    }

    /** How to offer help. */
    public record Apply(
            @Field(ja = "申し込み方法", en = "How to apply", maxLength = 200, example = "メールか電話で") String method,
            @Field(ja = "申し込みページ", en = "Application page") WebUrl url,
            @Field(ja = "申し込みの電話番号", en = "Telephone for applications") Phone phone,
            @Field(ja = "申し込みのメールアドレス", en = "E-mail for applications") Email email) {
    }

    /** Whom to ask. A call's contact is published: it is meant for the public. */
    public record Contact(
            @Field(ja = "名前", en = "Name", maxLength = 80) String name,
            @Field(ja = "電話番号", en = "Telephone") Phone phone,
            @Field(ja = "メールアドレス", en = "E-mail") Email email) {
    }
}
