package com.relaydesk.cli;

import picocli.CommandLine.Command;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check a message against the relay rules before sending it.")
final class LintCommand extends NotYetAvailable {
}
