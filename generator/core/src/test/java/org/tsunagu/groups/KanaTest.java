package org.tsunagu.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class KanaTest {

    private static List<String> sorted(String... readings) {
        List<String> l = new ArrayList<>(List.of(readings));
        l.sort(Comparator.comparing(Kana::sortKey));
        return l;
    }

    @Test
    void voicedFollowsUnvoicedAndSmallFollowsLarge() {
        assertEquals(List.of("かき", "かぎ", "がき"), sorted("がき", "かぎ", "かき"));
        assertEquals(List.of("はは", "はば", "はぱ"), sorted("はぱ", "はば", "はは"));
        assertEquals(List.of("きやく", "きゃく"), sorted("きゃく", "きやく"));
        assertEquals(List.of("かつて", "かって"), sorted("かって", "かつて"));
    }

    @Test
    void longVowelMarkReadsAsTheVowelBeforeIt() {
        // ボール reads ほおる: before ほか (ほお < ほか), after ほあ.
        assertEquals(List.of("ほあ", "ぼーる", "ほか"), sorted("ほか", "ぼーる", "ほあ"));
    }

    @Test
    void latinReadingsComeAfterKana() {
        assertEquals(List.of("わをん", "Abc", "zoo"), sorted("zoo", "Abc", "わをん"));
    }

    @Test
    void rowsOfTheTable() {
        assertEquals("あ行", Kana.row("ゔぃれっじ").label());
        assertEquals("か行", Kana.row("がっこう").label());
        assertEquals("た行", Kana.row("どうぶつ").label());
        assertEquals("は行", Kana.row("ぽっぽ").label());
        assertEquals("わ行", Kana.row("わかば").label());
        assertEquals("A–Z", Kana.row("Kiyose").label());
        assertEquals("その他", Kana.row("123").label());
    }

    @Test
    void readingsAreNormalisedOrRefused() {
        assertEquals("かわづくり・きよせのかい", Kana.normalise("カワヅクリ・キヨセノカイ"));
        assertEquals("ぼらんてぃあ", Kana.normalise("ﾎﾞﾗﾝﾃｨｱ"));
        assertNull(Kana.normalise("川づくり"));
        assertEquals("川", Kana.firstInvalid("かわ川"));
    }

    @Test
    void derivesReadingsWithTheJapaneseAnalyser() {
        assertEquals("しぜんをまもるかい", Kana.derive("自然を守る会"));
        assertEquals("きよせすまほさぽーたー", Kana.derive("きよせスマホサポーター"));
        assertEquals("Kiyose English Café", Kana.derive("Kiyose English Café"));
    }
}
