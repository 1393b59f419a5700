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
 * {@code content/}, of an allowed type, present, really of that type inside (not another file
 * renamed: a web page or a script named .jpg would be served as what it is), and of a size a
 * phone can open.
 */
public final class Attachments {

    /** The largest PDF a record may offer. */
    public static final long MAX_PDF_BYTES = 10L * 1024 * 1024;

    /** The largest picture a record may show. */
    public static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;

    private static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "webp", "gif");

    private Attachments() {
    }

    /** Checks an image; true when it can be used. */
    public static boolean image(String written, SourcePosition at, Path contentDir, Set<String> contentFiles,
                                Diagnostics diagnostics) {
        String file = written.replace('\\', '/');
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (outside(file)) {
            diagnostics.error(at, "image.outside", written);
        } else if (!IMAGE_TYPES.contains(ext)) {
            diagnostics.error(at, "image.type", written);
        } else if (!contentFiles.contains(file)) {
            diagnostics.error(at, "image.missing", written);
        } else {
            return imageContent(written, contentDir.resolve(file), at, diagnostics);
        }
        return false;
    }

    private static boolean imageContent(String written, Path p, SourcePosition at,
                                        Diagnostics diagnostics) {
        try (InputStream in = Files.newInputStream(p)) {
            long size = Files.size(p);
            if (size > MAX_IMAGE_BYTES) {
                diagnostics.error(at, "image.tooLarge", written, (size + 1024 * 1024 - 1) / (1024 * 1024),
                        MAX_IMAGE_BYTES / (1024 * 1024));
                return false;
            }
            // A picture of another of the four formats is shown all the same (browsers look
            // inside); anything else is refused.
            if (imageType(in.readNBytes(12)).isEmpty()) {
                diagnostics.error(at, "image.notImage", written);
                return false;
            }
            return true;
        } catch (IOException e) {
            diagnostics.error(at, "file.unreadable", e.getMessage());
            return false;
        }
    }

    /** The picture format its first bytes say ("jpg", "png", "gif", "webp"), or "" for none of them. */
    static String imageType(byte[] h) {
        String ascii = new String(h, StandardCharsets.ISO_8859_1);
        if (h.length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
            return "jpg";
        }
        if (ascii.startsWith("\u0089PNG\r\n\u001a\n")) {
            return "png";
        }
        if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
            return "gif";
        }
        if (ascii.length() >= 12 && ascii.startsWith("RIFF") && ascii.startsWith("WEBP", 8)) {
            return "webp";
        }
        return "";
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
