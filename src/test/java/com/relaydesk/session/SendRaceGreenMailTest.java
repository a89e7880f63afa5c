package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.Capability;
import com.relaydesk.mail.OutboxStore.Entry;
import com.relaydesk.mail.OutboxStore.State;
import com.relaydesk.mail.RefusingSmtp;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.model.MessageSummary;
import java.net.ServerSocket;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The send-time race check without CONDSTORE (GreenMail has none): the honest fallback re-reads the
 * buyer message's flags and Sent just before submitting; and the crash and refusal cases of
 * taking the answer, which are the same with or without CONDSTORE.
 */
class SendRaceGreenMailTest extends OneBuyerMailbox {

    @Test
    void withoutCondstoreTheRecheckHoldsAReplyWhenAnotherReplyReachedSentBeforeSubmission() throws Exception {
        RaceDesktop ben = desktop("ben", "Ben Cole", smtpPort());
        MessageSummary buyer = ben.buyerMessage(ORDER);
        try (ImapBackend probe = imap(smtpPort())) {
            probe.connect();
            assertTrue(!probe.capabilities().contains(Capability.CONDSTORE), "GreenMail has no CONDSTORE: the fallback runs");
        }
        // another desktop's reply (or a mail program's, which sets no flag) is filed in Sent after Ben's editor checked
        GreenMailFolders.append(greenMail, "Sent", otherReply("Re: Where is my parcel? (Order: " + ORDER + ")"));

        ben.reply(buyer, "Ben: it ships tomorrow.", false);
        Entry held = ben.settled();

        assertEquals(State.HELD, held.state());
        assertTrue(held.lastError().startsWith("This buyer was already answered at "), held.lastError());
        assertTrue(held.lastError().contains("Order: " + ORDER), held.lastError());
        assertEquals(0, deliveredTo(BUYER), "nothing went out twice");
    }

    @Test
    void aReplyTheSellerAlreadyChoseToSendAnywayIsNotHeldAgain() throws Exception {
        RaceDesktop ben = desktop("ben", "Ben Cole", smtpPort());
        MessageSummary buyer = ben.buyerMessage(ORDER);
        GreenMailFolders.append(greenMail, "Sent", otherReply("Re: Where is my parcel? (Order: " + ORDER + ")"));

        ben.reply(buyer, "Ben: and here is the tracking number.", true);

        Entry sent = ben.settled();
        assertEquals(State.ANSWERED, sent.state(), sent.toString());
        assertEquals(1, deliveredTo(BUYER));
    }

    @Test
    void aCrashBetweenTakingTheAnswerAndSubmittingNeitherLosesNorDoublesTheReply() throws Exception {
        int nobodyListens = closedPort();
        RaceDesktop anna = desktop("anna", "Anna Berg", nobodyListens);
        MessageSummary buyer = anna.buyerMessage(ORDER);
        anna.reply(buyer, "Anna: it ships today.", false);
        waitUntil(() -> anna.cache.audit().latest(20).stream().anyMatch(e -> e.action().equals("outbox checked"))
                && !buyerFlags().isEmpty());
        assertEquals("synced", anna.syncOnce(), "the mailbox syncs though SMTP cannot be reached");
        assertTrue(String.valueOf(anna.nextOutcome()).startsWith("not sent: "),
                "SMTP cannot be reached: sending stops after taking the answer");
        assertEquals(State.CHECKED, anna.onlyOutboxEntry().state());
        assertTrue(buyerFlags().contains("\\Answered"), "the answer is taken on the server: " + buyerFlags());
        assertTrue(buyerFlags().contains("$RDAnswer_AB"), buyerFlags().toString());

        // meanwhile Ben tries: he is held, naming Anna, although her reply has not gone out yet
        RaceDesktop ben = desktop("ben", "Ben Cole", smtpPort());
        String editorWarning = ben.session.replies().answeredElsewhere(ben.buyerMessage(ORDER).id()).orElseThrow();
        assertTrue(editorWarning.matches("AB answered this buyer at \\d\\d:\\d\\d; their reply is on its way\\."),
                "Ben's editor names Anna before her reply is in Sent: " + editorWarning);
        ben.reply(ben.buyerMessage(ORDER), "Ben: it ships tomorrow.", false);
        Entry bens = ben.settled();
        assertEquals(State.HELD, bens.state());
        assertTrue(bens.lastError().startsWith("AB answered this buyer at "), bens.lastError());

        // Anna's desktop starts again, now with a mail server: her own answer keyword lets her reply go, once
        closeNow(anna);
        RaceDesktop again = desktop("anna", "Anna Berg", smtpPort());
        waitUntil(() -> again.onlyOutboxEntry().state() == State.ANSWERED);
        again.syncOnce();
        assertEquals(1, deliveredTo(BUYER), "sent once, not lost, not doubled");
        assertEquals(State.ANSWERED, again.onlyOutboxEntry().state());
    }

    @Test
    void aReplyThatReachedSentBeforeARestartIsNeitherSentAgainNorHeld() throws Exception {
        RaceDesktop anna = desktop("anna", "Anna Berg", closedPort());
        anna.reply(anna.buyerMessage(ORDER), "Anna: it ships today.", false);
        waitUntil(() -> !buyerFlags().isEmpty());
        anna.syncOnce();
        Entry stuck = anna.onlyOutboxEntry();
        assertEquals(State.CHECKED, stuck.state());
        // it did go out and the server filed it in Sent, but the desktop died before saving SUBMITTED
        GreenMailFolders.append(greenMail, "Sent", stuck.rawMime());
        try (ImapBackend hand = imap(smtpPort())) {
            hand.connect();
            long uid = hand.findByMessageId("INBOX", "<buyer-1@relay.test>")[0];
            // and someone cleared the answer keyword: without the Sent check first, the reply would be held
            hand.setFlags("INBOX", uid, Set.of(), Set.copyOf(buyerFlags()));
            hand.setFlags("INBOX", uid, Set.of("\\Answered"), Set.of());
        }
        closeNow(anna);

        RaceDesktop again = desktop("anna", "Anna Berg", smtpPort());
        waitUntil(() -> again.onlyOutboxEntry().state() == State.ANSWERED);
        assertEquals(0, deliveredTo(BUYER), "not submitted a second time");
    }

    @Test
    void whenTheMailServerRefusesTheReplyForGoodTheAnswerIsGivenBack() throws Exception {
        RefusingSmtp refusing = closedAfter(new RefusingSmtp());
        RaceDesktop anna = desktop("anna", "Anna Berg", refusing.port());

        anna.reply(anna.buyerMessage(ORDER), "Anna: it ships today.", false);
        Entry failed = anna.settled();

        assertEquals(State.FAILED, failed.state(), failed.toString());
        assertTrue(failed.lastError().contains("refused"), failed.lastError());
        assertFalse(failed.unconfirmed(), "the server's answer came after the reply was handed over: known not sent");
        assertEquals(Set.of(), buyerFlags(), "no \\Answered and no answer keyword left: the buyer still needs a reply");
    }

    private RaceDesktop desktop(String name, String person, int smtpPort) throws Exception {
        RaceDesktop desktop = closedAfter(new RaceDesktop(dataDir.resolve(name + ".sqlite"), person, () -> imap(smtpPort)));
        assertEquals("synced", desktop.syncOnce());
        return desktop;
    }

    private static ImapBackend imap(int smtpPort) {
        return GreenMailSeller.backend(greenMail.getImap().getPort(), smtpPort);
    }

    private static int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A reply to the buyer sent from elsewhere just now (after the buyer message arrived). */
    private static byte[] otherReply(String subject) {
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(1));
        return TestMessages.raw("From: Seller <seller@example.org>\r\n"
                + "To: " + BUYER + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: " + now + "\r\n"
                + "Message-ID: <elsewhere-1@seller.test>\r\n"
                + "\r\n"
                + "It ships today.\r\n");
    }
}
