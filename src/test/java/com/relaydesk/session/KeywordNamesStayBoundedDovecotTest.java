package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import com.relaydesk.model.MessageSummary;
import com.relaydesk.testing.HandClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
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
    @Order(2) // after GreenMail: when Dovecot is missing the class is skipped and GreenMail, started, stops cleanly
    static final DovecotExtension DOVECOT = new DovecotExtension();

    @RegisterExtension
    @Order(1)
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
        RaceDesktop anna = desktop("anna", "Anna Berg");
        RaceDesktop ben = desktop("ben", "Ben Cole");
        try {
            for (int n = 1; n <= MESSAGES; n++) {
                RaceDesktop who = n % 2 == 0 ? anna : ben;
                MessageSummary buyer = who.buyerMessage(order(n));
                who.session.claim(buyer.id());
                clock.advance(Duration.ofMinutes(1));
                who.session.release(buyer.id());
            }
            for (int n = 1; n <= MESSAGES; n++) {
                RaceDesktop who = n % 2 == 0 ? anna : ben;
                MessageSummary buyer = who.buyerMessage(order(n));
                who.session.claim(buyer.id());
                who.reply(buyer, "It ships today.", false);
                int sent = n / 2 + n % 2;
                waitUntil(() -> who.session.outbox().stream()
                        .filter(e -> e.state() == OutboxStore.State.ANSWERED).count() == sent);
                who.session.release(buyer.id());
                clock.advance(Duration.ofMinutes(1));
            }
            assertEquals("synced", anna.syncOnce());
            assertEquals("synced", ben.syncOnce());
        } finally {
            anna.close();
            ben.close();
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
    private RaceDesktop desktop(String name, String person) throws InterruptedException {
        MailAccount imap = DOVECOT.server().account(Security.PLAIN);
        MailAccount submit = imap.withEndpoint("127.0.0.1", smtp.getSmtp().getPort(), Security.PLAIN);
        RaceDesktop desktop = new RaceDesktop(dataDir.resolve(name + ".sqlite"), person,
                () -> new ImapBackend(imap, submit, new FetchedMessageFactory(), SyncTuning.defaults()), clock);
        assertEquals("synced", desktop.syncOnce());
        return desktop;
    }

    /** The order number in {@link TestMessages#buyerMessage}'s subject. */
    private static String order(int n) {
        return String.format("113-4455667-%07d", n);
    }
}
