package com.relaydesk.mail.imap;

import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailSessions;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.util.List;

/**
 * SMTP submission of a ready message, byte for byte, to explicit envelope recipients. Connecting
 * and logging in come apart from the submission, so a caller can tell a failure that left nothing
 * with the server from one after the message was handed over.
 */
final class SmtpSubmit implements AutoCloseable {

    private final Session session;
    private final Transport transport;

    private SmtpSubmit(Session session, Transport transport) {
        this.session = session;
        this.transport = transport;
    }

    /** A logged-in SMTP connection that will submit with {@code envelopeFrom} as the sender. */
    static SmtpSubmit connect(MailAccount smtp, String envelopeFrom) throws MessagingException {
        Session session = MailSessions.smtp(smtp);
        session.getProperties().put("mail." + MailSessions.protocol(smtp, "smtp") + ".from", envelopeFrom);
        Transport transport = session.getTransport(MailSessions.protocol(smtp, "smtp"));
        try {
            XOAuth2Login.run(smtp, secret -> transport.connect(smtp.host(), smtp.port(), smtp.user(), secret));
        } catch (MessagingException | RuntimeException e) {
            new SmtpSubmit(session, transport).close();
            throw e;
        }
        return new SmtpSubmit(session, transport);
    }

    void send(byte[] rfc822, List<String> recipients) throws MessagingException {
        MimeMessage message = new MimeMessage(session, new SharedByteArrayInputStream(rfc822)) {
            @Override
            protected void updateMessageID() {
                // The Message-ID was fixed when the reply was queued.
            }
        };
        Address[] to = new Address[recipients.size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = new InternetAddress(recipients.get(i));
        }
        transport.sendMessage(message, to);
    }

    /**
     * Says QUIT. A failure here comes after the server's answer to the message, so it changes
     * nothing about whether the message went; it is not reported.
     */
    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException afterTheAnswer) {
            // the connection is gone either way
        }
    }
}
