package com.relaydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The relaydesk command line as a user runs it, its output and errors kept for the test (no window opens). */
public final class TestCommandLine {

    private TestCommandLine() {
    }

    /** Runs {@code args} and returns the exit code. */
    public static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = RelayDeskCli.create((folder, log) -> 0);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
