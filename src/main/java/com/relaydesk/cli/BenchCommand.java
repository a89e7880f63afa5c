package com.relaydesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code relaydesk bench}: a parent; each measured part is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure sync and cache speed and print the figures.",
        subcommands = {BenchSyncCommand.class, BenchLintCommand.class, BenchCacheCommand.class, BenchRelayCommand.class,
            BenchSpellingCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to measure, e.g. relaydesk bench sync --help (or lint, cache, relay)");
    }
}
