package org.tsunagu.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.Schemas;
import org.tsunagu.testing.TestSite;

/**
 * The JSON Schemas published with the site, read by a JSON Schema validator as an editor reads
 * them: every record of the demo site passes; every broken file whose fault is the shape of the
 * file (an unknown or missing key, a text too long, a choice not offered) fails.
 */
class SchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SHAPE_FAULTS = Set.of("bind.unknownKey", "bind.unknownKeyNear", "bind.required",
            "bind.notChoice", "bind.tooLong", "bind.notBoolean", "bind.expectedList", "bind.expectedMapping",
            "bind.notEmail", "bind.notUrl");

    @TempDir
    Path dir;

    @Test
    void theSiteCarriesItsSchemasWithJapaneseTitles() throws IOException {
        TestSite site = new TestSite(dir).group("a", "あおい会", "あおいかい", "");
        site.buildOk();
        for (String kind : List.of("site", "group", "event", "grant", "opportunity")) {
            JsonNode schema = JSON.readTree(site.files().get("schema/" + kind + ".json"));
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            assertEquals("https://center.example.jp/schema/" + kind + ".json", schema.get("$id").asText());
            assertFalse(schema.get("additionalProperties").asBoolean());
        }
        JsonNode group = JSON.readTree(site.files().get("schema/group.json"));
        assertEquals("団体名", group.at("/properties/name/title").asText());
        assertEquals(80, group.at("/properties/name/maxLength").asInt());
        assertEquals("団体名（Name）。80 文字まで", group.at("/properties/name/description").asText());
        assertTrue(group.get("required").toString().contains("\"name\""));
        assertEquals("公開してよい項目", group.at("/properties/contact/properties/public/title").asText());
    }

    @Test
    void everyRecordOfTheDemoSitePasses() throws IOException {
        Path demo = Path.of(System.getProperty("tsunagu.demo", "../.."));
        Map<String, JsonSchema> schemas = schemas();
        int files = 0;
        Map<String, String> problems = new TreeMap<>();
        for (Map.Entry<String, String> kind : Map.of("site", "data/site.yaml", "group", "data/groups",
                "event", "data/events", "grant", "data/grants", "opportunity", "data/opportunities").entrySet()) {
            try (Stream<Path> all = Files.walk(demo.resolve(kind.getValue()))) {
                for (Path p : all.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    files++;
                    Set<ValidationMessage> m = schemas.get(kind.getKey()).validate(YAML.readTree(p.toFile()));
                    if (!m.isEmpty()) {
                        problems.put(demo.relativize(p).toString(), m.toString());
                    }
                }
            }
        }
        assertEquals(Map.of(), problems);
        assertTrue(files > 60, files + " files");
    }

    @Test
    void everyBrokenFileWhoseShapeIsWrongFails() throws IOException {
        Map<String, JsonSchema> schemas = schemas();
        List<String> tried = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/broken/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!SHAPE_FAULTS.contains(f[3])) {
                    continue;
                }
                String kind = f[1].startsWith("data/site") ? "site" : f[1].startsWith("data/groups") ? "group"
                        : f[1].startsWith("data/events") ? "event" : f[1].startsWith("data/grants") ? "grant" : "opportunity";
                JsonNode record = YAML.readTree(Path.of("src/test/resources/broken", f[0]).toFile());
                assertFalse(schemas.get(kind).validate(record).isEmpty(), f[0] + " (" + f[3] + ") passes the schema");
                tried.add(f[0]);
            }
        }
        assertTrue(tried.size() >= 6, tried.toString());
    }

    private static Map<String, JsonSchema> schemas() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<String, JsonSchema> out = new TreeMap<>();
        for (var o : Schemas.outputs("https://center.example.jp")) {
            String kind = o.path().substring("schema/".length(), o.path().length() - ".json".length());
            out.put(kind, factory.getSchema(JSON.readTree(o.bytes())));
        }
        return out;
    }
}
