package org.tsunagu.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Files a record points to under {@code content/}: images and PDFs. Each must be inside
 * {@code content/}, of an allowed type, present, and (for a PDF) really a PDF of a size a phone
 * can open.
 */
public final class Attachments {

    /** The largest PDF a record may offer. */
    public static final long MAX_PDF_BYTES = 10L * 1024 * 1024;

    private static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "webp", "gif");

    private Attachments() {
    }

    /** Checks an image; true when it can be used. */
    public static boolean image(String written, SourcePosition at, Set<String> contentFiles, Diagnostics diagnostics) {
        String file = written.replace('\\', '/');
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (outside(file)) {
            diagnostics.error(at, "image.outside", written);
        } else if (!IMAGE_TYPES.contains(ext)) {
            diagnostics.error(at, "image.type", written);
        } else if (!contentFiles.contains(file)) {
            diagnostics.error(at, "image.missing", written);
        } else {
            return true;
        }
        return false;
    }

    /** Checks a PDF and gives its size in bytes, or null after an error. */
    public static Long pdf(String written, SourcePosition at, Path contentDir, Set<String> contentFiles,
                           Diagnostics diagnostics) {
        String file = written.replace('\\', '/');
        if (outside(file)) {
            diagnostics.error(at, "pdf.outside", written);
            return null;
        }
        if (!file.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            diagnostics.error(at, "pdf.type", written);
            return null;
        }
        if (!contentFiles.contains(file)) {
            diagnostics.error(at, "pdf.missing", written);
            return null;
        }
        Path p = contentDir.resolve(file);
        try (InputStream in = Files.newInputStream(p)) {
            long size = Files.size(p);
            byte[] head = in.readNBytes(5);
            if (size > MAX_PDF_BYTES) {
                diagnostics.error(at, "pdf.tooLarge", written, size / (1024 * 1024), MAX_PDF_BYTES / (1024 * 1024));
                return null;
            }
            if (!new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                diagnostics.error(at, "pdf.notPdf", written);
                return null;
            }
            return size;
        } catch (IOException e) {
            diagnostics.error(at, "file.unreadable", e.getMessage());
            return null;
        }
    }

    private static boolean outside(String file) {
        return file.startsWith("/") || file.contains("..") || file.contains("//");
    }
}
