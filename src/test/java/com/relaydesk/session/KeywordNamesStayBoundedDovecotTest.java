package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.inbox.ReplySender;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.mail.DovecotExtension;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.SelectedKeywords;
import com.relaydesk.mail.ServerHand;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.AccountCache;
import com.relaydesk.testing.HandClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's keyword names, on a real server: Dovecot keeps every keyword name a mailbox ever
 * carried and lists them all in FLAGS and PERMANENTFLAGS on each folder open (Gmail shows each as a
 * label). Two assistants make 20 claims and releases and send 20 replies, a minute apart on a
 * hand-moved clock; the folder's list may grow only by the fixed names of those two profiles.
 */
class KeywordNamesStayBoundedDovecotTest {

    private static final int MESSAGES = 20;
    /** $RDClaim_<initials> and $RDAnswer_<initials>, for each of the two profiles. */
    private static final int NAMES_PER_PROFILE = 2;

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", "secret"))
            .withPerMethodLifecycle(false);

    @TempDir
    Path dataDir;

    private final HandClock clock = new HandClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));

    @Test
    void twentyClaimsAndTwentyRepliesAddOnlyTheFixedNamesOfTheTwoProfilesToTheFolder() throws Exception {
        try (ServerHand hand = DOVECOT.server().hand()) {
            for (int n = 1; n <= MESSAGES; n++) {
                hand.append("INBOX", TestMessages.buyerMessage(n));
            }
        }
        Set<String> before = keywords();
        Desktop anna = new Desktop("anna", "Anna Berg");
        Desktop ben = new Desktop("ben", "Ben Cole");
        try {
            for (int n = 1; n <= MESSAGES; n++) {
                Desktop who = n % 2 == 0 ? anna : ben;
                MessageSummary buyer = who.row(n);
                who.session.claim(buyer.id());
                clock.advance(Duration.ofMinutes(1));
                who.session.release(buyer.id());
            }
            for (int n = 1; n <= MESSAGES; n++) {
                Desktop who = n % 2 == 0 ? anna : ben;
                MessageSummary buyer = who.row(n);
                who.session.claim(buyer.id());
                who.reply(buyer);
                int sent = n / 2 + n % 2;
                waitUntil(() -> who.session.outbox().stream()
                        .filter(e -> e.state() == OutboxStore.State.ANSWERED).count() == sent);
                who.session.release(buyer.id());
                clock.advance(Duration.ofMinutes(1));
            }
            anna.syncOnce();
            ben.syncOnce();
        } finally {
            anna.session.close();
            ben.session.close();
        }

        Set<String> added = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        added.addAll(keywords());
        added.removeAll(before);
        assertTrue(added.size() <= 2 * NAMES_PER_PROFILE, "keyword names added to INBOX: " + added);
        assertEquals(MESSAGES, smtp.getReceivedMessages().length, "every reply went out once");
    }

    private static Set<String> keywords() throws Exception {
        return SelectedKeywords.of(DOVECOT.server().port(), "seller", "secret", "INBOX");
    }

    /** One desktop: its own cache, one assistant, Dovecot for the mailbox and GreenMail for submission. */
    private final class Desktop {
        final SyncedMailboxSession session;
        final BlockingQueue<String> synced = new LinkedBlockingQueue<>();

        Desktop(String name, String person) throws InterruptedException {
            AccountCache cache = AccountCache.open(dataDir.resolve(name + ".sqlite"), "seller@example.org");
            MailAccount imap = DOVECOT.server().account(Security.PLAIN);
            MailAccount submit = imap.withEndpoint("127.0.0.1", smtp.getSmtp().getPort(), Security.PLAIN);
            session = new SyncedMailboxSession("test", "seller@example.org", cache,
                    () -> new ImapBackend(imap, submit, new FetchedMessageFactory(), SyncTuning.defaults()), clock)
                    .actingAs(person);
            session.addListener(new SessionListener() {
                @Override
                public void synced(Instant when) {
                    synced.add("synced");
                }

                @Override
                public void failed(String message) {
                    synced.add("failed: " + message);
                }
            });
            syncOnce();
        }

        void syncOnce() throws InterruptedException {
            synced.clear();
            session.syncNow();
            assertEquals("synced", synced.poll(30, TimeUnit.SECONDS));
        }

        void reply(MessageSummary buyer) {
            session.replies().send(new ReplySender.Reply(buyer.id(), buyer.buyerAlias(), "Re: " + buyer.subject(),
                    "It ships today.", List.of(), buyer.orderId(), null));
        }

        MessageSummary row(int n) {
            String order = String.format("113-4455667-%07d", n);
            return session.queries().page(MailboxView.ALL, null, 200).stream()
                    .filter(row -> row.buyerAlias() != null && row.subject().contains(order))
                    .findFirst().orElseThrow(() -> new AssertionError("no buyer message " + n));
        }
    }
}
