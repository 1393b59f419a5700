package org.tsunagu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.issues.IssueForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "issue-forms", mixinStandardHelpOptions = true,
        description = "Writes the GitHub issue forms through which groups ask for their information, events and calls to"
                + " be put on the site (.github/ISSUE_TEMPLATE/group.yml, event.yml, opportunity.yml, config.yml), made"
                + " from the record classes and the site's activity fields and areas. Run it again after changing"
                + " data/categories.yaml or data/areas.yaml.")
final class IssueFormsCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (site.reportNotASite(err)) {
            return Main.USAGE_OR_IO;
        }
        BuildOptions options = site.options(null, true);
        Diagnostics diagnostics = new Diagnostics();
        Optional<Map<String, String>> files = IssueForm.files(options, diagnostics);
        if (files.isEmpty()) {
            BuildResult r = new BuildResult(false, diagnostics.list(), 0, 0, 0, Map.of(), Map.of());
            Reporting.diagnostics(r, options, err);
            return Main.CONTENT_ERRORS;
        }
        Path folder = site.siteDir().resolve(IssueForm.FOLDER);
        Files.createDirectories(folder);
        for (Map.Entry<String, String> f : files.get().entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        spec.commandLine().getOut().println(site.messages().format("cli.issueFormsWritten",
                site.siteDir().relativize(folder).toString().replace('\\', '/'), files.get().size()));
        return 0;
    }
}
