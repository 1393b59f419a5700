package org.tsunagu.core.build;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tsunagu.core.load.Schema;
import org.tsunagu.events.Event;
import org.tsunagu.grants.Grant;
import org.tsunagu.groups.Group;
import org.tsunagu.opportunities.Opportunity;
import org.tsunagu.site.SiteConfig;

/**
 * The JSON Schemas of the record files, published with the site under {@code /schema/}: one per
 * kind of file, made from the record classes ({@link Schema}).
 */
public final class Schemas {

    /** The kinds, by the schema's file name, with their Japanese and English names. */
    public static final Map<String, Kind> KINDS = kinds();

    /** A kind of record file. */
    public record Kind(Class<? extends Record> type, String ja, String en) {
    }

    private Schemas() {
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> k = new LinkedHashMap<>();
        k.put("site", new Kind(SiteConfig.class, "サイトの設定（data/site.yaml）", "Site settings"));
        k.put("group", new Kind(Group.class, "団体情報（data/groups/）", "Group"));
        k.put("event", new Kind(Event.class, "行事・イベント（data/events/）", "Event"));
        k.put("grant", new Kind(Grant.class, "助成金（data/grants/）", "Grant"));
        k.put("opportunity", new Kind(Opportunity.class, "ボランティア募集（data/opportunities/）", "Call for volunteers"));
        return java.util.Collections.unmodifiableMap(k);
    }

    /** The address of a kind's schema on a site ({@code https://example.jp/schema/group.json}). */
    public static String address(String root, String kind) {
        return root + "/schema/" + kind + ".json";
    }

    /** Every schema, as files of the site. */
    public static List<Output> outputs(String root) {
        List<Output> out = new ArrayList<>();
        KINDS.forEach((name, kind) -> out.add(new Output("schema/" + name + ".json",
                Schema.of(kind.type(), address(root, name), kind.ja(), kind.en()).getBytes(StandardCharsets.UTF_8))));
        return out;
    }
}
