package org.tsunagu.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tsunagu.core.build.Memo;
import org.tsunagu.core.build.Sources;
import org.tsunagu.core.check.Attachments;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.load.Bound;
import org.tsunagu.core.load.Slugs;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;
import org.tsunagu.site.GroupType;
import org.tsunagu.site.Taxonomy;

/**
 * Binds and checks {@code data/groups/*.yaml}: the fields, then what needs the whole site to
 * decide (categories and areas exist, names and slugs are unique, images exist).
 */
public final class GroupChecks {

    private static final Set<String> CONTACT_ITEMS = Set.of("person", "phone", "email", "address");

    private GroupChecks() {
    }

    public static List<CheckedGroup> check(List<Sources.Yaml> files, Taxonomy taxonomy, java.nio.file.Path contentDir,
                                           Set<String> contentFiles,
                                           Diagnostics diagnostics, Memo memo) {
        List<CheckedGroup> out = new ArrayList<>();
        Map<String, CheckedGroup> byName = new HashMap<>();
        Map<String, String> bySlug = new HashMap<>();
        for (Sources.Yaml file : files) {
            String rel = file.file().relativePath();
            String slug = file.file().baseName();
            boolean ok = Slugs.claim(slug, rel, bySlug, "group", diagnostics);
            Optional<Bound<Group>> bound = memo.bind(Group.class, file, diagnostics);
            if (bound.isEmpty() || !ok) {
                continue;
            }
            checkOne(slug, bound.get(), taxonomy, contentDir, contentFiles, diagnostics).ifPresent(g -> {
                CheckedGroup same = byName.get(g.group().name());
                if (same != null) {
                    diagnostics.error(g.sources().at("name"), "group.duplicateName", g.group().name(), same.file());
                } else {
                    byName.put(g.group().name(), g);
                    out.add(g);
                }
            });
        }
        return List.copyOf(out);
    }

    private static Optional<CheckedGroup> checkOne(String slug, Bound<Group> bound, Taxonomy taxonomy,
                                                   java.nio.file.Path contentDir, Set<String> contentFiles,
                                                   Diagnostics diagnostics) {
        Group g = bound.value();
        var src = bound.sources();
        int errors = diagnostics.errorCount();

        Kana.Reading reading = Kana.check(g.kana(), g.name(), src, "group", diagnostics);
        String kana = reading == null ? null : reading.kana();
        boolean derived = reading != null && reading.derived();

        List<Category> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < g.categories().size(); i++) {
            String c = g.categories().get(i);
            Optional<Category> cat = taxonomy.category(c);
            if (cat.isEmpty()) {
                diagnostics.error(src.at("categories[" + i + "]"), "group.unknownCategory", c, taxonomy.categoryNames());
            } else if (!seen.add(cat.get().slug())) {
                diagnostics.warning(src.at("categories[" + i + "]"), "group.repeatedCategory", c);
            } else {
                categories.add(cat.get());
            }
        }
        Optional<Area> area = taxonomy.area(g.area());
        if (area.isEmpty()) {
            diagnostics.error(src.at("area"), "group.unknownArea", g.area(), taxonomy.areaNames());
        }

        if (g.contact() != null) {
            List<String> publish = g.contact().publish();
            for (int i = 0; i < publish.size(); i++) {
                String item = publish.get(i).toLowerCase(Locale.ROOT);
                String at = "contact.public[" + i + "]";
                if (!CONTACT_ITEMS.contains(item)) {
                    diagnostics.error(src.at(at), "group.badPublicItem", publish.get(i));
                } else if (valueOf(g.contact(), item) == null) {
                    diagnostics.warning(src.at(at), "group.publicItemMissing", item);
                }
            }
        }
        if (g.type() == GroupType.NPO && g.npoCertified() == null) {
            diagnostics.warning(src.at("type"), "group.npoWithoutCertification");
        }
        if (g.corporateNumber() != null && !CorporateNumber.isValid(g.corporateNumber())) {
            diagnostics.error(src.at("corporate_number"), "group.badCorporateNumber", g.corporateNumber());
        }
        if (g.founded() != null && (g.founded() < 1868 || g.founded() > 2100)) {
            diagnostics.error(src.at("founded"), "group.badFounded", g.founded());
        }
        if (g.members() != null && g.members().count() != null && g.members().count() < 1) {
            diagnostics.error(src.at("members.count"), "group.badMemberCount", g.members().count());
        }
        if (g.logo() != null) {
            checkImage(g.logo(), "logo", src, contentDir, contentFiles, diagnostics);
        }
        for (int i = 0; i < g.photos().size(); i++) {
            checkImage(g.photos().get(i), "photos[" + i + "]", src, contentDir, contentFiles, diagnostics);
        }
        if (diagnostics.errorCount() > errors || kana == null || area.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckedGroup(slug, g, src, kana, derived, List.copyOf(categories), area.get()));
    }

    static String valueOf(Group.Contact c, String item) {
        return switch (item) {
            case "person" -> c.person();
            case "phone" -> c.phone() == null ? null : c.phone().value();
            case "email" -> c.email() == null ? null : c.email().value();
            case "address" -> c.address();
            default -> null;
        };
    }

    private static void checkImage(Group.Image image, String path, org.tsunagu.core.load.SourceMap src,
                                   java.nio.file.Path contentDir, Set<String> contentFiles, Diagnostics diagnostics) {
        Attachments.image(image.file(), src.at(path + ".file"), contentDir, contentFiles, diagnostics);
    }
}
