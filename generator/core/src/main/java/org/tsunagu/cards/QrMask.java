package org.tsunagu.cards;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;

/**
 * The mask a QR code's data is drawn with, chosen exactly as zxing's encoder chooses it, but
 * several times faster: zxing builds the whole code anew for each of the eight masks and scores
 * it module by module, which was most of the time a site build spent on its QR codes.
 *
 * <p>Here zxing builds the code once, with mask 0. The code with mask k differs from it only in
 * the data modules where mask k's pattern differs from mask 0's, and in the format information,
 * which names the mask; those changes depend on the version alone and are worked out once. Each
 * of the eight codes is scored with zxing's four penalty rules, quirks included, and the lowest
 * score wins, the lower mask on a tie. Any difference from zxing would change the codes the site
 * prints, so the scores must be the same to the point, not just similar.
 *
 * <p>The scores are counted 64 modules at a time: a code is kept as bits, once as its rows and
 * once as its columns. Module by module, the branches on random-looking data cost more than the
 * counting.
 */
final class QrMask {

    /** The masks of the QR standard, numbered 0 to 7 as zxing numbers them. */
    private static final int MASKS = 8;

    /**
     * Dark lines kept before and after the code's lines: zxing's rule 3 looks for four light
     * modules beside a pattern and finds none where any of the four would lie beyond the edge.
     */
    private static final int PAD = 4;

    /**
     * For each version, what each mask changes in its codes (see {@link #changes}); made when
     * first asked for.
     */
    private static final AtomicReferenceArray<Bits[]> CHANGES = new AtomicReferenceArray<>(41);

    /**
     * A code of n modules a side as bits, each line (row or column) in {@code words} longs: line
     * i at {@code (i + PAD) * words}, the module at position p along it in bit p % 64 of word
     * p / 64, set for dark. In the rows the lines are rows and the positions columns; in the
     * columns the other way round. Before and after the code's lines are PAD dark ones.
     */
    private record Bits(int n, int words, long[] rows, long[] columns) {

        Bits(int n) {
            this(n, (n + 63) / 64, darkPadding(n), darkPadding(n));
        }

        private static long[] darkPadding(int n) {
            int words = (n + 63) / 64;
            long[] lines = new long[(n + 2 * PAD) * words];
            Arrays.fill(lines, 0, PAD * words, -1L);
            Arrays.fill(lines, (n + PAD) * words, lines.length, -1L);
            return lines;
        }

        void set(int x, int y, int module) {
            rows[(y + PAD) * words + x / 64] |= (long) module << x;
            columns[(x + PAD) * words + y / 64] |= (long) module << y;
        }

        /** Makes this the code with the changes made to it, the dark lines around left as they are. */
        void setToChanged(Bits code, Bits changes) {
            for (int i = PAD * words; i < (n + PAD) * words; i++) {
                rows[i] = code.rows[i] ^ changes.rows[i];
                columns[i] = code.columns[i] ^ changes.columns[i];
            }
        }

        boolean dark(int x, int y) {
            return (rows[(y + PAD) * words + x / 64] >>> x & 1) != 0;
        }
    }

    private QrMask() {
    }

    /**
     * The modules of the code zxing would have made, row by row, given the code it made with
     * mask 0 and level M error correction.
     *
     * @param maskZero the modules (0 light, 1 dark) as {@code ByteMatrix.getArray()} gives them
     */
    static boolean[][] best(byte[][] maskZero, Version version) {
        int n = maskZero.length;
        Bits zero = new Bits(n);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                zero.set(x, y, maskZero[y][x]);
            }
        }
        Bits[] changes = changes(version);
        Bits code = new Bits(n);
        Bits best = new Bits(n);
        int bestPenalty = Integer.MAX_VALUE;
        for (int mask = 0; mask < MASKS; mask++) {
            code.setToChanged(zero, changes[mask]);
            int penalty = penalty(code);
            if (penalty < bestPenalty) {
                // Keep this code; the next mask is worked out in the one it beat.
                bestPenalty = penalty;
                Bits swap = best;
                best = code;
                code = swap;
            }
        }
        boolean[][] dark = new boolean[n][n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                dark[y][x] = best.dark(x, y);
            }
        }
        return dark;
    }

    /** zxing's penalty for a code: {@code MaskUtil.applyMaskPenaltyRule1} to {@code 4}, summed. */
    private static int penalty(Bits code) {
        int n = code.n();
        // Rule 4: the balance of dark and light, in zxing's integer steps of 5%.
        int dark = 0;
        for (int i = PAD * code.words(); i < (n + PAD) * code.words(); i++) {
            dark += Long.bitCount(code.rows()[i]);
        }
        int total = n * n;
        int balance = Math.abs(dark * 2 - total) * 10 / total * 10;
        // Along the rows, from column to column, and down the columns, from row to row.
        return runs(code.columns(), n, code.words()) + runs(code.rows(), n, code.words())
                + blocks(code.rows(), n, code.words())
                + finderLikes(code.columns(), n, code.words()) + finderLikes(code.rows(), n, code.words())
                + balance;
    }

    /**
     * Rule 1 across the given lines, all of them at once (down the columns when given the rows,
     * along the rows when given the columns): each run of five or more modules of one
     * colour costs 3, and 1 more for each module past five. Counted as 1 for each five modules
     * of one colour in a row (a run of r has r - 4 of them) and 2 more for the first five of a
     * run.
     */
    private static int runs(long[] lines, int n, int words) {
        int penalty = 0;
        for (int w = 0; w < words; w++) {
            long lanes = lanes(n - 64 * w);
            for (int i = 4; i < n; i++) {
                long differ = (at(lines, words, i - 4, w) ^ at(lines, words, i - 3, w))
                        | (at(lines, words, i - 3, w) ^ at(lines, words, i - 2, w))
                        | (at(lines, words, i - 2, w) ^ at(lines, words, i - 1, w))
                        | (at(lines, words, i - 1, w) ^ at(lines, words, i, w));
                long five = ~differ & lanes;
                long first = i == 4 ? five : five & (at(lines, words, i - 5, w) ^ at(lines, words, i - 4, w));
                penalty += Long.bitCount(five) + 2 * Long.bitCount(first);
            }
        }
        return penalty;
    }

    /**
     * Rule 3 across the given lines, all of them at once: 40 for each dark-light-dark-dark-dark-
     * light-dark pattern with four light modules before it or after it, counted once even when
     * both sides are light. Unlike the standard, zxing does not count the light beyond the edge
     * of the code: where fewer than four modules are left before or after, that side is not
     * light. The dark lines around the code give the same.
     */
    private static int finderLikes(long[] lines, int n, int words) {
        int count = 0;
        for (int w = 0; w < words; w++) {
            for (int i = 0; i + 6 < n; i++) {
                long pattern = at(lines, words, i, w) & ~at(lines, words, i + 1, w)
                        & at(lines, words, i + 2, w) & at(lines, words, i + 3, w) & at(lines, words, i + 4, w)
                        & ~at(lines, words, i + 5, w) & at(lines, words, i + 6, w);
                long lightBefore = ~(at(lines, words, i - 4, w) | at(lines, words, i - 3, w)
                        | at(lines, words, i - 2, w) | at(lines, words, i - 1, w));
                long lightAfter = ~(at(lines, words, i + 7, w) | at(lines, words, i + 8, w)
                        | at(lines, words, i + 9, w) | at(lines, words, i + 10, w));
                count += Long.bitCount(pattern & (lightBefore | lightAfter));
            }
        }
        return 40 * count;
    }

    /** Rule 2: 3 for each 2×2 block of one colour, overlapping blocks each counted. */
    private static int blocks(long[] rows, int n, int words) {
        int count = 0;
        for (int y = 0; y + 1 < n; y++) {
            for (int w = 0; w < words; w++) {
                long here = at(rows, words, y, w);
                long below = at(rows, words, y + 1, w);
                // Bit x of a word's "next" is module x + 1, the first of the next word for bit 63.
                long nextHere = here >>> 1 | (w + 1 < words ? at(rows, words, y, w + 1) << 63 : 0);
                long nextBelow = below >>> 1 | (w + 1 < words ? at(rows, words, y + 1, w + 1) << 63 : 0);
                long same = ~(here ^ below) & ~(here ^ nextHere) & ~(below ^ nextBelow);
                count += Long.bitCount(same & lanes(n - 1 - 64 * w));
            }
        }
        return 3 * count;
    }

    /** Word w of line i. */
    private static long at(long[] lines, int words, int i, int w) {
        return lines[(i + PAD) * words + w];
    }

    /** The bits of a word standing for modules of the code, when the word's first k are. */
    private static long lanes(int k) {
        return k >= 64 ? -1L : (1L << k) - 1;
    }

    /** For each mask, the modules of a code of the version that differ from mask 0's (set). */
    private static Bits[] changes(Version version) {
        Bits[] changes = CHANGES.get(version.getVersionNumber());
        if (changes == null) {
            changes = buildChanges(version);
            CHANGES.set(version.getVersionNumber(), changes);
        }
        return changes;
    }

    private static Bits[] buildChanges(Version version) {
        int n = version.getDimensionForVersion();
        boolean[] fixed = fixedModules(version);
        Bits[] changes = new Bits[MASKS];
        for (int mask = 0; mask < MASKS; mask++) {
            Bits change = new Bits(n);
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (!fixed[y * n + x] && masked(mask, x, y) != masked(0, x, y)) {
                        change.set(x, y, 1);
                    }
                }
            }
            // The format information, as zxing's MatrixUtil.embedTypeInfo writes it: bit i (0 the
            // least significant) down column 8 beside the top left finder, stepping over the
            // timing row, then left along row 8; and again right to left along row 8 beside the
            // top right finder and down column 8 beside the bottom left one.
            int differ = formatWord(mask) ^ formatWord(0);
            for (int i = 0; i < 15; i++) {
                int bit = differ >> i & 1;
                change.set(i < 8 ? 8 : i == 8 ? 7 : 14 - i, i < 6 ? i : i < 8 ? i + 1 : 8, bit);
                change.set(i < 8 ? n - 1 - i : 8, i < 8 ? 8 : n - 15 + i, bit);
            }
            changes[mask] = change;
        }
        return changes;
    }

    /** The 15 format bits for level M and the mask: 5 data bits, their BCH code, XOR 0x5412. */
    private static int formatWord(int mask) {
        int data = ErrorCorrectionLevel.M.getBits() << 3 | mask;
        int remainder = data << 10;
        for (int bit = 14; bit >= 10; bit--) {
            if ((remainder >> bit & 1) != 0) {
                remainder ^= 0x537 << (bit - 10);
            }
        }
        return (data << 10 | remainder) ^ 0x5412;
    }

    /**
     * The modules that are not data, row by row: finders with their separators and the format
     * information beside them (and the dark module), alignment patterns, timing patterns and,
     * from version 7, the version information. As in zxing, an alignment pattern is left out
     * where its centre falls on a finder.
     */
    private static boolean[] fixedModules(Version version) {
        int n = version.getDimensionForVersion();
        boolean[] fixed = new boolean[n * n];
        fill(fixed, n, 0, 0, 9, 9);
        fill(fixed, n, n - 8, 0, 8, 9);
        fill(fixed, n, 0, n - 8, 9, 8);
        if (version.getVersionNumber() >= 2) {
            int[] centres = version.getAlignmentPatternCenters();
            for (int y : centres) {
                for (int x : centres) {
                    if (!fixed[y * n + x]) {
                        fill(fixed, n, x - 2, y - 2, 5, 5);
                    }
                }
            }
        }
        fill(fixed, n, 6, 0, 1, n);
        fill(fixed, n, 0, 6, n, 1);
        if (version.getVersionNumber() >= 7) {
            fill(fixed, n, 0, n - 11, 6, 3);
            fill(fixed, n, n - 11, 0, 3, 6);
        }
        return fixed;
    }

    private static void fill(boolean[] modules, int n, int left, int top, int width, int height) {
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                modules[y * n + x] = true;
            }
        }
    }

    /** Whether the mask turns the data module at column x, row y over ({@code MaskUtil.getDataMaskBit}). */
    private static boolean masked(int mask, int x, int y) {
        return switch (mask) {
            case 0 -> (y + x) % 2 == 0;
            case 1 -> y % 2 == 0;
            case 2 -> x % 3 == 0;
            case 3 -> (y + x) % 3 == 0;
            case 4 -> (y / 2 + x / 3) % 2 == 0;
            case 5 -> y * x % 2 + y * x % 3 == 0;
            case 6 -> (y * x % 2 + y * x % 3) % 2 == 0;
            case 7 -> (y * x % 3 + (y + x) % 2) % 2 == 0;
            default -> throw new IllegalArgumentException("no mask " + mask);
        };
    }
}
