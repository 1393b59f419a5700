package org.tsunagu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tsunagu} command: build, check, serve, new, sample, links, report, issue-forms, import-issue. */
@Command(name = "tsunagu", mixinStandardHelpOptions = true, version = "tsunagu 0.1.0",
        description = "Builds the website of a citizen-activity support centre from YAML and Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
            SampleCommand.class, LinksCommand.class, ReportCommand.class, IssueFormsCommand.class,
            ImportIssueCommand.class})
public final class Main implements Runnable {

    /** Exit code: the content has errors. */
    public static final int CONTENT_ERRORS = 1;
    /** Exit code: wrong usage, or a file could not be read or written. */
    public static final int USAGE_OR_IO = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // Invalid usage already exits with 2; an I/O failure does too, with its message only.
        cl.setExecutionExceptionHandler((ex, command, parsed) -> {
            command.getErr().println("tsunagu: " + ex);
            return USAGE_OR_IO;
        });
        return cl;
    }

    public static void main(String[] args) {
        Optional<List<String>> vm = JavaOptions.of(args, JavaOptions.vmArguments(), System.getenv(),
                System.getProperty("os.name", ""), JavaOptions.hugePages());
        if (vm.isPresent()) {
            try {
                System.exit(JavaOptions.run(vm.get(), args));
            } catch (IOException e) {
                // No second VM could be started: the command runs in this one.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(USAGE_OR_IO);
            }
        }
        System.exit(commandLine().execute(args));
    }
}
