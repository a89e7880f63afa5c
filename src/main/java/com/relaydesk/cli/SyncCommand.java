package com.relaydesk.cli;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.store.AccountCache;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code relaydesk sync}: INBOX and Sent into the account's cache, headless. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync a mailbox (INBOX and Sent) into the local cache without opening the window.",
        footer = {"", "Example: RD_PASS=... relaydesk sync --host imap.example.org --user me@example.org --password-env RD_PASS"})
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    private RelayDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Mixin
    private OAuthOption oauth;

    @Option(names = "--verify", description = "Do not download: compare the cache with the server (messages by UID, and their flags) and print messages=N "
            + "(exit 3 when they differ).")
    private boolean verify;

    @Override
    public Integer call() {
        DataFolder folder = root.dataFolder();
        root.logFiles(folder);
        PrintWriter out = spec.commandLine().getOut();
        MailAccount account = oauth.used() ? oauth.account(server, folder, out) : server.account();
        return run(folder, server.accountAddress(), account, verify, out);
    }

    /**
     * Syncs the account into its cache in {@code folder} (with {@code verify}, only compares the
     * two); returns the exit code. The start-up training runs this same path.
     */
    static int run(DataFolder folder, String accountAddress, MailAccount account, boolean verify, PrintWriter out) {
        try (CacheOpening opening = new CacheOpening(folder, accountAddress);
                ImapBackend backend = new ImapBackend(account)) {
            backend.connect();  // meanwhile the cache opens
            try (AccountCache cache = opening.get()) {
                return verify ? new CacheCheck(cache.sync(), backend).print(out) : sync(cache, backend, out);
            }
        }
    }

    private static int sync(AccountCache cache, ImapBackend backend, PrintWriter out) {
        long start = System.nanoTime();
        List<FolderSyncResult> results = new MailSync(cache.sync())
                .syncAll(backend, new ProgressBar(out, System.console() != null), new CancellationToken());
        double seconds = (System.nanoTime() - start) / 1e9;
        long added = results.stream().mapToLong(FolderSyncResult::added).sum();
        long bytes = results.stream().mapToLong(FolderSyncResult::bytes).sum();
        out.println(String.format(Locale.ROOT, "Synced %d new messages (%.1f MB) in %.2f s; cache: %s",
                added, bytes / 1e6, seconds, cache.file()));
        out.flush();
        return 0;
    }
}
