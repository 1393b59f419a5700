package org.tsunagu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** A run of the command line in the test's own process: its exit code and what it printed. */
record Run(int code, String out, String err) {

    /** Runs {@code tsunagu} with these arguments. */
    static Run of(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
