package org.tsunagu.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.junit.jupiter.api.Test;

/**
 * The QR codes are the very codes zxing makes when it chooses the mask itself, module for
 * module: the mask is chosen faster, and a printed code must not change because of it.
 */
class QrCodeTest {

    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private static final String SLUG = "abcdefghijklmnopqrstuvwxyz0123456789-";

    @Test
    void everyCodeIsTheOneZxingChoosesTheMaskFor() {
        Random random = new Random(20_260_401L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            texts.add(address(random, 20 + (i % 4 == 0 ? random.nextInt(280) : random.nextInt(80))));
        }
        for (int i = 0; i < 4_000; i++) {
            texts.add(text(1 + random.nextInt(300), () -> (char) (' ' + random.nextInt(95))));
        }
        for (int i = 0; i < 3_000; i++) {
            texts.add(text(1 + random.nextInt(120), () -> japanese(random)));
        }
        for (int i = 0; i < 2_500; i++) {
            texts.add(text(1 + random.nextInt(700), () -> (char) ('0' + random.nextInt(10))));
        }
        for (int i = 0; i < 2_500; i++) {
            texts.add(text(1 + random.nextInt(450),
                    () -> ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()))));
        }
        // Up to the largest code, version 40, which takes 2331 bytes at level M.
        for (int length = 300; length <= 2331; length += 40) {
            texts.add(text(length, () -> (char) (' ' + random.nextInt(95))));
        }

        Set<Integer> versions = new TreeSet<>();
        Set<Integer> masks = new TreeSet<>();
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        for (String text : texts) {
            QRCode zxing = zxing(text);
            versions.add(zxing.getVersion().getVersionNumber());
            masks.add(zxing.getMaskPattern());
            modes.add(zxing.getMode());
            assertSameModules(text, zxing.getMatrix(), QrCode.of(text));
        }
        assertEquals(IntStream.rangeClosed(1, 40).boxed().collect(Collectors.toSet()), versions, "versions tried");
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7), masks, "masks chosen");
        assertEquals(EnumSet.of(Mode.NUMERIC, Mode.ALPHANUMERIC, Mode.BYTE), modes, "modes tried");
    }

    /** The code as zxing makes it with the hints QrCode gives it, mask left to zxing. */
    private static QRCode zxing(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M, hints);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    private static void assertSameModules(String text, ByteMatrix expected, QrCode actual) {
        assertEquals(expected.getWidth(), actual.size(), text);
        for (int y = 0; y < actual.size(); y++) {
            for (int x = 0; x < actual.size(); x++) {
                if (actual.isDark(x, y) != (expected.get(x, y) == 1)) {
                    fail("module (" + x + ", " + y + ") differs from zxing's for " + text);
                }
            }
        }
    }

    /** An address like the site's, of about the length. */
    private static String address(Random random, int length) {
        StringBuilder b = new StringBuilder("https://center.example.jp/");
        b.append(random.nextBoolean() ? "groups/" : "events/");
        while (b.length() < length) {
            b.append(random.nextInt(8) == 0 ? '/' : SLUG.charAt(random.nextInt(SLUG.length())));
        }
        return b.append('/').toString();
    }

    private static String text(int length, Supplier<Character> character) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(character.get());
        }
        return b.toString();
    }

    /** Kana, kanji and Japanese punctuation, now and then a Latin letter or a space. */
    private static char japanese(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> (char) (0x3041 + random.nextInt(86));
            case 2 -> (char) (0x30a1 + random.nextInt(90));
            case 3 -> (char) (0x4e00 + random.nextInt(0x5000));
            case 4 -> "、。・「」ー〜（）".charAt(random.nextInt(9));
            default -> (char) (' ' + random.nextInt(95));
        };
    }
}
