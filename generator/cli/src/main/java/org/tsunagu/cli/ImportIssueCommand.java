package org.tsunagu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.Messages;
import org.tsunagu.issues.IssueForm;
import org.tsunagu.issues.IssueImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-issue", mixinStandardHelpOptions = true,
        description = "Writes the record asked for in an issue made from one of the issue forms (tsunagu issue-forms):"
                + " data/<kind>/<slug>.yaml, after checking it as tsunagu check does. Exit code 0: written,"
                + " 1: the answers have errors (nothing written), 2: usage, an existing file without --update, or I/O.")
final class ImportIssueCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--body", description = "The file with the issue's body (Markdown, as GitHub shows it); - for the standard input.")
    String body;

    @Option(names = "--kind", description = "group, event or opportunity. Default: from --label, else --title, else the body's questions.")
    String kind;

    @Option(names = "--label", split = ",", description = "The issue's labels (団体情報, イベント, ボランティア募集 tell the kind).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--title", description = "The issue's title ([団体情報] …, [イベント] …, [募集] … tell the kind).")
    String title;

    @Option(names = "--slug", description = "The file name (a-z, 0-9, -). Default: the existing record of the same name,"
            + " else made from the reading.")
    String slug;

    @Option(names = "--update", description = "Replace an existing file; the questions left empty keep its values.")
    boolean update;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Messages m = site.messages();
        if (body == null) {
            err.println(m.format("cli.importNoBody"));
            return Main.USAGE_OR_IO;
        }
        if (site.reportNotASite(err)) {
            return Main.USAGE_OR_IO;
        }
        String text = body.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(body), StandardCharsets.UTF_8);
        Optional<IssueForm.Kind> k = kind != null ? IssueForm.kind(kind) : IssueImport.detect(labels, title, text);
        if (k.isEmpty()) {
            err.println(m.format("cli.importNoKind"));
            return Main.USAGE_OR_IO;
        }
        BuildOptions options = site.options(null, true);
        String name = body.equals("-") ? "issue" : Path.of(body).getFileName().toString();
        IssueImport.Result r = IssueImport.run(options, k.get(), text, name, slug, update);
        if (!r.diagnostics().isEmpty()) {
            err.print(IssueImport.format(r.diagnostics(), text, k.get(), site.locale()));
            long errors = r.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println(m.format("cli.summary", errors, r.diagnostics().size() - errors));
        }
        switch (r.outcome()) {
            case WRITTEN -> {
                spec.commandLine().getOut().println(m.format("cli.importWritten", r.file()));
                return 0;
            }
            case INVALID -> {
                err.println(m.format("cli.importNotWritten", r.file()));
                return Main.CONTENT_ERRORS;
            }
            default -> {
                err.println(m.format(r.refusal(), r.refusalArgs()));
                return Main.USAGE_OR_IO;
            }
        }
    }
}
