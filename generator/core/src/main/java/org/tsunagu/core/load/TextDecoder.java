package org.tsunagu.core.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;

/**
 * Decodes a site file as UTF-8, and says clearly what it is when it is not: Shift_JIS
 * (common in Japanese offices), UTF-16 (with or without a byte-order mark), a UTF-8 byte-order
 * mark, or binary data. Control characters other than tab and line ends, and the characters
 * that reverse the direction of text (which can make a name read differently from what it is),
 * are refused at their line and column.
 */
public final class TextDecoder {

    /** Files larger than this are refused: no group profile or page comes near it. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private TextDecoder() {
    }

    public static Optional<SourceFile> decode(String relativePath, byte[] bytes, Diagnostics diagnostics) {
        SourcePosition file = SourcePosition.of(relativePath);
        if (bytes.length > MAX_BYTES) {
            diagnostics.error(file, "file.tooLarge", bytes.length / 1024, MAX_BYTES / 1024);
            return Optional.empty();
        }
        int start = 0;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            diagnostics.error(new SourcePosition(relativePath, 1, 1), "file.utf16");
            return Optional.empty();
        }
        if (looksLikeUtf16(bytes)) {
            diagnostics.error(new SourcePosition(relativePath, 1, 1), "file.utf16");
            return Optional.empty();
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            diagnostics.warning(new SourcePosition(relativePath, 1, 1), "file.bom");
            start = 3;
        }
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = strict(StandardCharsets.UTF_8).decode(input).toString();
        } catch (CharacterCodingException e) {
            reportNotUtf8(relativePath, bytes, start, diagnostics);
            return Optional.empty();
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            SourcePosition at = positionOf(relativePath, text, nul);
            diagnostics.error(at, "file.binary");
            return Optional.empty();
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refused(c)) {
                diagnostics.error(positionOf(relativePath, text, i),
                        isBidi(c) ? "file.bidi" : "file.control", String.format("U+%04X", (int) c));
                return Optional.empty();
            }
        }
        return Optional.of(new SourceFile(relativePath, text));
    }

    private static boolean refused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || isBidi(c)
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /** Embeddings, overrides and isolates: U+202A to U+202E and U+2066 to U+2069. */
    private static boolean isBidi(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** UTF-16 without a byte-order mark: every other byte of plain text is zero. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 400) & ~1;
        if (n < 4) {
            return false;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        return Math.max(even, odd) * 10 >= (n / 2) * 3 && Math.min(even, odd) * 10 < n / 2;
    }

    private static void reportNotUtf8(String relativePath, byte[] bytes, int start, Diagnostics diagnostics) {
        // Find the first byte that is not valid UTF-8, to point at its line and column.
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        SourcePosition at = positionOf(relativePath, out.toString(), out.length());
        if (looksLikeShiftJis(bytes, start)) {
            diagnostics.error(at, "file.shiftJis");
        } else {
            diagnostics.error(at, "file.notUtf8");
        }
    }

    private static boolean looksLikeShiftJis(byte[] bytes, int start) {
        try {
            String s = strict(SHIFT_JIS).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The 1-based line and column of a character offset in a text. */
    static SourcePosition positionOf(String file, String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }
}
