package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.LoopbackProxy;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.RefusingSmtp;
import com.relaydesk.mail.SubmissionUnconfirmedException;
import com.relaydesk.mail.TestMessages;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a failed submission leaves known: nothing reached the server (the login failed), the server
 * answered no (not sent), or no answer came after the message was handed over (it may have gone).
 * The outbox holds only the last kind for the seller; the others are safe to try again or fail.
 */
class SmtpSubmissionOutcomeTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    private static final String BUYER = "buyer0000001@marketplace.amazon.com";
    private static final byte[] REPLY = TestMessages.raw("From: seller@example.org\r\nTo: " + BUYER + "\r\n"
            + "Subject: Re: Where is my parcel?\r\nMessage-ID: <outcome-1@example.org>\r\n\r\nIt ships today.\r\n");

    private final AtomicInteger handedOver = new AtomicInteger();

    @Test
    void aTakenReplyWasHandedOverOnceAndDelivered() throws Exception {
        send(greenMail.getSmtp().getPort());

        assertEquals(1, handedOver.get());
        assertEquals(1, GreenMailSeller.deliveredTo(greenMail, BUYER));
    }

    @Test
    void aConnectionClosedAfterTheLastLineLeavesTheReplyUnconfirmed() throws Exception {
        // the network drops the connection the moment the message's final "." has gone: no 250 comes back
        // (the server's answer to it is never passed on: it could win the race with the cut)
        java.util.concurrent.atomic.AtomicBoolean lastLineGone = new java.util.concurrent.atomic.AtomicBoolean();
        try (LoopbackProxy cut = new LoopbackProxy(greenMail.getSmtp().getPort(), client -> new LoopbackProxy.Directions(
                (in, out) -> {
                    byte[] buffer = new byte[8192];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        boolean last = new String(buffer, 0, n, StandardCharsets.US_ASCII).endsWith("\r\n.\r\n");
                        lastLineGone.compareAndSet(false, last);
                        out.write(buffer, 0, n);
                        out.flush();
                        if (last) {
                            return;
                        }
                    }
                }, LoopbackProxy.chunks((buffer, length) -> !lastLineGone.get())))) {
            SubmissionUnconfirmedException e = assertThrows(SubmissionUnconfirmedException.class, () -> send(cut.port()));

            assertEquals(1, handedOver.get());
            assertTrue(e.getMessage().contains("may have it already"), e.getMessage());
        }
    }

    @Test
    void aRefusalIsTheServersAnswerNotAnUnknown() throws Exception {
        try (RefusingSmtp refusing = new RefusingSmtp()) {
            MailException e = assertThrows(MailException.class, () -> send(refusing.port()));

            assertFalse(e instanceof SubmissionUnconfirmedException, e.toString());
            assertFalse(e.retryable(), "550 is final");
            assertEquals(1, handedOver.get(), "refused after the message was handed over (at RCPT)");
        }
    }

    @Test
    void aServerOutOfReachNeverHadTheReply() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        int port = closed;
        MailException e = assertThrows(MailException.class, () -> send(port));

        assertFalse(e instanceof SubmissionUnconfirmedException, e.toString());
        assertEquals(0, handedOver.get(), "nothing was handed over");
    }

    private void send(int smtpPort) {
        try (ImapBackend backend = GreenMailSeller.backend(greenMail.getImap().getPort(), smtpPort,
                java.time.Duration.ofSeconds(5))) {
            backend.send(REPLY, "seller@example.org", List.of(BUYER), handedOver::incrementAndGet);
        }
    }
}
