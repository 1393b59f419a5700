package org.tsunagu.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.tsunagu.core.load.Email;
import org.tsunagu.core.load.Fee;
import org.tsunagu.core.load.Field;
import org.tsunagu.core.load.Phone;
import org.tsunagu.core.load.WebUrl;

/**
 * An event or a series of events as written in {@code data/events/<slug>.yaml} (sub-folders such
 * as {@code data/events/2026/} are allowed). The slug is the file name. Without {@code start}
 * the event lasts all day; with {@code end_date} it spans several days; with {@code repeat} it is
 * a series ({@code 毎週水曜}, {@code 毎月第2土曜}), stored as an RFC 5545 rule.
 */
public record Event(
        @Field(ja = "行事名", en = "Title", required = true, maxLength = 100, example = "柳瀬川の水質調査")
        String title,
        @Field(ja = "よみがな（ひらがな）", en = "Reading (hiragana)", maxLength = 200,
                example = "やなせがわのすいしつちょうさ") String kana,
        @Field(ja = "行事名（英語）", en = "Title in English", maxLength = 200) String titleEn,
        @Field(ja = "主催（団体のファイル名か centre）", en = "Organiser (a group's file name, or centre)",
                required = true, example = "kawazukuri-kiyose") String organiser,
        @Field(ja = "共催・協力団体", en = "Co-organisers", example = "[shizen-wo-mamoru]") List<String> coOrganisers,
        @Field(ja = "分野", en = "Fields", example = "[環境の保全]") List<String> categories,
        @Field(ja = "地区", en = "Area", example = "下宿・旭が丘") String area,
        @Field(ja = "日付（初日）", en = "Date (first day)", required = true, example = "2026-07-25") LocalDate date,
        @Field(ja = "終わる日（何日かにわたるとき）", en = "Last day (when it spans several days)") LocalDate endDate,
        @Field(ja = "開始時刻", en = "Start time", example = "\"13:30\"") LocalTime start,
        @Field(ja = "終了時刻", en = "End time", example = "\"15:30\"") LocalTime end,
        @Field(ja = "受付開始時刻", en = "Reception opens", example = "\"13:15\"") LocalTime reception,
        @Field(ja = "くり返し", en = "Repeats", maxLength = 60, example = "毎月第2土曜") String repeat,
        @Field(ja = "くり返しの最終日", en = "Repeats until") LocalDate until,
        @Field(ja = "くり返しの回数", en = "Number of times") Integer count,
        @Field(ja = "休みの日", en = "Dates left out", example = "[2026-12-30]") List<LocalDate> except,
        @Field(ja = "追加の日", en = "Extra dates", example = "[2027-01-05]") List<LocalDate> also,
        @Field(ja = "中止になった回", en = "Cancelled dates", example = "[2026-08-12]") List<LocalDate> cancelledDates,
        @Field(ja = "会場", en = "Place") Place place,
        @Field(ja = "参加費", en = "Fee", maxLength = 100, example = "無料") Fee fee,
        @Field(ja = "参加費の補足", en = "About the fee", maxLength = 200) String feeNotes,
        @Field(ja = "定員（人）", en = "Capacity (people)", example = "40") Integer capacity,
        @Field(ja = "対象", en = "Who it is for", maxLength = 200, example = "どなたでも") String audience,
        @Field(ja = "申し込み", en = "How to apply") Apply apply,
        @Field(ja = "問い合わせ先", en = "Contact") Contact contact,
        @Field(ja = "配慮・支援", en = "Accessibility support", example = "[車いす対応, 手話通訳]")
        List<Support> accessibility,
        @Field(ja = "配慮・支援の補足", en = "About accessibility", maxLength = 300) String accessibilityNotes,
        @Field(ja = "状況", en = "Status", example = "予定") EventStatus status,
        @Field(ja = "延期後の日付", en = "New date (when postponed)") LocalDate postponedTo,
        @Field(ja = "ひとことで紹介", en = "Summary", maxLength = 200) String summary,
        @Field(ja = "くわしい紹介（Markdown）", en = "Description (Markdown)", maxLength = 20_000) String description,
        @Field(ja = "くわしい情報のページ", en = "Web page with details") WebUrl link) {

    public EventStatus statusOrDefault() {
        return status == null ? EventStatus.SCHEDULED : status;
    }

    /** Where it takes place: a venue, or online, or both. */
    public record Place(
            @Field(ja = "会場名", en = "Venue", maxLength = 100, example = "清瀬市生涯学習センター") String venue,
            @Field(ja = "部屋", en = "Room", maxLength = 60, example = "第1会議室") String room,
            @Field(ja = "住所", en = "Address", maxLength = 200, example = "東京都清瀬市元町1-6-6") String address,
            @Field(ja = "交通（最寄り駅・バス停）", en = "Access (nearest station or bus stop)", maxLength = 200,
                    example = "清瀬駅北口から徒歩5分") String access,
            @Field(ja = "駐車場", en = "Parking", maxLength = 100, example = "なし（公共交通機関をご利用ください）")
            String parking,
            @Field(ja = "緯度", en = "Latitude", example = "35.7856") Double latitude,
            @Field(ja = "経度", en = "Longitude", example = "139.5265") Double longitude,
            @Field(ja = "オンライン参加のURL", en = "Online (URL)") WebUrl online) {
    }

    /** How to take part: by application or not, first come or by lottery, by when. */
    public record Apply(
            @Field(ja = "申し込みが必要", en = "Application needed", example = "true") Boolean required,
            @Field(ja = "申し込み方法", en = "How to apply", maxLength = 200, example = "電話かメールで")
            String method,
            @Field(ja = "選び方", en = "Selection", example = "先着順") Selection selection,
            @Field(ja = "締め切り", en = "Deadline", example = "2026-07-10") LocalDate deadline,
            @Field(ja = "申し込みページ", en = "Application page") WebUrl url) {
    }

    /** Whom to ask. An event's contact is published: it is meant for the public. */
    public record Contact(
            @Field(ja = "名前", en = "Name", maxLength = 80) String name,
            @Field(ja = "電話番号", en = "Telephone") Phone phone,
            @Field(ja = "メールアドレス", en = "E-mail") Email email) {
    }
}
