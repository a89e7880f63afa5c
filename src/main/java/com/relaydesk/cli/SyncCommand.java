package com.relaydesk.cli;

import picocli.CommandLine.Command;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync a mailbox into the local cache without opening the window.")
final class SyncCommand extends NotYetAvailable {
}
