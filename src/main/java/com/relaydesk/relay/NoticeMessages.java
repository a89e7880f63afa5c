package com.relaydesk.relay;

import com.relaydesk.rules.RelayNotices;
import com.relaydesk.rules.RelayNotices.Notice;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/** Builds the notice mails of {@link RelayNotices} as they land in the seller's INBOX. */
final class NoticeMessages {

    private NoticeMessages() {
    }

    static MimeMessage build(Session session, String sellerAddress, Notice notice, String reason, Instant now)
            throws MessagingException {
        MimeMessage message = new FixedIdMessage(session);
        try {
            message.setFrom(new InternetAddress(RelayNotices.FROM_ADDRESS, RelayNotices.FROM_NAME, "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(sellerAddress));
        message.setSubject(RelayNotices.subject(notice.rule(), notice.originalSubject()), "UTF-8");
        message.setSentDate(Date.from(now));
        message.setHeader("Message-ID", "<notice-" + UUID.randomUUID() + "@relay.relaydesk.invalid>");
        for (Map.Entry<String, String> header : RelayNotices.headers(notice).entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (notice.originalMessageId() != null) {
            message.setHeader("References", notice.originalMessageId());
        }
        message.setHeader("Auto-Submitted", "auto-replied");
        message.setText(RelayNotices.body(notice, reason), "UTF-8");
        message.saveChanges();
        return message;
    }
}
