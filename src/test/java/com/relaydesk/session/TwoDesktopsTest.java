package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.inbox.ReplySender;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.AccountCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two desktops, separate caches, one mailbox: triage travels as server flags, replies are not doubled. */
class TwoDesktopsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private Desktop anna;
    private Desktop ben;

    @BeforeEach
    void twoDesktopsOnOneMailbox() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
        anna = new Desktop(dataDir.resolve("anna.sqlite"), "Anna Berg");
        ben = new Desktop(dataDir.resolve("ben.sqlite"), "Ben Cole");
    }

    @AfterEach
    void close() {
        anna.session.close();
        ben.session.close();
    }

    @Test
    void aMarkOnOneDesktopShowsOnTheOtherAfterItsNextSync() throws Exception {
        MessageSummary first = anna.responseNeeded().get(0);
        anna.session.triage().markNoResponseNeeded(first.id(), true);

        // a sync Ben had already started may end first: the mark arrives with the next one
        waitUntil(() -> {
            ben.session.syncNow();
            return ben.responseNeeded().size() == 1;
        });
        assertTrue(ben.responseNeeded().stream().noneMatch(row -> row.subject().equals(first.subject())));
    }

    @Test
    void whoMarkedAndRepliedIsKeptPerMessageAndExportsAsCsv() throws Exception {
        MessageSummary first = anna.responseNeeded().get(0);
        anna.session.triage().markNoResponseNeeded(first.id(), true);
        List<String> history = anna.session.history(first.id());
        assertEquals(1, history.size(), history.toString());
        assertTrue(history.get(0).endsWith("Anna Berg marked No Response Needed"), history.get(0));

        Path csv = dataDir.resolve("audit.csv");
        anna.session.exportAudit(csv);
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals("time,actor,action,message_id,detail", lines.get(0));
        assertTrue(lines.get(1).contains(",Anna Berg,noresponseneeded,<buyer-"), lines.get(1));
    }

    @Test
    void openingAReplyClaimsTheMessageSoTheOtherDesktopSeesWhoIsAnsweringUntilItIsReleased() throws Exception {
        MessageSummary annasView = anna.responseNeeded().get(0);
        MessageSummary bensView = ben.responseNeeded().stream()
                .filter(row -> row.subject().equals(annasView.subject())).findFirst().orElseThrow();
        assertEquals(Optional.empty(), ben.session.claimedBy(bensView.id()));

        anna.session.claim(annasView.id());
        waitUntil(() -> {
            ben.session.syncNow();
            return ben.session.claimedBy(bensView.id()).isPresent();
        });
        assertTrue(ben.session.claimedBy(bensView.id()).get().startsWith("Being answered by AB since "));
        assertEquals(Optional.empty(), anna.session.claimedBy(annasView.id()), "your own claim is no warning");

        anna.session.release(annasView.id());
        waitUntil(() -> {
            ben.session.syncNow();
            return ben.session.claimedBy(bensView.id()).isEmpty();
        });
    }

    @Test
    void csvFieldsWithCommasOrQuotesAreQuoted() {
        assertEquals("\"a, \"\"b\"\"\"", AuditTrail.csvField("a, \"b\""));
        assertEquals("plain", AuditTrail.csvField("plain"));
    }

    @Test
    void theSecondToReplyIsWarnedWithTheFirstReplyAndNothingGoesOutTwice() throws Exception {
        MessageSummary annasView = anna.responseNeeded().get(0);
        MessageSummary bensView = ben.responseNeeded().stream()
                .filter(row -> row.subject().equals(annasView.subject())).findFirst().orElseThrow();
        assertEquals(Optional.empty(), ben.session.replies().answeredElsewhere(bensView.id()),
                "nobody answered yet: no warning");

        anna.session.replies().send(new ReplySender.Reply(annasView.id(), annasView.buyerAlias(),
                "Re: " + annasView.subject(), "It ships today.", List.of(), annasView.orderId(), null));
        waitUntil(() -> anna.session.outbox().get(0).state() == com.relaydesk.mail.OutboxStore.State.ANSWERED);

        Optional<String> warning = ben.session.replies().answeredElsewhere(bensView.id());
        assertTrue(warning.isPresent(), "Ben is warned before sending");
        assertTrue(warning.get().contains("It ships today"), warning.get());
    }

    /** One RelayDesk desktop: its own cache, the shared server. */
    private static final class Desktop {
        final SyncedMailboxSession session;
        final BlockingQueue<String> synced = new LinkedBlockingQueue<>();

        Desktop(Path cacheFile, String person) throws InterruptedException {
            AccountCache cache = AccountCache.open(cacheFile, "seller@example.org");
            session = new SyncedMailboxSession("test", "seller@example.org", cache,
                    () -> GreenMailSeller.backend(greenMail),
                    Clock.systemUTC()).actingAs(person);
            session.addListener(new SessionListener() {
                @Override
                public void synced(Instant when) {
                    synced.add("synced");
                }
            });
            session.start();
            if (synced.poll(30, TimeUnit.SECONDS) == null) {
                throw new AssertionError("first sync did not finish");
            }
        }

        void syncAndWait() throws InterruptedException {
            synced.clear();
            session.syncNow();
            if (synced.poll(30, TimeUnit.SECONDS) == null) {
                throw new AssertionError("sync did not finish");
            }
        }

        List<MessageSummary> responseNeeded() {
            return session.queries().page(MailboxView.RESPONSE_NEEDED, null, 50);
        }
    }
}
