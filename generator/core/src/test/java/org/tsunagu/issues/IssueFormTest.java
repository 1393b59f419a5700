package org.tsunagu.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.load.SourceFile;
import org.tsunagu.core.load.YamlNode;
import org.tsunagu.core.load.YamlReader;
import org.tsunagu.core.load.YamlWriter;

/** The issue forms: what they ask, that the repository's copies are current, and the YAML they are written in. */
class IssueFormTest {

    private static final Path DEMO = Path.of(System.getProperty("tsunagu.demo", "../.."));

    @TempDir
    Path dir;

    @Test
    void theRepositorysFormsAreWhatTheRecordsMake() throws IOException {
        Diagnostics d = new Diagnostics();
        Map<String, String> made = IssueForm.files(BuildOptions.of(DEMO.toAbsolutePath(), dir), d).orElseThrow();
        Path folder = DEMO.resolve(IssueForm.FOLDER);
        String how = " is not what the record classes and the demo's data make. Run, in the repository's root:\n"
                + "    mvn -q -pl generator/core,generator/cli -am package -DskipTests"
                + " && java -jar generator/cli/target/tsunagu.jar issue-forms\nand commit " + IssueForm.FOLDER + "/.";
        for (Map.Entry<String, String> f : made.entrySet()) {
            Path file = folder.resolve(f.getKey());
            assertTrue(Files.exists(file), IssueForm.FOLDER + "/" + f.getKey() + " is missing;" + how);
            assertEquals(f.getValue(), Files.readString(file), IssueForm.FOLDER + "/" + f.getKey() + how);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(new TreeSet<>(made.keySet()), files.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void idsAreTheKeysAndRequiredMarksFollowTheRecord() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (IssueForm.Kind kind : IssueForm.KINDS) {
            IssueForm form = IssueForm.of(kind, null);
            JsonNode parsed = yaml.readTree(form.yaml());
            assertEquals(kind.title(), parsed.get("name").asText());
            assertEquals(List.of(IssueForm.REQUEST_LABEL, kind.label()),
                    List.of(parsed.get("labels").get(0).asText(), parsed.get("labels").get(1).asText()));
            List<String> ids = new ArrayList<>();
            Set<String> required = new TreeSet<>();
            for (JsonNode item : parsed.get("body")) {
                if (item.has("id")) {
                    String id = item.get("id").asText();
                    assertTrue(id.matches("[a-z0-9_-]+"), id);
                    ids.add(id);
                    if (item.path("validations").path("required").asBoolean()) {
                        required.add(id);
                    }
                }
            }
            List<String> expected = new ArrayList<>();
            Set<String> expectedRequired = new TreeSet<>();
            keys(kind.type(), "", true, kind, expected, expectedRequired);
            assertEquals(expected, ids, kind.name());
            assertEquals(expectedRequired, required, kind.name());
        }
        IssueForm group = IssueForm.of(IssueForm.kind("group").orElseThrow(), null);
        for (String leftOut : List.of("logo", "photos", "registered", "confirmed", "contact.public")) {
            assertTrue(group.questions().stream().noneMatch(q -> q.key().equals(leftOut)), leftOut);
        }
        assertEquals("activity-days", group.questions().stream().filter(q -> q.key().equals("activity.days"))
                .findFirst().orElseThrow().id());
        assertEquals(Set.of("name", "type", "categories", "area", "summary"), Set.copyOf(group.questions().stream()
                .filter(IssueForm.Question::required).map(IssueForm.Question::key).toList()));
    }

    /** Every field the form asks for, by id, walking the record as the binder does. */
    private static void keys(Class<?> type, String prefix, boolean parentRequired, IssueForm.Kind kind, List<String> ids,
                             Set<String> required) {
        for (Binder.FieldInfo f : Binder.fields(type)) {
            String key = prefix.isEmpty() ? f.key() : prefix + "." + f.key();
            if (kind.leftOut().contains(key)) {
                continue;
            }
            Class<?> raw = f.component().getType();
            if (raw.isRecord() && !raw.getPackageName().equals("org.tsunagu.core.load")) {
                keys(raw, key, parentRequired && f.required(), kind, ids, required);
                continue;
            }
            ids.add(key.replace('.', '-'));
            if (parentRequired && f.required()) {
                required.add(key.replace('.', '-'));
            }
        }
    }

    @Test
    void everyQuestionIsReadBackFromTheIssue() {
        for (IssueForm.Kind kind : IssueForm.KINDS) {
            IssueForm form = IssueForm.of(kind, null);
            StringBuilder body = new StringBuilder();
            for (IssueForm.Question q : form.questions()) {
                body.append("### ").append(q.label()).append("\n\n").append("answer ").append(q.id()).append("\n\n");
            }
            Map<String, IssueImport.Answer> answers = IssueImport.answers(form, body.toString());
            assertEquals(form.questions().size(), answers.size(), kind.name());
            form.questions().forEach(q -> assertEquals("answer " + q.id(), answers.get(q.label()).text()));
        }
    }

    @Test
    void textsAreQuotedWhereYamlWouldMisreadThem() {
        Map<String, Object> tree = new LinkedHashMap<>();
        List<String> texts = List.of("13:30", "9:00", "yes", "No", "on", "042", "0420001234", "1,000", "2026-04-01", "- a",
                "a: b", "#1", "[x]", "true", "null", "~", "3.5", "川の会", "9:00〜12:00", "042-000-1234", "a #b", "\"q\"",
                "x\\y", "@home", " space");
        for (int i = 0; i < texts.size(); i++) {
            tree.put("k" + i, texts.get(i));
        }
        tree.put("list", List.of("a, b", "13:30", "c"));
        tree.put("block", "line 1\n\nline 3\n");
        tree.put("count", new YamlWriter.Plain("25"));
        String text = YamlWriter.write(tree);
        assertTrue(text.contains("k0: \"13:30\"\n"), text);
        assertTrue(text.contains("k5: \"042\"\n"), text);
        assertTrue(text.contains("k17: 川の会\n"), text);
        assertTrue(text.contains("k19: 042-000-1234\n"), text);
        assertTrue(text.contains("list: [\"a, b\", \"13:30\", c]\n"), text);
        assertTrue(text.contains("block: |\n  line 1\n\n  line 3\ncount: 25\n"), text);
        YamlNode.Mapping read = (YamlNode.Mapping) YamlReader.read(new SourceFile("x.yaml", text), new Diagnostics())
                .orElseThrow();
        for (int i = 0; i < texts.size(); i++) {
            YamlNode.Scalar s = (YamlNode.Scalar) read.entry("k" + i).value();
            assertEquals(texts.get(i).strip(), s.text(), "k" + i); // one line is written without the spaces around it
            assertFalse(s.plain() && !texts.get(i).equals("川の会") && !texts.get(i).equals("9:00〜12:00")
                    && !texts.get(i).equals("042-000-1234") && !texts.get(i).equals("x\\y")
                    && !texts.get(i).equals(" space"), "k" + i + " " + texts.get(i));
        }
    }
}
