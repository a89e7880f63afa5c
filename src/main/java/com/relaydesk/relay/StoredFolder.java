package com.relaydesk.relay;

import java.util.Objects;

/**
 * One folder of one of the relay's mailboxes, as a snapshot keeps it: what an IMAP client checks
 * to tell that its cache of the folder still holds (the same UIDVALIDITY, no UID used twice).
 *
 * @param owner       the mailbox: the seller's address or a buyer's alias
 * @param folder      the folder's name in that mailbox, as in {@link StoredMail#folder()}
 * @param uidValidity the folder's UIDVALIDITY
 * @param uidNext     the UID its next message gets (above every UID it ever gave)
 */
public record StoredFolder(String owner, String folder, long uidValidity, long uidNext) {

    public StoredFolder {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(folder, "folder");
        if (uidValidity < 1 || uidValidity > 0xFFFF_FFFFL || uidNext < 1 || uidNext > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("UIDVALIDITY " + uidValidity + " or UIDNEXT " + uidNext
                    + " of " + owner + "/" + folder + " is not an IMAP one");
        }
    }
}
