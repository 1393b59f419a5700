package org.tsunagu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into public/ (or --out). Any error stops the build and leaves the output as it was.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--out", description = "The output folder. Default: public/ in the site folder.")
    Path out;

    @Option(names = "--keep-going", description = "Leave out records with errors and build the rest, instead of stopping.")
    boolean keepGoing;

    @Option(names = "--timings", description = "Also print how long each stage took (load, check, model, render, links, write).")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (site.reportNotASite(err)) {
            return Main.USAGE_OR_IO;
        }
        long start = System.nanoTime();
        BuildOptions options = site.options(out, !keepGoing);
        BuildResult r = Pipeline.build(options);
        Reporting.diagnostics(r, options, err, spec.commandLine().getOut(), site.format);
        if (r.written()) {
            spec.commandLine().getOut().println(site.messages().format("cli.built", r.pages(), r.files(),
                    r.bytes() / 1024, options.outDir(), (System.nanoTime() - start) / 1_000_000));
            spec.commandLine().getOut().println(site.messages().format("cli.links",
                    r.records().getOrDefault("links", 0), r.records().getOrDefault("anchors", 0)));
        }
        if (timings) {
            spec.commandLine().getOut().println(site.messages().format("cli.timings", stages(r)));
        }
        if (!r.written()) {
            err.println(site.messages().format("cli.notWritten", options.outDir()));
            if (r.diagnostics().stream().anyMatch(d -> d.key().equals("output.failed"))) {
                return Main.USAGE_OR_IO;
            }
        }
        return r.written() && !r.hasErrors() ? 0 : Reporting.exitCode(r);
    }

    /** "load 120 ms, check 340 ms, …": the stages in the order they run, those that ran. */
    static String stages(BuildResult r) {
        StringBuilder b = new StringBuilder();
        for (String stage : STAGES) {
            Long ms = r.stageMillis().get(stage);
            if (ms != null) {
                b.append(b.isEmpty() ? "" : ", ").append(stage).append(' ').append(ms).append(" ms");
                StringBuilder parts = new StringBuilder();
                r.stageMillis().forEach((part, millis) -> {
                    if (part.startsWith(stage + ".")) {
                        parts.append(parts.isEmpty() ? " (" : ", ").append(part.substring(stage.length() + 1))
                                .append(' ').append(millis).append(" ms");
                    }
                });
                b.append(parts.isEmpty() ? "" : parts + ")");
            }
        }
        return b.toString();
    }

    private static final List<String> STAGES = List.of("load", "check", "model", "render", "links", "write");
}
