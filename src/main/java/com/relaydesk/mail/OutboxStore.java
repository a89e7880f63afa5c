package com.relaydesk.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox as sending sees it (implemented in {@code store}). A reply is written here before
 * anything else happens to it, with its Message-ID fixed, and every step is saved durably, so
 * after a crash sending resumes from {@link #pending()} and checks Sent for the Message-ID before
 * submitting again: a reply is never lost and never sent twice.
 *
 * <p>States: {@code QUEUED → CHECKED → SUBMITTED → APPENDED → ANSWERED}; {@code SUBMITTED →
 * ANSWERED} when the server saves sent mail itself; any unfinished state {@code → FAILED};
 * {@code FAILED → QUEUED} to try again. Every transition is also written to the audit log.
 */
public interface OutboxStore {

    enum State {
        /** Written, not yet checked against the relay rules. */
        QUEUED,
        /** The pre-send checks passed. */
        CHECKED,
        /** Accepted by the SMTP server. */
        SUBMITTED,
        /** Saved to the Sent folder. */
        APPENDED,
        /** The original is flagged {@code \Answered}: done. */
        ANSWERED,
        /** Stopped; {@link Entry#lastError()} says why. */
        FAILED;

        /** True when sending still has work to do for an entry in this state. */
        public boolean pending() {
            return this != ANSWERED && this != FAILED;
        }
    }

    /** A reply to queue; {@code messageId} is chosen by the caller and never changes afterwards. */
    record NewReply(String messageId, String to, String subject, String textBody, String htmlBody,
                    String inReplyTo, List<String> references, String orderId, byte[] rawMime) {
        public NewReply {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(to, "to");
            subject = subject == null ? "" : subject;
            textBody = textBody == null ? "" : textBody;
            references = references == null ? List.of() : List.copyOf(references);
        }
    }

    /** One outbox entry as stored. */
    record Entry(long id, String messageId, State state, String to, String subject, String textBody, String htmlBody,
                 String inReplyTo, List<String> references, String orderId, byte[] rawMime, int attempts,
                 String lastError, Instant createdAt, Instant updatedAt) {
        public Entry {
            references = references == null ? List.of() : List.copyOf(references);
        }
    }

    /** Writes the reply durably in state {@link State#QUEUED}; a Message-ID already queued is refused. */
    Entry enqueue(NewReply reply);

    /** Entries sending still has to finish (not answered, not failed), oldest first. */
    List<Entry> pending();

    Optional<Entry> find(String messageId);

    /**
     * Moves an entry from {@code from} to {@code to}, durably. Fails with {@link IllegalStateException}
     * when the entry is not in {@code from} (someone else moved it) or the step is not allowed.
     */
    Entry advance(String messageId, State from, State to);

    /** Records a failed attempt: attempts + 1, the error kept, state {@link State#FAILED}. */
    Entry fail(String messageId, String error);

    /** Replies waiting to go (for the status bar). */
    int waitingCount();
}
