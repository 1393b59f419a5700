package org.tsunagu.search;

import java.util.List;

import org.tsunagu.core.load.Field;

/**
 * {@code data/dictionary.yaml}: readings of local names that the Japanese analyser does not
 * know (柳瀬川 やなせがわ, 御殿山 ごてんやま), so that a reading typed in hiragana finds them
 * and ふりがな show them right.
 */
public record DictionaryFile(
        @Field(ja = "言葉の一覧", en = "Words", required = true) List<Word> words) {

    /** One word and how it is read. */
    public record Word(
            @Field(ja = "言葉", en = "Word", required = true, maxLength = 40, example = "柳瀬川") String word,
            @Field(ja = "よみがな", en = "Reading", required = true, maxLength = 80, example = "やなせがわ")
            String kana) {
    }
}
