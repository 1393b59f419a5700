package org.tsunagu.issues;

import java.util.HashMap;
import java.util.Map;

import org.tsunagu.groups.Kana;

/**
 * A reading in hiragana as a file name in ASCII, in Hepburn romanisation without long-vowel
 * marks, the way the demo's files are named: かわづくり・きよせのかい → kawazukuri-kiyosenokai.
 * Anything that is not kana (a middle dot, a space) separates words with a hyphen; Latin
 * letters and digits are kept.
 */
final class Romaji {

    private static final Map<String, String> SYLLABLES = new HashMap<>();

    static {
        String[][] rows = {
            {"あ", "a"}, {"い", "i"}, {"う", "u"}, {"え", "e"}, {"お", "o"},
            {"か", "ka"}, {"き", "ki"}, {"く", "ku"}, {"け", "ke"}, {"こ", "ko"},
            {"さ", "sa"}, {"し", "shi"}, {"す", "su"}, {"せ", "se"}, {"そ", "so"},
            {"た", "ta"}, {"ち", "chi"}, {"つ", "tsu"}, {"て", "te"}, {"と", "to"},
            {"な", "na"}, {"に", "ni"}, {"ぬ", "nu"}, {"ね", "ne"}, {"の", "no"},
            {"は", "ha"}, {"ひ", "hi"}, {"ふ", "fu"}, {"へ", "he"}, {"ほ", "ho"},
            {"ま", "ma"}, {"み", "mi"}, {"む", "mu"}, {"め", "me"}, {"も", "mo"},
            {"や", "ya"}, {"ゆ", "yu"}, {"よ", "yo"},
            {"ら", "ra"}, {"り", "ri"}, {"る", "ru"}, {"れ", "re"}, {"ろ", "ro"},
            {"わ", "wa"}, {"ゐ", "i"}, {"ゑ", "e"}, {"を", "o"}, {"ん", "n"},
            {"が", "ga"}, {"ぎ", "gi"}, {"ぐ", "gu"}, {"げ", "ge"}, {"ご", "go"},
            {"ざ", "za"}, {"じ", "ji"}, {"ず", "zu"}, {"ぜ", "ze"}, {"ぞ", "zo"},
            {"だ", "da"}, {"ぢ", "ji"}, {"づ", "zu"}, {"で", "de"}, {"ど", "do"},
            {"ば", "ba"}, {"び", "bi"}, {"ぶ", "bu"}, {"べ", "be"}, {"ぼ", "bo"},
            {"ぱ", "pa"}, {"ぴ", "pi"}, {"ぷ", "pu"}, {"ぺ", "pe"}, {"ぽ", "po"},
            {"ゔ", "vu"}, {"ぁ", "a"}, {"ぃ", "i"}, {"ぅ", "u"}, {"ぇ", "e"}, {"ぉ", "o"},
            {"ゃ", "ya"}, {"ゅ", "yu"}, {"ょ", "yo"}, {"ゎ", "wa"},
            {"しゃ", "sha"}, {"しゅ", "shu"}, {"しぇ", "she"}, {"しょ", "sho"},
            {"ちゃ", "cha"}, {"ちゅ", "chu"}, {"ちぇ", "che"}, {"ちょ", "cho"},
            {"じゃ", "ja"}, {"じゅ", "ju"}, {"じぇ", "je"}, {"じょ", "jo"},
            {"ぢゃ", "ja"}, {"ぢゅ", "ju"}, {"ぢょ", "jo"},
            {"てぃ", "ti"}, {"でぃ", "di"}, {"とぅ", "tu"}, {"どぅ", "du"},
            {"ふぁ", "fa"}, {"ふぃ", "fi"}, {"ふぇ", "fe"}, {"ふぉ", "fo"},
            {"うぃ", "wi"}, {"うぇ", "we"}, {"うぉ", "wo"}, {"ゔぁ", "va"}, {"ゔぃ", "vi"}, {"ゔぇ", "ve"}, {"ゔぉ", "vo"},
        };
        for (String[] r : rows) {
            SYLLABLES.put(r[0], r[1]);
        }
        // The i-row with a small ya, yu, yo: きゃ kya, にょ nyo.
        for (String i : new String[] {"き", "に", "ひ", "み", "り", "ぎ", "び", "ぴ"}) {
            String stem = SYLLABLES.get(i).substring(0, SYLLABLES.get(i).length() - 1);
            SYLLABLES.put(i + "ゃ", stem + "ya");
            SYLLABLES.put(i + "ゅ", stem + "yu");
            SYLLABLES.put(i + "ょ", stem + "yo");
        }
    }

    private Romaji() {
    }

    /** The reading in lower-case ASCII, words separated by single hyphens; empty when nothing is left. */
    static String of(String reading) {
        String s = Kana.toHiragana(java.text.Normalizer.normalize(reading, java.text.Normalizer.Form.NFKC))
                .toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean doubleNext = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == 'っ') {
                doubleNext = true;
                i++;
                continue;
            }
            String two = i + 1 < s.length() ? SYLLABLES.get(s.substring(i, i + 2)) : null;
            String one = SYLLABLES.get(String.valueOf(c));
            String roman = two != null ? two : one;
            if (roman != null) {
                if (doubleNext) {
                    out.append(roman.startsWith("ch") ? "t" : roman.substring(0, 1));
                }
                out.append(roman);
                i += two != null ? 2 : 1;
            } else if (c == 'ー') {
                i++;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                i++;
            } else {
                out.append('-');
                i++;
            }
            doubleNext = false;
        }
        return out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
