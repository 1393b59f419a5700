package org.tsunagu.core.load;

import java.util.List;

/**
 * A text file of the site, decoded and with line endings normalised to {@code \n}.
 *
 * @param relativePath the path relative to the site folder, with forward slashes
 * @param text the decoded text
 */
public record SourceFile(String relativePath, String text) {

    /** The file's lines (without line ends). */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    /** The file name without its extension: the record's slug. */
    public String baseName() {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
