package com.relaydesk.relay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a running relay holds beyond its world (seller, buyers, orders): every mailbox's messages
 * with their flags and dates, and what the rules remember. A relay started from one goes on where
 * the saved one stopped.
 *
 * @param mail           every message of every mailbox, folder by folder in UID order
 * @param folders        every folder's UIDVALIDITY and UIDNEXT, so clients keep their caches; empty
 *                       when not known (a snapshot from before they were kept)
 * @param buyerMessages  which buyer wrote which message (B2 exception 1), as the relay keys them
 * @param day            the marketplace day {@code sentOnDay} counts (B5); null before the first send
 * @param deliveries     B8 records, oldest first
 * @param filedInSent    Message-IDs already copied to Sent (a resubmission is not copied twice)
 * @param pendingAnswers buyer answers the relay will file later
 */
public record RelaySnapshot(List<StoredMail> mail, List<StoredFolder> folders, Set<String> buyerMessages,
        LocalDate day, int sentOnDay, List<DeliveryRecord> deliveries, Set<String> filedInSent,
        List<PendingAnswer> pendingAnswers) {

    public RelaySnapshot {
        mail = List.copyOf(mail);
        folders = List.copyOf(folders);
        buyerMessages = Set.copyOf(buyerMessages);
        deliveries = List.copyOf(deliveries);
        filedInSent = Set.copyOf(filedInSent);
        pendingAnswers = List.copyOf(pendingAnswers);
    }

    /**
     * This snapshot without UIDs and UIDVALIDITYs: a relay started from it gives its folders new
     * ones, so clients reload them (for when clients may have seen UIDs the snapshot does not hold).
     */
    public RelaySnapshot withoutUids() {
        List<StoredMail> unnumbered = mail.stream()
                .map(m -> new StoredMail(m.owner(), m.folder(), 0, m.raw(), m.flags(), m.received())).toList();
        return new RelaySnapshot(unnumbered, List.of(), buyerMessages, day, sentOnDay, deliveries, filedInSent,
                pendingAnswers);
    }

    /** A buyer's answer generated when the seller's message was delivered, due in the seller's INBOX at {@code due}. */
    public record PendingAnswer(String alias, byte[] raw, Instant due) {
        public PendingAnswer {
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(due, "due");
        }
    }
}
