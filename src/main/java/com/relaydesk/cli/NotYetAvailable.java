package com.relaydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of a subcommand whose feature has not landed yet: it is listed in {@code --help}
 * so users and scripts can see what is coming, and exits with code 2 when run.
 */
abstract class NotYetAvailable implements Callable<Integer> {

    static final int EXIT_NOT_AVAILABLE = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("relaydesk " + spec.name() + ": not yet available in this version.");
        err.flush();
        return EXIT_NOT_AVAILABLE;
    }
}
