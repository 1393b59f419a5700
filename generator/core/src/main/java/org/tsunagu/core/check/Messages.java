package org.tsunagu.core.check;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generator's own messages (diagnostics and command-line output), Japanese by default,
 * English with {@code --lang en}. Bundles are {@code org/tsunagu/messages*.properties} (UTF-8).
 */
public final class Messages {

    private static final ConcurrentHashMap<Locale, Messages> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.tsunagu.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Japanese unless the locale's language is English. */
    public static Messages get(Locale locale) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        return CACHE.computeIfAbsent(l, Messages::new);
    }

    public String format(String key, List<Object> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for key " + key + " in " + locale, e);
        }
        Object[] values = args.stream().map(a -> {
            String text = String.valueOf(a);
            // An argument "@word.key" is itself a message: "a list", "a text" in the reader's language.
            return text.startsWith("@") && bundle.containsKey(text.substring(1)) ? bundle.getString(text.substring(1)) : text;
        }).toArray();
        return new MessageFormat(pattern.replace("'", "''"), locale).format(values);
    }

    public String format(String key, Object... args) {
        return format(key, List.of(args));
    }

    /** The message, or an empty string when the bundle has none for this key. */
    public String formatOptional(String key, List<Object> args) {
        return bundle.containsKey(key) ? format(key, args) : "";
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
