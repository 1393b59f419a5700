package org.tsunagu.core.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs: a record's file name, which is also its URL. ASCII lower case, digits and single
 * hyphens, so that no file name can climb out of its folder or collide by case.
 */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug.length() <= 80 && SLUG.matcher(slug).matches();
    }

    /** A valid slug close to the given text, to suggest in a diagnostic ({@code My_Group} → {@code my-group}). */
    public static String suggest(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "my-group" : s;
    }

    /**
     * Takes a record's file name for its slug: an error ({@code <kind>.badSlug}) when it cannot be
     * an address, or ({@code <kind>.duplicateSlug}) when an earlier file has it. Gives whether the
     * slug is the file's.
     */
    public static boolean claim(String slug, String file, java.util.Map<String, String> taken, String kind,
                                org.tsunagu.core.check.Diagnostics diagnostics) {
        org.tsunagu.core.check.SourcePosition at = org.tsunagu.core.check.SourcePosition.of(file);
        if (!isValid(slug)) {
            diagnostics.error(at, kind + ".badSlug", slug, suggest(slug));
            return false;
        }
        if (taken.containsKey(slug)) {
            diagnostics.error(at, kind + ".duplicateSlug", slug, taken.get(slug));
            return false;
        }
        taken.put(slug, file);
        return true;
    }
}
