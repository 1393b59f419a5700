package org.tsunagu.opendata;

import java.util.Locale;

/**
 * A column of an open-data table: its header, as it appears in the files, and the kind of value
 * it holds.
 */
public record Column(String name, Kind kind) {

    /** What a column holds; numbers are written as numbers, everything else as text. */
    public enum Kind {
        TEXT, KATAKANA, LIST, CODE, INTEGER, YEN, DECIMAL, DATE, TIME, URL;

        public boolean isNumber() {
            return this == INTEGER || this == YEN || this == DECIMAL;
        }
    }

    /** The interface message that describes the kind, for the open-data page. */
    public String kindKey() {
        return "opendata.kind." + kind.name().toLowerCase(Locale.ROOT);
    }
}
