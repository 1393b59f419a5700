package org.tsunagu.cards;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * A QR code of an address, drawn as a small SVG: one path of dark module runs, one unit per
 * module, with a light quiet zone around it. The same text always gives the same bytes.
 *
 * <p>Error correction is level M (about 15% of the code may be lost), which keeps the code small
 * enough to scan from a printed card held at arm's length.
 */
public final class QrCode {

    /** The light border around the code, in modules, as the QR standard asks for. */
    public static final int QUIET_ZONE = 4;

    /** The SVG's default size in CSS pixels per module, when nothing else sizes it. */
    static final int PIXELS_PER_MODULE = 4;

    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    /**
     * Encodes the text. Plain ASCII (every address the site makes) is written without a
     * character-set marker, which the oldest phone readers do not understand; other text is
     * written as UTF-8 and says so.
     */
    public static QrCode of(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        // Left to choose the mask itself, zxing builds and scores the whole code for each of the
        // eight, slowly; it builds the code with mask 0, and QrMask makes the same choice from it.
        hints.put(EncodeHintType.QR_MASK_PATTERN, 0);
        QRCode code;
        try {
            code = Encoder.encode(text, ErrorCorrectionLevel.M, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
        boolean[][] dark = QrMask.best(code.getMatrix().getArray(), code.getVersion());
        return new QrCode(dark);
    }

    /** Modules on a side, without the quiet zone. */
    public int size() {
        return dark.length;
    }

    /** Whether the module at column x, row y (from the top left, quiet zone excluded) is dark. */
    public boolean isDark(int x, int y) {
        return dark[y][x];
    }

    /**
     * The code as an SVG document whose view box counts modules, quiet zone included. Each run
     * of dark modules in a row is one rectangle of the path ({@code M x y h n v1 h-n z}).
     *
     * @param title what the picture is, in words, for screen readers and as a tooltip
     */
    public String svg(String title) {
        int side = size() + 2 * QUIET_ZONE;
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            int x = 0;
            while (x < size()) {
                if (!dark[y][x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size() && dark[y][x]) {
                    x++;
                }
                int run = x - start;
                d.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        int pixels = side * PIXELS_PER_MODULE;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side + "\" width=\""
                + pixels + "\" height=\"" + pixels + "\" role=\"img\" shape-rendering=\"crispEdges\">"
                + "<title>" + escape(title) + "</title>"
                + "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + d + "\"/></svg>\n";
    }

    /** The SVG document as UTF-8 bytes. */
    public byte[] svgBytes(String title) {
        return svg(title).getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
