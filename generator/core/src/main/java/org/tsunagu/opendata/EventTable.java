package org.tsunagu.opendata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.tsunagu.events.Event;
import org.tsunagu.events.EventModel;
import org.tsunagu.events.EventStatus;
import org.tsunagu.events.EventView;
import org.tsunagu.site.SiteConfig;

/**
 * The events as the Japanese government's recommended data set 「イベント一覧」 lays them out:
 * one row per event or series, past events included, numbered by first date and then slug.
 */
public final class EventTable {

    public static final String STANDARD = "推奨データセット「イベント一覧」";

    /** The standard's 32 columns, in its order. */
    public static final List<Column> COLUMNS = List.of(
            new Column("都道府県コード又は市区町村コード", Column.Kind.CODE),
            new Column("NO", Column.Kind.INTEGER),
            new Column("都道府県名", Column.Kind.TEXT),
            new Column("市区町村名", Column.Kind.TEXT),
            new Column("イベント名", Column.Kind.TEXT),
            new Column("イベント名_カナ", Column.Kind.KATAKANA),
            new Column("イベント名_英語", Column.Kind.TEXT),
            new Column("開始日", Column.Kind.DATE),
            new Column("終了日", Column.Kind.DATE),
            new Column("開始時間", Column.Kind.TIME),
            new Column("終了時間", Column.Kind.TIME),
            new Column("開始日時特記事項", Column.Kind.TEXT),
            new Column("説明", Column.Kind.TEXT),
            new Column("料金(基本)", Column.Kind.YEN),
            new Column("料金(詳細)", Column.Kind.TEXT),
            new Column("連絡先名称", Column.Kind.TEXT),
            new Column("連絡先電話番号", Column.Kind.TEXT),
            new Column("連絡先内線番号", Column.Kind.TEXT),
            new Column("主催者", Column.Kind.TEXT),
            new Column("場所名称", Column.Kind.TEXT),
            new Column("住所", Column.Kind.TEXT),
            new Column("方書", Column.Kind.TEXT),
            new Column("緯度", Column.Kind.DECIMAL),
            new Column("経度", Column.Kind.DECIMAL),
            new Column("アクセス方法", Column.Kind.TEXT),
            new Column("駐車場情報", Column.Kind.TEXT),
            new Column("定員", Column.Kind.INTEGER),
            new Column("参加申込終了日", Column.Kind.DATE),
            new Column("参加申込終了時間", Column.Kind.TIME),
            new Column("参加申込方法", Column.Kind.TEXT),
            new Column("URL", Column.Kind.URL),
            new Column("備考", Column.Kind.TEXT));

    /** Separates the items of the free-text columns (開始日時特記事項, 備考). */
    static final String ITEMS = "／";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EventTable() {
    }

    public static Table of(SiteConfig site, EventModel model) {
        LocalDate horizon = model.horizon();
        // Each event's first date is found once, not at every comparison.
        record Dated(LocalDate first, EventView event) {
        }
        List<EventView> events = model.all().stream().map(e -> new Dated(firstDate(e), e))
                .sorted(Comparator.comparing(Dated::first).thenComparing(d -> d.event().slug()))
                .map(Dated::event).toList();
        List<List<Object>> rows = new ArrayList<>();
        int no = 0;
        for (EventView e : events) {
            rows.add(row(e, ++no, site, horizon).in(COLUMNS));
        }
        return new Table("events", site.name() + " イベント一覧", STANDARD, COLUMNS, rows);
    }

    /** The first date the event was planned for: its own date, or the series' first date that was not left out. */
    static LocalDate firstDate(EventView e) {
        return e.dates().stream().filter(d -> !d.moved()).map(EventView.Dated::date).findFirst().orElse(e.date());
    }

    /**
     * The last date: a single event's last day; for a series the last day within the calendar,
     * or its until date when that lies beyond.
     */
    static LocalDate lastDate(EventView e, LocalDate horizon) {
        if (!e.isSeries()) {
            return e.endDate();
        }
        LocalDate last = e.dates().stream().filter(d -> !d.moved()).map(EventView.Dated::endDate)
                .reduce((a, b) -> b).orElse(e.endDate());
        return e.until() != null && e.until().isAfter(horizon) ? e.until() : last;
    }

    /** Whether a series goes on past the calendar with no last date known. */
    static boolean openEnded(EventView e) {
        if (!e.isSeries() || e.until() != null) {
            return false;
        }
        long planned = e.dates().stream().filter(d -> !d.moved()).count() - e.also().size() + e.except().size();
        return e.count() == null || planned < e.count();
    }

    private static Table.Row row(EventView e, int no, SiteConfig site, LocalDate horizon) {
        Table.Row r = new Table.Row()
                .put("都道府県コード又は市区町村コード", site.localGovernmentCode())
                .put("NO", no)
                .put("都道府県名", site.prefecture())
                .put("市区町村名", site.municipality())
                .put("イベント名", e.title())
                .put("イベント名_カナ", Katakana.of(e.kana()))
                .put("イベント名_英語", e.titleEn())
                .put("開始日", firstDate(e).toString())
                .put("終了日", lastDate(e, horizon).toString())
                .put("開始時間", time(e.start()))
                .put("終了時間", time(e.end()))
                .put("開始日時特記事項", schedule(e))
                .put("説明", description(e))
                .put("URL", site.root() + e.url())
                .put("備考", notes(e, site.openDataEmail()));
        if (e.fee() != null) {
            r.put("料金(基本)", e.fee().amount());
            r.put("料金(詳細)", e.feeNotes() == null ? e.fee().text() : e.fee().text() + "（" + e.feeNotes() + "）");
        } else {
            r.put("料金(詳細)", e.feeNotes());
        }
        if (e.contact() != null) {
            r.put("連絡先名称", e.contact().name());
            r.put("連絡先電話番号", e.contact().phone());
        }
        r.put("主催者", organisers(e));
        Event.Place p = e.place();
        if (p != null) {
            boolean onlineOnly = p.venue() == null && p.address() == null && p.online() != null;
            r.put("場所名称", onlineOnly ? "オンライン" : p.venue());
            r.put("住所", p.address());
            r.put("方書", p.room());
            r.put("緯度", p.latitude());
            r.put("経度", p.longitude());
            List<String> access = new ArrayList<>();
            if (p.access() != null) {
                access.add(p.access());
            }
            if (p.online() != null) {
                access.add("オンライン：" + p.online().value());
            }
            r.put("アクセス方法", access.isEmpty() ? null : String.join(ITEMS, access));
            r.put("駐車場情報", p.parking());
        }
        r.put("定員", e.capacity());
        if (e.apply() != null) {
            r.put("参加申込終了日", e.apply().deadline() == null ? null : e.apply().deadline().toString());
            r.put("参加申込方法", apply(e.apply()));
        }
        return r;
    }

    private static String time(LocalTime t) {
        return t == null ? null : t.format(TIME);
    }

    /** The schedule in words: the repeat, 終日, the reception time, dates left out and added. */
    static String schedule(EventView e) {
        List<String> items = new ArrayList<>();
        if (e.isSeries()) {
            items.add(e.schedule() + (e.count() != null ? "（全" + e.count() + "回）" : ""));
        }
        if (e.isAllDay()) {
            items.add("終日");
        }
        if (e.reception() != null) {
            items.add("受付開始 " + time(e.reception()));
        }
        if (!e.except().isEmpty()) {
            items.add("休み：" + dates(e.except()));
        }
        if (!e.also().isEmpty()) {
            items.add("追加の日：" + dates(e.also()));
        }
        if (openEnded(e)) {
            items.add("終了日以降も続きます");
        }
        return items.isEmpty() ? null : String.join(ITEMS, items);
    }

    /** The summary, or the description as plain text when there is none. */
    private static String description(EventView e) {
        if (e.summary() != null) {
            return e.summary();
        }
        if (e.descriptionHtml() == null || e.descriptionHtml().isBlank()) {
            return null;
        }
        return Jsoup.parse(e.descriptionHtml()).text();
    }

    private static String organisers(EventView e) {
        if (e.coOrganisers().isEmpty()) {
            return e.organiser().name();
        }
        return e.organiser().name() + "（共催・協力：" + e.coOrganisers().stream().map(EventView.Organiser::name)
                .collect(Collectors.joining("、")) + "）";
    }

    private static String apply(Event.Apply a) {
        List<String> items = new ArrayList<>();
        if (Boolean.FALSE.equals(a.required())) {
            items.add("申し込み不要");
        }
        if (a.method() != null) {
            items.add(a.method());
        }
        if (a.selection() != null && !(Boolean.FALSE.equals(a.required()) && a.selection().slug().equals("none"))) {
            items.add(a.selection().label());
        }
        if (a.url() != null) {
            items.add("申し込みページ：" + a.url().value());
        }
        return items.isEmpty() ? null : String.join(ITEMS, items);
    }

    /** Cancellation or postponement, cancelled dates, and what the other columns have no room for. */
    static String notes(EventView e, boolean email) {
        List<String> items = new ArrayList<>();
        if (e.status() == EventStatus.CANCELLED) {
            items.add("中止");
        } else if (e.status() == EventStatus.POSTPONED) {
            items.add(e.postponedTo() == null ? "延期（新しい日程は未定）"
                    : "延期（新しい日程：" + e.postponedTo() + "）");
        }
        if (e.status() != EventStatus.CANCELLED) {
            List<LocalDate> cancelled = e.dates().stream().filter(EventView.Dated::isCancelled)
                    .map(EventView.Dated::date).toList();
            if (!cancelled.isEmpty()) {
                items.add("中止の回：" + dates(cancelled));
            }
        }
        if (e.audience() != null) {
            items.add("対象：" + e.audience());
        }
        if (!e.accessibility().isEmpty() || e.accessibilityNotes() != null) {
            String support = e.accessibility().stream().map(s -> s.label()).collect(Collectors.joining("・"));
            if (e.accessibilityNotes() != null) {
                support = support.isEmpty() ? e.accessibilityNotes() : support + "（" + e.accessibilityNotes() + "）";
            }
            items.add("配慮・支援：" + support);
        }
        if (email && e.contact() != null && e.contact().email() != null) {
            items.add("問い合わせメール：" + e.contact().email());
        }
        if (e.link() != null) {
            items.add("詳しい情報：" + e.link());
        }
        return items.isEmpty() ? null : String.join(ITEMS, items);
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining("・"));
    }
}
