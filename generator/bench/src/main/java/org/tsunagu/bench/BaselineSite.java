package org.tsunagu.bench;

import static org.tsunagu.sample.SampleSite.indent;
import static org.tsunagu.sample.SampleSite.q;
import static org.tsunagu.sample.SampleSite.writeFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.tsunagu.groups.Kana;

/**
 * The Hugo baseline's records as a Tsunagu site, so that both generators build the same groups
 * and events with the same text. The baseline's {@code gen_site.py} writes each record twice from
 * one seed: as a Hugo site and in a neutral YAML form ({@code data-neutral/}); this turns the
 * neutral form into Tsunagu's files, field by field:
 *
 * <ul>
 *   <li>a group keeps its name, reading, field, area, year founded, members, meeting days and
 *       time, description (the same Markdown paragraphs), contact (person, telephone and e-mail,
 *       all public, as Hugo shows them) and website; its summary, which Tsunagu requires, is the
 *       description's first sentence, and its last update becomes the date it was confirmed;</li>
 *   <li>an event keeps its title, organiser, date, times, venue, fee, capacity and description;
 *       its reading, which the baseline does not give, is made here once per title with the
 *       Japanese analyser (as an editor would write it), so the build does not derive it with a
 *       warning for every event.</li>
 * </ul>
 */
final class BaselineSite {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> areas = new HashMap<>();
    private final Map<String, String> readings = new HashMap<>();

    private BaselineSite() {
    }

    /** Writes into {@code site} (data/) the records of {@code neutral} (the baseline's data-neutral/). */
    static void convert(Path neutral, Path site) throws IOException {
        new BaselineSite().write(neutral, site);
    }

    private void write(Path neutral, Path site) throws IOException {
        JsonNode tax = yaml.readTree(neutral.resolve("taxonomies.yaml").toFile());
        StringBuilder b = new StringBuilder("categories:\n");
        for (JsonNode c : tax.get("categories")) {
            categories.put(c.get("slug").asText(), c.get("name").asText());
            b.append("  - slug: ").append(c.get("slug").asText()).append("\n    name: ").append(q(c.get("name").asText()))
                    .append('\n');
        }
        writeFile(site, "data/categories.yaml", b.toString());
        b = new StringBuilder("areas:\n");
        for (JsonNode a : tax.get("areas")) {
            areas.put(a.get("slug").asText(), a.get("name").asText());
            b.append("  - slug: ").append(a.get("slug").asText()).append("\n    name: ").append(q(a.get("name").asText()))
                    .append("\n    kana: ").append(q(a.get("kana").asText())).append('\n');
        }
        writeFile(site, "data/areas.yaml", b.toString());
        writeFile(site, "data/site.yaml", """
                name: みなと市 市民活動センター
                description: 市内で活動する市民活動団体の紹介と、イベント情報をお届けします（性能測定用の合成データです）。
                base_url: https://example.jp/
                language: ja
                postal_code: 000-0000
                address: みなと市中央1-2-3
                phone: 000-000-0000
                email: center@example.jp
                """);
        for (Path f : files(neutral.resolve("groups"))) {
            JsonNode g = yaml.readTree(f.toFile());
            writeFile(site, "data/groups/" + g.get("id").asText() + ".yaml", group(g));
        }
        for (Path f : files(neutral.resolve("events"))) {
            JsonNode e = yaml.readTree(f.toFile());
            String date = e.get("date").asText();
            writeFile(site, "data/events/" + date.substring(0, 4) + "/" + e.get("id").asText() + ".yaml", event(e));
        }
    }

    private String group(JsonNode g) {
        String description = g.get("description").asText();
        int stop = description.indexOf('。');
        String summary = stop < 0 ? description : description.substring(0, stop + 1);
        String activity = g.get("activity").asText();
        int space = activity.indexOf(' ');
        JsonNode c = g.get("contact");
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(q(g.get("name").asText()))
                .append("\nkana: ").append(q(g.get("kana").asText()))
                .append("\ntype: 任意団体")
                .append("\ncategories: [").append(q(categories.get(g.get("category").asText()))).append(']')
                .append("\narea: ").append(q(areas.get(g.get("area").asText())))
                .append("\nsummary: ").append(q(summary))
                .append("\ndescription: |\n").append(indent(description))
                .append("activity:\n  days: ").append(q(space < 0 ? activity : activity.substring(0, space)));
        if (space >= 0) {
            y.append("\n  time: ").append(q(activity.substring(space + 1)));
        }
        y.append("\nmembers:\n  count: ").append(g.get("members").asInt())
                .append("\ncontact:\n  person: ").append(q(c.get("person").asText()))
                .append("\n  phone: ").append(q(c.get("phone").asText()))
                .append("\n  email: ").append(q(c.get("email").asText()))
                .append("\n  public: [person, phone, email]\n");
        if (c.hasNonNull("url")) {
            y.append("links:\n  website: ").append(q(c.get("url").asText())).append('\n');
        }
        y.append("founded: ").append(g.get("founded").asInt())
                .append("\nconfirmed: ").append(g.get("updated").asText()).append('\n');
        return y.toString();
    }

    private String event(JsonNode e) {
        String title = e.get("title").asText();
        int fee = e.get("fee").asInt();
        StringBuilder y = new StringBuilder();
        y.append("title: ").append(q(title))
                .append("\nkana: ").append(q(readings.computeIfAbsent(title, BaselineSite::reading)))
                .append("\norganiser: ").append(e.get("group").asText())
                .append("\ndate: ").append(e.get("date").asText())
                .append("\nstart: ").append(q(e.get("start").asText()))
                .append("\nend: ").append(q(e.get("end").asText()))
                .append("\nplace:\n  venue: ").append(q(e.get("venue").asText()))
                .append("\nfee: ").append(fee == 0 ? "無料" : fee + "円").append('\n');
        if (e.hasNonNull("capacity")) {
            y.append("capacity: ").append(e.get("capacity").asInt()).append('\n');
        }
        y.append("description: |\n").append(indent(e.get("description").asText()));
        return y.toString();
    }

    /** The reading of a title in hiragana, without the characters a reading cannot hold (「」). */
    private static String reading(String title) {
        StringBuilder b = new StringBuilder();
        Kana.derive(title).codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (Kana.normalise(c) != null) {
                b.append(c);
            }
        });
        return b.toString();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
