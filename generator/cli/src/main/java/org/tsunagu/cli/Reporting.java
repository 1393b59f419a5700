package org.tsunagu.cli;

import java.io.PrintWriter;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.DiagnosticPrinter;
import org.tsunagu.core.check.Messages;

/** Prints a build's diagnostics and summary the same way for every command. */
final class Reporting {

    private Reporting() {
    }

    static void diagnostics(BuildResult r, BuildOptions o, PrintWriter err) {
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
}
