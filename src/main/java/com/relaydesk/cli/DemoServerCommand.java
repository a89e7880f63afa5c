package com.relaydesk.cli;

import picocli.CommandLine.Command;

@Command(name = "demo-server", mixinStandardHelpOptions = true,
        description = "Run the offline relay (IMAP + SMTP on loopback) with a simulated demo world.")
final class DemoServerCommand extends NotYetAvailable {
}
