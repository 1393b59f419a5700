package org.tsunagu.core.load;

import java.util.regex.Pattern;

/** An e-mail address of the usual shape {@code name@host.tld}. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");

    public static Email parse(String text) {
        String t = text.strip();
        return SHAPE.matcher(t).matches() ? new Email(t) : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
