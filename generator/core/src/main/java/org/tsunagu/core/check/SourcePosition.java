package org.tsunagu.core.check;

/**
 * A place in a source file: the file relative to the site folder, 1-based line and column
 * (0 when unknown).
 */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }
}
