package org.tsunagu.core.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What to build and how.
 *
 * @param siteDir the site project: {@code data/}, {@code content/}, {@code templates/}
 * @param outDir where the site is written (replaced in one step when the build succeeds)
 * @param buildDate the day the site is built for: "upcoming" and "recruiting now" depend on it
 * @param baseUrl overrides {@code base_url} of {@code data/site.yaml} when not null
 * @param strict when true, any error fails the build and nothing is written (CI); otherwise
 *     records with errors are left out and the rest is built
 * @param locale the language of diagnostics
 */
public record BuildOptions(Path siteDir, Path outDir, LocalDate buildDate, String baseUrl, boolean strict,
                           Locale locale) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public static BuildOptions of(Path siteDir, Path outDir) {
        return new BuildOptions(siteDir, outDir, LocalDate.now(TOKYO), null, true, Locale.JAPANESE);
    }

    public BuildOptions withBuildDate(LocalDate date) {
        return new BuildOptions(siteDir, outDir, date, baseUrl, strict, locale);
    }

    public BuildOptions withStrict(boolean s) {
        return new BuildOptions(siteDir, outDir, buildDate, baseUrl, s, locale);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(siteDir, outDir, buildDate, url, strict, locale);
    }

    public BuildOptions withLocale(Locale l) {
        return new BuildOptions(siteDir, outDir, buildDate, baseUrl, strict, l);
    }
}
