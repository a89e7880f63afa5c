package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.mail.CommandRecordingProxy;
import com.relaydesk.mail.DovecotExtension;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.ServerHand;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.model.MailboxView;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's push flow against Dovecot, read off the wire: new mail the IDLE connection hears is
 * stored over that connection, and no connection of the session opens INBOX again for it (the
 * round that follows still syncs Sent and tells the listeners).
 */
class PushDovecotTest {

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();

    @TempDir
    Path dataDir;

    private CommandRecordingProxy proxy;
    private SessionUnderTest app;
    private ServerHand server;

    @BeforeEach
    void start() throws Exception {
        server = DOVECOT.server().hand();
        server.append("INBOX", TestMessages.buyerMessages(1, 3));
        proxy = new CommandRecordingProxy(DOVECOT.server().port());
        MailAccount imap = MailAccount.of("127.0.0.1", proxy.port(), "seller", "secret", Security.PLAIN);
        app = SessionUnderTest.open(dataDir,
                () -> new ImapBackend(imap, null, new FetchedMessageFactory(), SyncTuning.defaults()).loginAhead()).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        server.close();
        proxy.close();
    }

    private int responseNeeded() {
        return app.session.queries().counts().getOrDefault(MailboxView.RESPONSE_NEEDED, 0);
    }

    private List<String> inboxOpens() {
        return proxy.opened().stream().filter(o -> o.endsWith(" INBOX")).toList();
    }

    /**
     * Waits out the start's full sync rounds: the one start() asks for, and the one the watcher asks
     * for once connected, which queues behind it when it comes while the first runs.
     */
    private void settle() throws InterruptedException {
        List<String> seen;
        do {
            seen = proxy.opened();
            Thread.sleep(1000);
        } while (!seen.equals(proxy.opened()));
    }

    @Test
    void newMailPushedDuringIdleReachesResponseNeededWithoutTheSessionOpeningInboxAgain() throws Exception {
        waitUntil(() -> proxy.connections().stream().anyMatch(c -> !c.isEmpty() && c.get(c.size() - 1).equals("IDLE")));
        settle();
        int before = responseNeeded();
        List<String> opens = inboxOpens();
        app.events.clear();

        server.append("INBOX", TestMessages.buyerMessages(3, 5));

        waitUntil(() -> responseNeeded() == before + 2);
        assertEquals("synced", app.events.next(30), "the round after the push still ends as a sync does");
        assertEquals(opens, inboxOpens(), "INBOX was not opened again for the pushed mail: " + proxy.opened());
    }
}
