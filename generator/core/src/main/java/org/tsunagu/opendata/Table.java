package org.tsunagu.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data set as a table: its columns and its rows. A cell is a {@code String}, a
 * {@code Number} (in numeric columns only), or null when empty.
 *
 * @param id the file name without extension ({@code events})
 * @param title the data set's title in the files' metadata
 * @param standard the standard whose layout the table follows, or null
 */
public record Table(String id, String title, String standard, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + r.size() + " cells for "
                        + columns.size() + " columns");
            }
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                boolean ok = v == null || (columns.get(i).kind().isNumber() ? v instanceof Number : v instanceof String);
                if (!ok) {
                    throw new IllegalArgumentException(id + ": " + columns.get(i).name() + " cannot hold " + v);
                }
            }
        }
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** Builds a row by column name, so that the order of the columns is said once. */
    static final class Row {
        private final Map<String, Object> cells = new LinkedHashMap<>();

        Row put(String column, Object value) {
            cells.put(column, value instanceof String s && s.isBlank() ? null : value);
            return this;
        }

        List<Object> in(List<Column> columns) {
            List<Object> out = new ArrayList<>(columns.size());
            int found = 0;
            for (Column c : columns) {
                found += cells.containsKey(c.name()) ? 1 : 0;
                out.add(cells.get(c.name()));
            }
            if (found != cells.size()) {
                Set<String> names = new java.util.HashSet<>(cells.keySet());
                columns.forEach(c -> names.remove(c.name()));
                throw new IllegalArgumentException("no column " + names.iterator().next());
            }
            return out;
        }
    }
}
