package com.relaydesk.relay;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One message in one of the relay's mailboxes, as a snapshot keeps it.
 *
 * @param owner    the mailbox: the seller's address or a buyer's alias
 * @param folder   the folder's name in that mailbox ({@code INBOX}, {@code Sent}, or one a client made)
 * @param uid      its UID in the folder; 0 when not known (a snapshot from before UIDs were kept)
 * @param raw      the message as it is served, byte for byte
 * @param flags    system flags ({@code \Seen}, {@code \Answered}…) and keywords; never {@code \Recent}
 * @param received the internal date IMAP reports
 */
public record StoredMail(String owner, String folder, long uid, byte[] raw, Set<String> flags, Instant received) {

    public StoredMail {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(folder, "folder");
        if (uid < 0 || uid > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not an IMAP UID: " + uid);
        }
        Objects.requireNonNull(raw, "raw");
        flags = Set.copyOf(flags);
        Objects.requireNonNull(received, "received");
    }
}
