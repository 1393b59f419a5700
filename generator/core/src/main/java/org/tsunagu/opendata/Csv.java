package org.tsunagu.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Tables as CSV files: UTF-8 with a byte order mark, so that Excel reads the Japanese text
 * correctly, and RFC 4180 (CRLF line ends, fields quoted where needed), written with Apache
 * Commons CSV.
 *
 * <p>A text that a spreadsheet would take as a formula (one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, as OWASP advises
 * against CSV injection. Numeric columns hold numbers only and are written as they are.
 */
public final class Csv {

    /** The byte order mark of UTF-8. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The dialect: RFC 4180, which ends lines with CRLF. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private Csv() {
    }

    public static byte[] write(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
            printer.printRecord(table.header().stream().map(Csv::guard).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object v : row) {
                    cells.add(cell(v));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A cell as text: a number in plain decimal notation, a text guarded against formulas, or empty. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return guard((String) value);
    }

    /** The text with an apostrophe in front when a spreadsheet would run it as a formula. */
    public static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
