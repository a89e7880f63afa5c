package com.relaydesk.session;

import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.relay.EmbeddedRelay;
import com.relaydesk.relay.RelayConfig;
import com.relaydesk.relay.RunningRelay;
import com.relaydesk.relay.demo.DemoRelay;
import com.relaydesk.relay.demo.DemoSnapshotFile;
import com.relaydesk.relay.demo.DemoWorld;
import com.relaydesk.relay.demo.SavedDemo;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.OrderImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Offline demo mode: starts the embedded relay on free loopback ports and opens its seller
 * mailbox as the account, exactly as a real mailbox is opened — same sync, same cache.
 */
public final class DemoMailbox {

    private DemoMailbox() {
    }

    /** Where the app's demo is kept between runs, in the data folder. */
    public static Path snapshotFile(DataFolder folder) {
        return folder.root().resolve("demo").resolve("relay.snapshot");
    }

    /** The app's demo: the world of the default seed, kept in the data folder from one run to the next. */
    public static SavedDemo saved(DataFolder folder) {
        return new SavedDemo(new DemoSnapshotFile(snapshotFile(folder)), DemoRelay.DEFAULT_SEED,
                DemoRelay.DEFAULT_INQUIRIES_PER_HOUR, Clock.systemUTC(), SavedDemo.SAVE_EVERY);
    }

    /**
     * "Start the demo over", with the demo closed: forgets the saved world, and the demo cache's
     * replies, drafts and delivery status, which would otherwise match the fresh world's messages.
     */
    public static void startOver(DataFolder folder, SavedDemo demo) throws java.io.IOException {
        demo.discard();
        Path cacheFile = AccountCache.fileFor(folder, "demo." + DemoWorld.SELLER_ADDRESS);
        if (Files.exists(cacheFile)) {
            try (AccountCache cache = AccountCache.open(cacheFile, DemoWorld.SELLER_ADDRESS)) {
                cache.forgetReplyHistory();
            }
        }
    }

    /** Starts the relay and a session on it; the session stops the relay when closed. Nothing is kept. */
    public static SyncedMailboxSession open(DataFolder folder, RelayConfig config, Clock clock) {
        return open(folder, EmbeddedRelay.start(config), config, "Offline demo", clock);
    }

    /**
     * Goes on with the saved demo (or starts it); the session saves it and stops the relay when
     * closed. When the saved demo could not be used, the label says so.
     */
    public static SyncedMailboxSession open(DataFolder folder, SavedDemo demo, Clock clock) {
        SavedDemo.Started started = demo.start();
        String label = started.notice().map(notice -> "Offline demo (" + notice + ")").orElse("Offline demo");
        return open(folder, started.relay(), started.config(), label, clock);
    }

    private static SyncedMailboxSession open(DataFolder folder, RunningRelay relay, RelayConfig config, String name,
            Clock clock) {
        try {
            AccountCache cache = AccountCache.open(AccountCache.fileFor(folder, "demo." + relay.sellerAddress()),
                    relay.sellerAddress());
            // The demo's orders arrive as a seller's would: through the order report import.
            new OrderImport(cache.orders()).importFile(relay.ordersFile());
            MailAccount imap = MailAccount.of(relay.host(), relay.imapPort(), relay.sellerAddress(),
                    relay.sellerPassword(), Security.PLAIN);
            MailAccount smtp = imap.withEndpoint(relay.host(), relay.smtpPort(), Security.PLAIN);
            String label = name + " · relay on " + relay.host() + ":" + relay.imapPort() + " · " + relay.sellerAddress();
            return new SyncedMailboxSession(label, relay.sellerAddress(), cache,
                    () -> new ImapBackend(imap, smtp, new FetchedMessageFactory(), SyncTuning.defaults()).loginAhead(), clock)
                    .closing(relay)
                    .withSellerName(config.world().seller().name())
                    .asDemo();
        } catch (RuntimeException e) {
            relay.close();
            throw e;
        }
    }
}
