package org.tsunagu.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.core.render.JsonLd;
import org.tsunagu.site.SiteConfig;

/**
 * Tables as JSON, written with Jackson: an object with the data set's metadata (title,
 * publisher, licence, update date, columns) and its {@code records}, each an object keyed by
 * the column headers. Numbers are JSON numbers and empty cells {@code null}. UTF-8 without a
 * byte order mark, as RFC 8259 asks. {@code <}, {@code >}, {@code &} and {@code '} are written as
 * {@code \u003c} and so on, so that no browser that guesses a file's type finds markup in it; the
 * values read back unchanged.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(JsonLd.htmlSafeEscapes());
    }
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    public static byte[] write(Table table, String publisher, SiteConfig.Licence licence, LocalDate updated) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", table.title());
        o.put("publisher", publisher);
        if (table.standard() != null) {
            o.put("conformsTo", table.standard());
        }
        ObjectNode l = o.putObject("license");
        l.put("name", licence.name());
        l.put("url", licence.url().value());
        o.put("updated", updated.toString());
        ArrayNode columns = o.putArray("columns");
        table.header().forEach(columns::add);
        ArrayNode records = o.putArray("records");
        for (List<Object> row : table.rows()) {
            ObjectNode r = records.addObject();
            for (int i = 0; i < row.size(); i++) {
                String key = table.columns().get(i).name();
                Object v = row.get(i);
                if (v == null) {
                    r.putNull(key);
                } else if (v instanceof Double d) {
                    r.put(key, d);
                } else if (v instanceof Integer n) {
                    r.put(key, n);
                } else if (v instanceof Long n) {
                    r.put(key, n);
                } else {
                    r.put(key, (String) v);
                }
            }
        }
        try {
            byte[] json = WRITER.writeValueAsBytes(o);
            byte[] out = new byte[json.length + 1];
            System.arraycopy(json, 0, out, 0, json.length);
            out[json.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
