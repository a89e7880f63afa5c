package com.relaydesk.cli;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.Security;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;

/**
 * {@code bench sync --embedded}: an in-process IMAP server on loopback (GreenMail, as the demo
 * relay uses) filled with N generated buyer messages, so the sync bench runs with no setup.
 * GreenMail has no CONDSTORE/QRESYNC: these figures are for the scan fallback.
 */
final class EmbeddedBenchServer implements AutoCloseable {

    private static final String USER = "bench";
    private static final String PASSWORD = "bench";
    private final GreenMail greenMail;

    EmbeddedBenchServer(int messages) throws Exception {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        GreenMailUser user = greenMail.setUser("bench@example.org", USER, PASSWORD);
        var inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
        for (int i = 0; i < messages; i++) {
            inbox.appendMessage(message(i), new Flags(), new Date());
        }
    }

    MailAccount account() {
        return MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), USER, PASSWORD, Security.PLAIN);
    }

    /** A buyer question of a few KB, like the shared bench's generated mailbox. */
    static MimeMessage message(int i) throws MessagingException {
        String alias = String.format(Locale.ROOT, "emb%09d", i) + "@marketplace.amazon.com";
        String raw = "From: Buyer " + i + " <" + alias + ">\r\nTo: seller@example.org\r\n"
                + "Subject: Question about my order (Order: 114-0000000-" + String.format(Locale.ROOT, "%07d", i) + ")\r\n"
                + "Date: Mon, 30 Nov 2026 07:00:00 +0000\r\nMessage-ID: <embedded-" + i + "@bench.invalid>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Hello, I ordered this last week and wonder when it will arrive. ".repeat(60) + "\r\n";
        return new MimeMessage(null, new SharedByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
