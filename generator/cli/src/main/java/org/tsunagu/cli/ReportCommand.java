package org.tsunagu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.report.StaffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Lists what the staff should look at: groups not confirmed for --months months, records missing"
                + " recommended fields, groups with no event this year, calls and grants that are over. --format csv"
                + " for a spreadsheet. Exit code 0: report made, 1: errors in the content, 2: usage or I/O.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--months", description = "A group confirmed (or registered) more than this many months ago is"
            + " listed. Default: confirmation_months in data/site.yaml, else 12.")
    Integer months;

    @Option(names = "--out", description = "Write the report into this file instead of the standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "csv", "github").contains(site.format)) {
            err.println(site.messages().format("cli.reportBadFormat", site.format));
            return Main.USAGE_OR_IO;
        }
        if (months != null && months < 1) {
            err.println(site.messages().format("cli.reportBadMonths"));
            return Main.USAGE_OR_IO;
        }
        if (site.reportNotASite(err)) {
            return Main.USAGE_OR_IO;
        }
        BuildOptions options = site.options(null, true);
        Pipeline.Modelled m = Pipeline.model(options);
        if (m.result().hasErrors() || m.model().isEmpty()) {
            Reporting.diagnostics(m.result(), options, err, spec.commandLine().getOut(), site.format);
            return Main.CONTENT_ERRORS;
        }
        SiteModel model = m.model().get();
        int stale = months != null ? months
                : model.site().confirmationMonths() != null ? model.site().confirmationMonths() : StaffReport.DEFAULT_MONTHS;
        List<StaffReport.Row> rows = StaffReport.of(model, model.buildDate(), stale);
        byte[] bytes = "csv".equals(site.format)
                ? StaffReport.csv(rows, model.buildDate(), stale, site.locale())
                : StaffReport.text(rows, model.buildDate(), stale, site.locale()).getBytes(StandardCharsets.UTF_8);
        if (out != null) {
            Path file = out.toAbsolutePath();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, bytes);
            spec.commandLine().getOut().println(site.messages().format("cli.reportWritten", rows.size(), out));
        } else {
            // CSV too goes out as text: the byte order mark is a character, which the writer encodes in UTF-8.
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
