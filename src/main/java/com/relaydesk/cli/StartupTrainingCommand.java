package com.relaydesk.cli;

import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.Security;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.relay.EmbeddedRelay;
import com.relaydesk.relay.RunningRelay;
import com.relaydesk.relay.demo.DemoRelay;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code relaydesk startup-training} (hidden): the work {@code installer/relaydesk} runs once per
 * jar, in the background, while the JVM records the classes it loads into the class-data archive
 * every later command starts from. It syncs the demo world of the embedded relay into a temporary
 * folder (a first sync, a no-change sync and a verify), so the archive holds what a real sync
 * loads, whatever command the user happened to run first ({@code --version} alone would leave an
 * archive without the mail, MIME and cache classes, and every sync would load them from the jar).
 */
@Command(name = "startup-training", hidden = true,
        description = "Sync the embedded demo relay into a temporary folder (used to record the class-data archive).")
final class StartupTrainingCommand implements Callable<Integer> {

    @ParentCommand
    private RelayDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path temporary = Files.createTempDirectory("relaydesk-startup-training");
        try (RunningRelay relay = EmbeddedRelay.start(DemoRelay.config(DemoRelay.DEFAULT_SEED, 0, Instant.now())
                .withPorts(0, 0))) {
            DataFolder folder = DataFolder.at(temporary).ensureWritable();
            root.logFiles(folder);
            MailAccount account = MailAccount.of(relay.host(), relay.imapPort(), relay.sellerAddress(),
                    relay.sellerPassword(), Security.PLAIN);
            PrintWriter out = spec.commandLine().getOut();
            int code = SyncCommand.run(folder, relay.sellerAddress(), account, false, out);
            code = Math.max(code, SyncCommand.run(folder, relay.sellerAddress(), account, false, out));
            return Math.max(code, SyncCommand.run(folder, relay.sellerAddress(), account, true, out));
        } finally {
            ScratchFolders.deleteQuietly(temporary);
        }
    }
}
