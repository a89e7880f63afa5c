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

/** SMTP submission of a ready message, byte for byte, to explicit envelope recipients. */
final class SmtpSubmit {

    private SmtpSubmit() {
    }

    static void send(MailAccount smtp, byte[] rfc822, String envelopeFrom, List<String> recipients) throws MessagingException {
        Session session = MailSessions.smtp(smtp);
        session.getProperties().put("mail." + MailSessions.protocol(smtp, "smtp") + ".from", envelopeFrom);
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
        try (Transport transport = session.getTransport(MailSessions.protocol(smtp, "smtp"))) {
            XOAuth2Login.run(smtp, secret -> transport.connect(smtp.host(), smtp.port(), smtp.user(), secret));
            transport.sendMessage(message, to);
        }
    }
}
