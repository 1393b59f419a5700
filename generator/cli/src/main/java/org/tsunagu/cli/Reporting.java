package org.tsunagu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.DiagnosticPrinter;
import org.tsunagu.core.check.Messages;

/** Prints a build's diagnostics and summary the same way for every command. */
final class Reporting {

    private Reporting() {
    }

    static void diagnostics(BuildResult r, BuildOptions o, PrintWriter err) {
        diagnostics(r, o, err, null, "text");
    }

    /**
     * Prints the diagnostics as text on {@code err}, and with {@code format} "github" also as
     * GitHub Actions workflow commands on {@code out}, one per problem, which GitHub shows on the
     * line of the pull request's file that has it. Paths are given from the current folder (the
     * repository's root in a workflow).
     */
    static void diagnostics(BuildResult r, BuildOptions o, PrintWriter err, PrintWriter out, String format) {
        if ("github".equals(format) && out != null) {
            Path here = Path.of("").toAbsolutePath();
            for (Diagnostic d : r.diagnostics()) {
                String file = here.relativize(o.siteDir().resolve(d.file()).normalize()).toString().replace('\\', '/');
                String hint = d.hint(o.locale());
                out.println(githubAnnotation(d.isError() ? "error" : "warning", file, d.line(), d.column(), d.key(),
                        d.message(o.locale()) + (hint == null ? "" : "\n" + hint)));
            }
            out.flush();
        }
        if (!r.diagnostics().isEmpty()) {
            err.print(new DiagnosticPrinter(o.siteDir(), o.locale()).format(r.diagnostics()));
            long errors = r.diagnostics().stream().filter(d -> d.isError()).count();
            err.println(Messages.get(o.locale()).format("cli.summary", errors, r.diagnostics().size() - errors));
            err.flush();
        }
    }

    static int exitCode(BuildResult r) {
        return r.hasErrors() ? Main.CONTENT_ERRORS : 0;
    }

    /** One workflow command: {@code ::error file=F,line=L,col=C,title=T::message}, escaped as GitHub asks. */
    static String githubAnnotation(String level, String file, int line, int column, String title, String message) {
        StringBuilder sb = new StringBuilder("::").append(level).append(" file=").append(property(file));
        if (line > 0) {
            sb.append(",line=").append(line);
        }
        if (column > 0) {
            sb.append(",col=").append(column);
        }
        return sb.append(",title=").append(property(title)).append("::").append(data(message)).toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
