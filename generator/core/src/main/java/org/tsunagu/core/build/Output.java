package org.tsunagu.core.build;

/**
 * One file of the built site.
 *
 * @param path the path inside the output folder, with forward slashes ({@code groups/x/index.html})
 * @param bytes the file's content
 */
public record Output(String path, byte[] bytes) {
}
