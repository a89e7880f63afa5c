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
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.OrderImport;
import java.time.Clock;

/**
 * Offline demo mode: starts the embedded relay on free loopback ports and opens its seller
 * mailbox as the account, exactly as a real mailbox is opened — same sync, same cache.
 */
public final class DemoMailbox {

    private DemoMailbox() {
    }

    /** Starts the relay and a session on it; the session stops the relay when closed. */
    public static SyncedMailboxSession open(DataFolder folder, RelayConfig config, Clock clock) {
        RunningRelay relay = EmbeddedRelay.start(config);
        try {
            AccountCache cache = AccountCache.open(AccountCache.fileFor(folder, "demo." + relay.sellerAddress()),
                    relay.sellerAddress());
            // The demo's orders arrive as a seller's would: through the order report import.
            new OrderImport(cache.orders()).importFile(relay.ordersFile());
            MailAccount imap = MailAccount.of(relay.host(), relay.imapPort(), relay.sellerAddress(),
                    relay.sellerPassword(), Security.PLAIN);
            MailAccount smtp = imap.withEndpoint(relay.host(), relay.smtpPort(), Security.PLAIN);
            String label = "Offline demo · relay on " + relay.host() + ":" + relay.imapPort() + " · "
                    + relay.sellerAddress();
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
