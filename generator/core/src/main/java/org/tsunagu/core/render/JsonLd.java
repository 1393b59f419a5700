package org.tsunagu.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * schema.org JSON-LD written with Jackson, safe to place inside {@code <script>}: {@code <},
 * {@code >} and {@code &} are escaped as {@code \u003c} and so on, so no text from a record can
 * close the script element.
 */
public final class JsonLd {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(htmlSafeEscapes());
    }

    /** Escapes for JSON that may end up inside HTML: {@code < > & '} as {@code \\u003c} and so on. */
    public static CharacterEscapes htmlSafeEscapes() {
        return new HtmlSafeEscapes();
    }

    private JsonLd() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
            escapes['\''] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        /** Jackson asks for every character outside ASCII: each sequence is made once. */
        private static final SerializableString[] SEQUENCES = new SerializableString[0x10000];

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0 || ch >= SEQUENCES.length) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            SerializableString s = SEQUENCES[ch];
            if (s == null) {
                s = new SerializedString(String.format("\\u%04x", ch));
                SEQUENCES[ch] = s; // a race only makes an equal sequence twice
            }
            return s;
        }
    }
}
