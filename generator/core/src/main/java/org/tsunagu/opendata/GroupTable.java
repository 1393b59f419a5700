package org.tsunagu.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.tsunagu.groups.Group;
import org.tsunagu.groups.GroupModel;
import org.tsunagu.groups.GroupView;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.TermLink;

/**
 * The groups' public profiles, in the directory's 五十音 order. Contact details come from
 * {@link GroupView}, which holds only those the group marked public.
 */
public final class GroupTable {

    public static final List<Column> COLUMNS = List.of(
            new Column("NO", Column.Kind.INTEGER),
            new Column("団体名", Column.Kind.TEXT),
            new Column("団体名_カナ", Column.Kind.KATAKANA),
            new Column("団体名_英語", Column.Kind.TEXT),
            new Column("団体の種類", Column.Kind.TEXT),
            new Column("活動分野", Column.Kind.LIST),
            new Column("活動地区", Column.Kind.TEXT),
            new Column("紹介", Column.Kind.TEXT),
            new Column("活動日", Column.Kind.TEXT),
            new Column("活動場所", Column.Kind.TEXT),
            new Column("会員募集", Column.Kind.TEXT),
            new Column("連絡先担当者", Column.Kind.TEXT),
            new Column("連絡先電話番号", Column.Kind.TEXT),
            new Column("連絡先メールアドレス", Column.Kind.TEXT),
            new Column("連絡先住所", Column.Kind.TEXT),
            new Column("ホームページ", Column.Kind.URL),
            new Column("設立年", Column.Kind.INTEGER),
            new Column("法人番号", Column.Kind.CODE),
            new Column("URL", Column.Kind.URL),
            new Column("情報の確認日", Column.Kind.DATE));

    /** Separates the items of a list column (活動分野). */
    static final String LIST = "；";

    /** Separates the parts of a text column that joins several fields (活動日). */
    static final String ITEMS = EventTable.ITEMS;

    private GroupTable() {
    }

    public static Table of(SiteConfig site, GroupModel model) {
        List<List<Object>> rows = new ArrayList<>();
        int no = 0;
        for (GroupView g : model.all()) {
            rows.add(row(g, ++no, site.root(), site.openDataEmail()).in(COLUMNS));
        }
        return new Table("groups", site.name() + " 団体一覧", null, COLUMNS, rows);
    }

    private static Table.Row row(GroupView g, int no, String root, boolean email) {
        Table.Row r = new Table.Row()
                .put("NO", no)
                .put("団体名", g.name())
                .put("団体名_カナ", Katakana.of(g.kana()))
                .put("団体名_英語", g.nameEn())
                .put("団体の種類", g.type().name())
                .put("活動分野", g.categories().stream().map(TermLink::name).collect(Collectors.joining(LIST)))
                .put("活動地区", g.area().name())
                .put("紹介", g.summary())
                .put("活動日", activityDays(g.activity()))
                .put("活動場所", g.activity() == null ? null : g.activity().place())
                .put("会員募集", recruiting(g.recruiting()))
                .put("ホームページ", g.website())
                .put("設立年", g.founded())
                .put("法人番号", g.corporateNumber())
                .put("URL", root + g.url())
                .put("情報の確認日", g.confirmed() == null ? null : g.confirmed().toString());
        GroupView.PublicContact c = g.contact();
        if (c != null) {
            r.put("連絡先担当者", c.person());
            r.put("連絡先電話番号", c.phone());
            // A CSV file is plain text that programs collecting addresses read: the address only
            // when the site says so.
            r.put("連絡先メールアドレス", email ? c.email() : null);
            r.put("連絡先住所", c.address());
        }
        return r;
    }

    /** The days, the time and how often, each when given: 毎月第2土曜／9:00〜12:00／月1回. */
    private static String activityDays(Group.Activity a) {
        if (a == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {a.days(), a.time(), a.frequency()}) {
            if (s != null) {
                parts.add(s);
            }
        }
        return parts.isEmpty() ? null : String.join(ITEMS, parts);
    }

    private static String recruiting(Group.Recruiting r) {
        if (r == null) {
            return null;
        }
        if (!r.open()) {
            return "募集していません";
        }
        return r.wanted() == null ? "募集中" : "募集中：" + r.wanted();
    }
}
