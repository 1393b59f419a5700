package org.tsunagu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.check.Messages;
import picocli.CommandLine.Option;

/** Options every command that reads a site shares. */
final class SiteOptions {

    @Option(names = "--site", description = "The site folder (with data/, content/, templates/). Default: the current folder.",
            defaultValue = ".")
    Path site;

    @Option(names = "--lang", description = "Language of messages: ja (default) or en.", defaultValue = "ja")
    String lang;

    @Option(names = "--date", description = "The build date (YYYY-MM-DD), which decides what is upcoming. Default: today in Tokyo.")
    LocalDate date;

    @Option(names = "--format", description = "How to report problems: text (default), or github for annotations on the"
            + " changed lines of a pull request (::error file=…,line=…,col=…::…), in addition to the text.",
            defaultValue = "text")
    String format;

    @Option(names = "--base-url", description = "The address the site is published at, instead of base_url in data/site.yaml.")
    String baseUrl;

    Locale locale() {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    Messages messages() {
        return Messages.get(locale());
    }

    Path siteDir() {
        return site.toAbsolutePath().normalize();
    }

    boolean isSite() {
        return Files.isDirectory(siteDir().resolve("data"));
    }

    /** Says so when the folder is not a site; the command then exits with {@link Main#USAGE_OR_IO}. */
    boolean reportNotASite(java.io.PrintWriter err) {
        if (isSite()) {
            return false;
        }
        err.println(messages().format("cli.noSite", siteDir()));
        err.println(messages().format("cli.noSite.hint"));
        return true;
    }

    BuildOptions options(Path out, boolean strict) {
        BuildOptions o = BuildOptions.of(siteDir(), out == null ? siteDir().resolve("public") : out.toAbsolutePath())
                .withStrict(strict).withLocale(locale()).withBaseUrl(baseUrl);
        return date == null ? o : o.withBuildDate(date);
    }
}
