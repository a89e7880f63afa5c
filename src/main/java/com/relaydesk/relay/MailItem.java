package com.relaydesk.relay;

import jakarta.mail.internet.MimeMessage;
import java.util.Objects;

/**
 * A message that is in a mailbox when the relay starts, or that arrives later.
 *
 * @param owner  the mailbox: the seller's address or a buyer's alias
 * @param folder {@code INBOX} or {@code Sent}
 * @param seen   whether it is already read
 */
public record MailItem(String owner, String folder, MimeMessage message, boolean seen) {

    public static final String INBOX = "INBOX";
    public static final String SENT = "Sent";

    public MailItem {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(message, "message");
    }
}
