package org.tsunagu.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.core.build.Memo;
import org.tsunagu.core.render.Markdown;
import org.tsunagu.core.render.JsonLd;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;
import org.tsunagu.site.GroupType;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.TermLink;
import org.tsunagu.site.Taxonomy;

/**
 * The directory as plain data, computed once: groups in 五十音 order, sections by row, and the
 * facets (category, area, type) with their groups and counts.
 */
public record GroupModel(List<GroupView> all, List<Section> sections, List<Facet> categories, List<Facet> areas,
                         List<Facet> types) {

    /** One row of the directory (あ行 …) with its groups. */
    public record Section(Kana.Row row, List<GroupView> groups) {
    }

    /** A category, area or type with the groups under it. */
    public record Facet(String kind, TermLink term, String description, List<GroupView> groups) {
        public int count() {
            return groups.size();
        }

        public String url() {
            return term.url();
        }
    }

    private static final Map<String, String> SOCIAL_LABELS = Map.ofEntries(
            Map.entry("instagram.com", "Instagram"), Map.entry("facebook.com", "Facebook"),
            Map.entry("x.com", "X（旧Twitter）"), Map.entry("twitter.com", "X（旧Twitter）"),
            Map.entry("youtube.com", "YouTube"), Map.entry("line.me", "LINE"), Map.entry("note.com", "note"),
            Map.entry("tiktok.com", "TikTok"), Map.entry("ameblo.jp", "アメーバブログ"));

    public static GroupModel build(List<CheckedGroup> checked, Taxonomy taxonomy, SiteConfig site,
                                   Memo memo) {
        List<GroupView> all = checked.parallelStream()
                .map(g -> memo.get("groupView", List.of(g, site), () -> view(g, site)))
                .sorted(Comparator.comparing(GroupView::sortKey).thenComparing(GroupView::name)
                        .thenComparing(GroupView::slug))
                .toList();
        Map<Kana.Row, List<GroupView>> byRow = new LinkedHashMap<>();
        Kana.ROWS.forEach(r -> byRow.put(r, new ArrayList<>()));
        all.forEach(g -> byRow.get(g.row()).add(g));
        List<Section> sections = byRow.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();

        // Each field's, area's and kind's groups in directory order: one pass over the groups.
        Map<String, List<GroupView>> inCategory = new HashMap<>();
        Map<String, List<GroupView>> inArea = new HashMap<>();
        Map<String, List<GroupView>> ofType = new HashMap<>();
        for (GroupView g : all) {
            g.categories().stream().map(TermLink::slug).distinct()
                    .forEach(slug -> inCategory.computeIfAbsent(slug, k -> new ArrayList<>()).add(g));
            inArea.computeIfAbsent(g.area().slug(), k -> new ArrayList<>()).add(g);
            ofType.computeIfAbsent(g.type().slug(), k -> new ArrayList<>()).add(g);
        }
        List<Facet> categories = new ArrayList<>();
        for (Category c : taxonomy.categories()) {
            categories.add(new Facet("category", TermLink.of(c), c.fullName(),
                    List.copyOf(inCategory.getOrDefault(c.slug(), List.of()))));
        }
        List<Facet> areas = new ArrayList<>();
        for (Area a : taxonomy.areas()) {
            areas.add(new Facet("area", TermLink.of(a), a.description(),
                    List.copyOf(inArea.getOrDefault(a.slug(), List.of()))));
        }
        List<Facet> types = new ArrayList<>();
        for (GroupType t : GroupType.values()) {
            types.add(new Facet("type", TermLink.of(t), null, List.copyOf(ofType.getOrDefault(t.slug(), List.of()))));
        }
        return new GroupModel(all, sections, List.copyOf(categories), List.copyOf(areas), List.copyOf(types));
    }

    static GroupView view(CheckedGroup c, SiteConfig site) {
        Group g = c.group();
        String url = "/groups/" + c.slug() + "/";
        GroupView.PublicContact contact = null;
        if (g.contact() != null) {
            Set<String> pub = Set.copyOf(g.contact().publish().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList());
            var ct = g.contact();
            contact = new GroupView.PublicContact(
                    pub.contains("person") ? ct.person() : null,
                    pub.contains("phone") && ct.phone() != null ? ct.phone().value() : null,
                    pub.contains("phone") && ct.phone() != null ? ct.phone().uri() : null,
                    pub.contains("email") && ct.email() != null ? ct.email().value() : null,
                    pub.contains("address") ? ct.address() : null);
            if (contact.isEmpty()) {
                contact = null;
            }
        }
        List<GroupView.Link> social = new ArrayList<>();
        String website = null;
        if (g.links() != null) {
            website = g.links().website() == null ? null : g.links().website().value();
            for (var u : g.links().social()) {
                social.add(new GroupView.Link(SOCIAL_LABELS.getOrDefault(u.host(), u.host()), u.value()));
            }
        }
        GroupView.Picture logo = g.logo() == null ? null : new GroupView.Picture("/" + g.logo().file(), g.logo().alt());
        List<GroupView.Picture> photos = g.photos().stream()
                .map(p -> new GroupView.Picture("/" + p.file(), p.alt())).toList();
        List<TermLink> cats = c.categories().stream().map(TermLink::of).toList();
        TermLink area = TermLink.of(c.area());
        TermLink type = TermLink.of(g.type());
        String jsonLd = jsonLd(g, site.root() + url, contact, website, social, area, cats);
        return new GroupView(c.slug(), url, g.name(), c.kana(), c.kanaDerived(), g.nameEn(), type, cats, area,
                g.summary(), g.summaryEn(), Markdown.toSafeHtml(g.description(), 2), g.activity(), g.members(),
                g.fees(), g.recruiting(), contact, website, List.copyOf(social), logo, photos, g.founded(),
                g.npoCertified(), g.corporateNumber(), g.registered(), g.confirmed(), Kana.row(c.kana()),
                Kana.sortKey(c.kana()), jsonLd, c.file());
    }

    private static String jsonLd(Group g, String pageUrl, GroupView.PublicContact contact, String website,
                                 List<GroupView.Link> social, TermLink area, List<TermLink> categories) {
        ObjectNode o = JsonLd.object();
        o.put("@context", "https://schema.org");
        o.put("@type", g.type() == GroupType.COMPANY ? "Organization" : "NGO");
        o.put("@id", pageUrl + "#organization");
        o.put("name", g.name());
        if (g.nameEn() != null) {
            o.put("alternateName", g.nameEn());
        }
        o.put("description", g.summary());
        o.put("url", pageUrl);
        ArrayNode sameAs = o.putArray("sameAs");
        if (website != null) {
            sameAs.add(website);
        }
        social.forEach(l -> sameAs.add(l.url()));
        if (sameAs.isEmpty()) {
            o.remove("sameAs");
        }
        if (g.founded() != null) {
            o.put("foundingDate", String.valueOf(g.founded()));
        }
        o.put("areaServed", area.name());
        ArrayNode knows = o.putArray("knowsAbout");
        categories.forEach(t -> knows.add(t.name()));
        if (g.members() != null && g.members().count() != null) {
            ObjectNode n = o.putObject("numberOfEmployees");
            n.put("@type", "QuantitativeValue");
            n.put("value", g.members().count());
        }
        if (contact != null) {
            // No e-mail: the data sits in the page's source as plain text, where programs
            // collecting addresses for spam read it. The page shows the address (Emails).
            if (contact.phone() != null) {
                o.put("telephone", contact.phone());
            }
            if (contact.address() != null) {
                ObjectNode a = o.putObject("address");
                a.put("@type", "PostalAddress");
                a.put("streetAddress", contact.address());
                a.put("addressCountry", "JP");
            }
        }
        if (g.corporateNumber() != null) {
            o.put("taxID", g.corporateNumber());
        }
        return JsonLd.write(o);
    }
}
