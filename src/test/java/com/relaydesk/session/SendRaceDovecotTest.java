package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.Capability;
import com.relaydesk.mail.DovecotExtension;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.OutboxStore.Entry;
import com.relaydesk.mail.OutboxStore.State;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.ServerHand;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.testing.LogRecorder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, "two replying at once → nothing goes out twice", closed on the server: two desktops
 * whose editors both found the buyer unanswered submit at the same moment. Dovecot (CONDSTORE)
 * holds the mailbox; GreenMail only receives the submitted mail, so the buyer's side can be counted.
 */
class SendRaceDovecotTest {

    private static final AtomicInteger BUYERS = new AtomicInteger(100);
    @RegisterExtension
    @Order(2) // after GreenMail: when Dovecot is missing the class is skipped and GreenMail, started, stops cleanly
    static final DovecotExtension DOVECOT = new DovecotExtension();

    @RegisterExtension
    @Order(1)
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", "secret"))
            .withPerMethodLifecycle(true);

    @TempDir
    Path dataDir;

    private final List<RaceDesktop> desktops = new java.util.ArrayList<>();
    /** What the guard and the sender said: a race that goes wrong once in many runs explains itself. */
    private final LogRecorder log = new LogRecorder(SendRaceGuard.class, OutboxSender.class, SyncedMailboxSession.class);

    @AfterEach
    void closeDesktops() {
        desktops.forEach(RaceDesktop::close);
        log.close();
    }

    @Test
    void twoDesktopsSendingAtTheSameMomentSubmitExactlyOneReplyAndHoldTheOtherNamingWhoAnswered() throws Exception {
        int n = newBuyerMessage();
        CountDownLatch bothRead = new CountDownLatch(2);
        RaceDesktop anna = desktop("anna", "Anna Berg", () -> new RendezvousBackend(imap(), bothRead));
        RaceDesktop ben = desktop("ben", "Ben Cole", () -> new RendezvousBackend(imap(), bothRead));
        MessageSummary annasView = anna.buyerMessage(order(n));
        MessageSummary bensView = ben.buyerMessage(order(n));
        assertEquals(Optional.empty(), anna.session.replies().answeredElsewhere(annasView.id()), "Anna's editor check passes");
        assertEquals(Optional.empty(), ben.session.replies().answeredElsewhere(bensView.id()), "so does Ben's");

        anna.reply(annasView, "Anna: it ships today.", false);
        ben.reply(bensView, "Ben: it ships tomorrow.", false);
        Entry annas = anna.settled();
        Entry bens = ben.settled();

        assertEquals(1, deliveredTo(annasView.buyerAlias()), () -> "the buyer gets one reply: " + annas + " / " + bens
                + "\n" + log.text());
        assertTrue(log.text().contains("(conditional store, unchanged since MODSEQ"),
                () -> "Dovecot has CONDSTORE: the answer is taken with a conditional store\n" + log.text());
        assertTrue(!log.text().contains("without a conditional store"), log::text);
        RaceDesktop loser = annas.state() == State.HELD ? anna : ben;
        RaceDesktop winner = loser == anna ? ben : anna;
        Entry held = loser.onlyOutboxEntry();
        assertEquals(State.ANSWERED, winner.onlyOutboxEntry().state(),
                () -> "the other one went out: " + annas + " / " + bens + "\n" + log.text());
        assertEquals(State.HELD, held.state());
        String winnerInitials = winner == anna ? "AB" : "BC";
        assertTrue(held.lastError().matches(winnerInitials + " answered this buyer at \\d\\d:\\d\\d — your reply was not sent\\."
                + " Open the Outbox to send it anyway or discard it\\."), held.lastError());

        loser.session.sendAnyway(held.messageId());
        waitUntil(() -> loser.onlyOutboxEntry().state() == State.ANSWERED);
        assertEquals(2, deliveredTo(annasView.buyerAlias()), "send anyway sends it");
    }

    @Test
    void theServerRefusesTheSecondConditionalStoreOfTwoThatReadTheSameModseq() throws Exception {
        int n = newBuyerMessage();
        try (ImapBackend first = imap(); ImapBackend second = imap()) {
            first.connect();
            second.connect();
            assertTrue(first.capabilities().contains(Capability.CONDSTORE), "Dovecot has CONDSTORE");
            long uid = first.findByMessageId("INBOX", "<buyer-" + n + "@relay.test>")[0];
            long modSeq = first.flagState("INBOX", uid).orElseThrow().modSeq();
            assertEquals(modSeq, second.flagState("INBOX", uid).orElseThrow().modSeq());

            assertTrue(first.addFlagsIfUnchanged("INBOX", uid, modSeq, java.util.Set.of("\\Answered", "$RDAnswer_AB")));
            assertEquals(false, second.addFlagsIfUnchanged("INBOX", uid, modSeq, java.util.Set.of("\\Answered", "$RDAnswer_BC")));
            assertEquals(java.util.Set.of("\\Answered", "$RDAnswer_AB"),
                    second.flagState("INBOX", uid).orElseThrow().flags());
        }
    }

    /**
     * The guarantee the guard rests on, under real concurrency rather than one store after the
     * other: two sessions that read the same MODSEQ store at the same instant, and every time
     * exactly one wins. Each round uses a folder that has never had the two keywords, as a mailbox
     * has before a person's first reply: there Dovecot let both stores win in 2–4 of 150 races until
     * the names were brought in first ({@code ensureKeywordsKnown}, as the guard does).
     */
    @Test
    void ofTwoConditionalStoresSentAtTheSameInstantExactlyOneWinsEveryTimeEvenWithKeywordsNewToTheFolder()
            throws Exception {
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (ImapBackend first = imap(); ImapBackend second = imap()) {
            first.connect();
            second.connect();
            for (int round = 0; round < 100; round++) {
                String folder = "Race" + round;
                int n = BUYERS.incrementAndGet();
                try (ServerHand hand = DOVECOT.server().hand()) {
                    hand.createFolder(folder);
                    hand.append(folder, TestMessages.buyerMessage(n));
                }
                long uid = first.findByMessageId(folder, "<buyer-" + n + "@relay.test>")[0];
                first.ensureKeywordsKnown(folder, uid, java.util.Set.of("$RDAnswer_AB"));
                second.ensureKeywordsKnown(folder, uid, java.util.Set.of("$RDAnswer_BC"));
                long modSeq = first.flagState(folder, uid).orElseThrow().modSeq();
                assertEquals(modSeq, second.flagState(folder, uid).orElseThrow().modSeq());
                assertEquals(java.util.Set.of(), first.flagState(folder, uid).orElseThrow().flags(),
                        "bringing the names in leaves no keyword on the message");
                java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(2);
                var firstWon = both.submit(() -> {
                    go.await();
                    return first.addFlagsIfUnchanged(folder, uid, modSeq, java.util.Set.of("\\Answered", "$RDAnswer_AB"));
                });
                var secondWon = both.submit(() -> {
                    go.await();
                    return second.addFlagsIfUnchanged(folder, uid, modSeq, java.util.Set.of("\\Answered", "$RDAnswer_BC"));
                });
                boolean a = firstWon.get(30, java.util.concurrent.TimeUnit.SECONDS);
                boolean b = secondWon.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(a ^ b, "round " + round + ": exactly one store wins, not " + (a ? "both" : "neither"));
                String winner = a ? "$RDAnswer_AB" : "$RDAnswer_BC";
                assertEquals(java.util.Set.of("\\Answered", winner), first.flagState(folder, uid).orElseThrow().flags());
            }
        } finally {
            both.shutdownNow();
        }
    }

    private RaceDesktop desktop(String name, String person, Supplier<MailBackend> connector) throws Exception {
        RaceDesktop desktop = new RaceDesktop(dataDir.resolve(name + ".sqlite"), person, connector);
        desktops.add(desktop);
        assertEquals("synced", desktop.syncOnce());
        return desktop;
    }

    private ImapBackend imap() {
        MailAccount imap = DOVECOT.server().account(Security.PLAIN);
        MailAccount submit = imap.withEndpoint("127.0.0.1", smtp.getSmtp().getPort(), Security.PLAIN);
        return new ImapBackend(imap, submit, new FetchedMessageFactory(), SyncTuning.defaults());
    }

    /** A buyer message of its own for each test, on the one Dovecot of this class. */
    private static int newBuyerMessage() throws Exception {
        int n = BUYERS.incrementAndGet();
        try (ServerHand hand = DOVECOT.server().hand()) {
            hand.append("INBOX", TestMessages.buyerMessage(n));
        }
        return n;
    }

    private static String order(int n) {
        return String.format("113-4455667-%07d", n);
    }

    private static int deliveredTo(String alias) throws Exception {
        GreenMailUser buyer = smtp.getUserManager().getUserByEmail(alias);
        return buyer == null ? 0 : smtp.getManagers().getImapHostManager().getInbox(buyer).getMessageCount();
    }
}
