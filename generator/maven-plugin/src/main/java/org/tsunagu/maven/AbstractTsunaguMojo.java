package org.tsunagu.maven;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.DiagnosticPrinter;
import org.tsunagu.core.check.Messages;

/** What the {@code build} and {@code check} goals share: the site folder, options and reporting. */
abstract class AbstractTsunaguMojo extends AbstractMojo {

    /** The site folder, holding data/, content/ and templates/. */
    @Parameter(property = "tsunagu.site", defaultValue = "${project.basedir}")
    File siteDirectory;

    /** The build date (YYYY-MM-DD); "upcoming" and "recruiting now" depend on it. Default: today in Tokyo. */
    @Parameter(property = "tsunagu.date")
    String buildDate;

    /** The address the site is published at, instead of base_url in data/site.yaml. */
    @Parameter(property = "tsunagu.baseUrl")
    String baseUrl;

    /** The language of messages: ja or en. */
    @Parameter(property = "tsunagu.lang", defaultValue = "ja")
    String lang;

    /** Skips the goal. */
    @Parameter(property = "tsunagu.skip", defaultValue = "false")
    boolean skip;

    BuildOptions options(File out, boolean strict) throws MojoExecutionException {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.JAPANESE;
        BuildOptions o = BuildOptions.of(siteDirectory.toPath().toAbsolutePath(), out.toPath().toAbsolutePath())
                .withStrict(strict).withLocale(locale).withBaseUrl(baseUrl);
        if (buildDate != null && !buildDate.isBlank()) {
            try {
                o = o.withBuildDate(LocalDate.parse(buildDate.strip()));
            } catch (DateTimeParseException e) {
                throw new MojoExecutionException("tsunagu.date must be YYYY-MM-DD: " + buildDate);
            }
        }
        return o;
    }

    /** Logs every diagnostic, errors as errors and warnings as warnings, and fails on errors. */
    void report(BuildResult result, BuildOptions options) throws MojoFailureException {
        DiagnosticPrinter printer = new DiagnosticPrinter(options.siteDir(), options.locale());
        for (Diagnostic d : result.diagnostics()) {
            String text = printer.format(d).stripTrailing();
            if (d.isError()) {
                getLog().error(text);
            } else {
                getLog().warn(text);
            }
        }
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            throw new MojoFailureException(Messages.get(options.locale()).format("cli.summary", errors,
                    result.diagnostics().size() - errors));
        }
    }
}
