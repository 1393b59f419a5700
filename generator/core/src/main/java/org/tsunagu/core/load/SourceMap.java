package org.tsunagu.core.load;

import java.util.HashMap;
import java.util.Map;

import org.tsunagu.core.check.SourcePosition;

/**
 * Where each field of a bound record was written, by path: {@code name}, {@code contact.phone},
 * {@code categories[1]}. Checks that run after binding (an unknown category, a duplicate name)
 * use it to point at the exact place.
 */
public final class SourceMap {

    private final String file;
    private final Map<String, SourcePosition> values = new HashMap<>();

    public SourceMap(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    void putValue(String path, SourcePosition at) {
        values.put(path, at);
    }

    /** Where the value at this path was written; the file itself when the path is unknown. */
    public SourcePosition at(String path) {
        SourcePosition p = values.get(path);
        if (p != null) {
            return p;
        }
        return values.getOrDefault("", SourcePosition.of(file));
    }
}
