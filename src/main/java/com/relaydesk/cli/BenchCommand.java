package com.relaydesk.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure sync and cache speed and print the figures.")
final class BenchCommand extends NotYetAvailable {
}
