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
 * @param buyerMessages  which buyer wrote which message (B2 exception 1), as the relay keys them
 * @param day            the marketplace day {@code sentOnDay} counts (B5); null before the first send
 * @param deliveries     B8 records, oldest first
 * @param filedInSent    Message-IDs already copied to Sent (a resubmission is not copied twice)
 * @param pendingAnswers buyer answers the relay will file later
 */
public record RelaySnapshot(List<StoredMail> mail, Set<String> buyerMessages, LocalDate day, int sentOnDay,
        List<DeliveryRecord> deliveries, Set<String> filedInSent, List<PendingAnswer> pendingAnswers) {

    public RelaySnapshot {
        mail = List.copyOf(mail);
        buyerMessages = Set.copyOf(buyerMessages);
        deliveries = List.copyOf(deliveries);
        filedInSent = Set.copyOf(filedInSent);
        pendingAnswers = List.copyOf(pendingAnswers);
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
