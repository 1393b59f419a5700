package org.tsunagu.cli;

import java.util.concurrent.Callable;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks every file and reports all problems; writes nothing. Exit code 0: no errors, 1: errors in the content, 2: usage or I/O.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (site.reportNotASite(err)) {
            return Main.USAGE_OR_IO;
        }
        BuildOptions options = site.options(null, true);
        BuildResult r = Pipeline.check(options);
        Reporting.diagnostics(r, options, err, spec.commandLine().getOut(), site.format);
        if (!r.hasErrors()) {
            spec.commandLine().getOut().println(site.messages().format("cli.checked", r.checkedCounts()));
        }
        return Reporting.exitCode(r);
    }
}
