package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.testing.HandClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three RelayDesk desktops — each its own data folder and SQLite cache, each a different
 * assistant — on one mailbox, coordinated through the server alone. The desktops sync only when
 * asked (no IDLE), so "after one sync" means exactly that; time is one hand-moved clock.
 */
class ThreeDesktopsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path root;

    // The next whole minute of real time: the buyer messages arrive now (their received time sorts them), so a
    // fixed start went before them once the wall clock passed it, and replies then seemed older than the questions.
    private final HandClock clock = new HandClock(Instant.now().plus(Duration.ofMinutes(1))
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    private Desktop anna;
    private Desktop ben;
    private Desktop cara;

    @BeforeEach
    void threeDesktopsOnOneMailbox() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        for (int n = 1; n <= 4; n++) {
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(n));
        }
        anna = new Desktop(root.resolve("anna"), "Anna Berg");
        ben = new Desktop(root.resolve("ben"), "Ben Cole");
        cara = new Desktop(root.resolve("cara"), "Cara Diaz");
    }

    @AfterEach
    void close() {
        for (Desktop desktop : List.of(anna, ben, cara)) {
            desktop.session.close();
        }
    }

    @Test
    void aMarkOnOneDesktopShowsOnBothOthersAfterOneSyncEach() throws Exception {
        MessageSummary first = anna.row(1);
        anna.session.triage().markNoResponseNeeded(first.id(), true);

        ben.syncOnce();
        cara.syncOnce();

        for (Desktop other : List.of(ben, cara)) {
            assertEquals(Set.of(2, 3, 4), other.responseNeeded(), other.person);
            assertEquals(Set.of(1), other.numbers(MailboxView.NO_RESPONSE_NEEDED), other.person);
        }
    }

    @Test
    void twoReplyingAtOnceTheSecondIsWarnedBeforeSendingAndTheBuyerGetsOneReply() throws Exception {
        // Anna and Ben open the same buyer message at the same time; Cara is watching.
        anna.session.claim(anna.row(1).id());
        ben.session.claim(ben.row(1).id());
        cara.syncOnce();
        assertTrue(cara.session.claimedBy(cara.row(1).id()).orElseThrow().startsWith("Being answered by "));

        // Anna sends first: the pre-send check finds nobody else answered.
        assertEquals(Optional.empty(), anna.session.replies().answeredElsewhere(anna.row(1).id()));
        anna.reply(1, "Your parcel left our workshop today.");
        waitUntil(() -> anna.session.outbox().get(0).state() == OutboxStore.State.ANSWERED);

        // Ben presses Send a moment later: the same check, run before anything leaves, warns him.
        Optional<String> warning = ben.session.replies().answeredElsewhere(ben.row(1).id());
        assertTrue(warning.isPresent(), "Ben is warned before sending");
        assertTrue(warning.get().contains("Your parcel left our workshop today"), warning.get());
        assertEquals(List.of(), ben.session.outbox(), "Ben sent nothing");

        assertEquals(1, deliveredTo(anna.row(1).buyerAlias()), "the buyer received one reply");
        cara.syncOnce();
        assertEquals(1, cara.numbers(MailboxView.SENT).size(), "one reply in Sent, seen from the third desktop");
        assertEquals(Set.of(2, 3, 4), cara.responseNeeded());
    }

    @Test
    void aClaimTimesOutAfterFifteenMinutesAndIsReleasedForTheOthers() throws Exception {
        anna.session.claim(anna.row(2).id());
        ben.syncOnce();
        cara.syncOnce();
        assertEquals(Optional.of("Being answered by AB since " + localTime(clock.instant())),
                ben.session.claimedBy(ben.row(2).id()));
        assertTrue(cara.session.claimedBy(cara.row(2).id()).isPresent());
        assertEquals(java.util.Map.of(ben.row(2).id(), "AB"), ben.session.claimedByOthers(), "the list marks the row");
        assertEquals(java.util.Map.of(), anna.session.claimedByOthers(), "Anna's own claim is no warning to her");

        clock.advance(Duration.ofMinutes(14));
        assertTrue(ben.session.claimedBy(ben.row(2).id()).isPresent(), "still held at 14 minutes");

        clock.advance(Duration.ofMinutes(2)); // Anna's desktop crashed: her keyword stays on the server
        assertEquals(Optional.empty(), ben.session.claimedBy(ben.row(2).id()));
        assertEquals(Optional.empty(), cara.session.claimedBy(cara.row(2).id()));
        assertEquals(java.util.Map.of(), cara.session.claimedByOthers(), "timed out: the row is free again");

        ben.session.claim(ben.row(2).id()); // free to take over
        cara.syncOnce();
        assertEquals(Optional.of("Being answered by BC since " + localTime(clock.instant())),
                cara.session.claimedBy(cara.row(2).id()));

        anna.syncOnce(); // Anna's desktop is back: it takes its own timed-out claim off the server
        assertEquals(Set.of("$RDClaim_BC"), claimsOnServer(2));
    }

    @Test
    void claimingAgainRenewsTheClaimOnTheDesktopThatMadeIt() throws Exception {
        anna.session.claim(anna.row(3).id());
        clock.advance(Duration.ofMinutes(10));
        anna.session.claim(anna.row(3).id()); // the editor opened again
        clock.advance(Duration.ofMinutes(10));
        anna.syncOnce();
        assertEquals(Set.of("$RDClaim_AB"), claimsOnServer(3), "20 minutes after the first claim, 10 after the renewal");
        clock.advance(Duration.ofMinutes(6));
        anna.syncOnce();
        assertEquals(Set.of(), claimsOnServer(3), "timed out 16 minutes after the renewal");
    }

    @Test
    void aDesktopThatWasOfflineCatchesUpOnItsNextSyncWithTheSameState() throws Exception {
        cara.session.close(); // Cara's computer is off

        anna.session.triage().markNoResponseNeeded(anna.row(2).id(), true);
        ben.session.triage().report(ben.row(4).id(), true);
        ben.session.claim(ben.row(3).id());
        anna.reply(1, "Your parcel left our workshop today.");
        waitUntil(() -> anna.session.outbox().get(0).state() == OutboxStore.State.ANSWERED);
        anna.syncOnce();
        ben.syncOnce();

        cara = new Desktop(root.resolve("cara"), "Cara Diaz"); // the same cache, one sync
        for (MailboxView view : List.of(MailboxView.RESPONSE_NEEDED, MailboxView.NO_RESPONSE_NEEDED,
                MailboxView.REPORTED)) {
            assertEquals(anna.numbers(view), cara.numbers(view), view.title());
            assertEquals(ben.numbers(view), cara.numbers(view), view.title());
        }
        assertEquals(Set.of(3), cara.responseNeeded());
        assertEquals(Set.of(2), cara.numbers(MailboxView.NO_RESPONSE_NEEDED));
        assertEquals(Set.of(4), cara.numbers(MailboxView.REPORTED));
        assertEquals(1, cara.session.queries().page(MailboxView.SENT, null, 50).size());
        assertTrue(cara.session.claimedBy(cara.row(3).id()).orElseThrow().startsWith("Being answered by BC"));
    }

    /** The claim keywords on buyer message {@code n} on the server now. */
    private static Set<String> claimsOnServer(int n) {
        try (ImapBackend hand = GreenMailSeller.backend(greenMail)) {
            hand.connect();
            long uid = hand.findByMessageId("INBOX", "<buyer-" + n + "@relay.test>")[0];
            return hand.flagState("INBOX", uid).orElseThrow().flags().stream()
                    .filter(k -> k.startsWith("$RDClaim_")).collect(Collectors.toSet());
        }
    }

    private static int deliveredTo(String alias) throws Exception {
        GreenMailUser buyer = greenMail.getUserManager().getUserByEmail(alias);
        return buyer == null ? 0 : greenMail.getManagers().getImapHostManager().getInbox(buyer).getMessageCount();
    }

    private static String localTime(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(at);
    }

    /** One desktop: its own data folder and cache, one assistant, the shared server. */
    private final class Desktop {
        final String person;
        final SyncedMailboxSession session;
        private final RaceDesktop desktop;

        Desktop(Path dataFolder, String person) throws InterruptedException {
            this.person = person;
            this.desktop = new RaceDesktop(dataFolder.resolve("cache.sqlite"), person,
                    () -> GreenMailSeller.backend(greenMail), clock);
            this.session = desktop.session;
            syncOnce(); // not start(): no IDLE, so nothing syncs unless the test asks
        }

        void syncOnce() throws InterruptedException {
            assertEquals("synced", desktop.syncOnce(), person);
        }

        void reply(int n, String text) {
            desktop.reply(row(n), text, false);
        }

        /** The buyer message {@code n} of {@link TestMessages#buyerMessage}, as this desktop's cache knows it. */
        MessageSummary row(int n) {
            return session.queries().page(MailboxView.ALL, null, 50).stream()
                    .filter(row -> number(row) == n).findFirst().orElseThrow();
        }

        Set<Integer> responseNeeded() {
            return numbers(MailboxView.RESPONSE_NEEDED);
        }

        Set<Integer> numbers(MailboxView view) {
            return session.queries().page(view, null, 50).stream().map(ThreeDesktopsTest::number)
                    .collect(Collectors.toSet());
        }
    }

    /** The n of "buyer000000n@…"; the seller's replies (to an alias) count as the buyer's number too. */
    private static int number(MessageSummary row) {
        return Integer.parseInt(row.subject().replaceAll(".*-(\\d{7})\\).*", "$1"));
    }
}
