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
 * {@code FAILED → QUEUED} to try again; {@code CHECKED → HELD} when another desktop answered the
 * buyer first (send-time race check) or when the SMTP server may have the reply but never said so
 * ({@link Entry#unconfirmed()}), {@code HELD → QUEUED} when the seller sends it anyway, {@code HELD →
 * SUBMITTED} when an unconfirmed reply turns up in Sent after all, and {@code HELD/FAILED → DISCARDED}
 * when they drop it. Every transition is also written to the audit log.
 *
 * <p>Just before a reply is given to the SMTP server, {@link #submitting} writes that down. A reply
 * found so marked and not known as sent — no answer came (the connection dropped after the last
 * line went), or the process died before the answer was saved — may be in the buyer's inbox, or
 * may not: it is not submitted again on its own but held for the seller to decide.
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
        FAILED,
        /**
         * Waits for the seller (send anyway or discard), {@link Entry#lastError()} says why: someone else
         * answered this buyer first (found just before submission), or, when {@link Entry#unconfirmed()},
         * the SMTP server never confirmed the reply, which may have gone out.
         */
        HELD,
        /** Dropped by the seller; never sent. */
        DISCARDED;

        /** True when sending still has work to do for an entry in this state. */
        public boolean pending() {
            return this != ANSWERED && this != FAILED && this != HELD && this != DISCARDED;
        }
    }

    /**
     * A reply to queue; {@code messageId} is chosen by the caller and never changes afterwards.
     * {@code sendAnyway}: the seller was shown another reply to this buyer and chose to send this one
     * too, so the send-time race check does not hold it.
     */
    record NewReply(String messageId, String to, String subject, String textBody, String htmlBody,
                    String inReplyTo, List<String> references, String orderId, byte[] rawMime, boolean sendAnyway) {
        public NewReply {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(to, "to");
            subject = subject == null ? "" : subject;
            textBody = textBody == null ? "" : textBody;
            references = references == null ? List.of() : List.copyOf(references);
        }

        public NewReply(String messageId, String to, String subject, String textBody, String htmlBody,
                        String inReplyTo, List<String> references, String orderId, byte[] rawMime) {
            this(messageId, to, subject, textBody, htmlBody, inReplyTo, references, orderId, rawMime, false);
        }
    }

    /** One outbox entry as stored. */
    record Entry(long id, String messageId, State state, String to, String subject, String textBody, String htmlBody,
                 String inReplyTo, List<String> references, String orderId, byte[] rawMime, int attempts,
                 String lastError, Instant createdAt, Instant updatedAt, boolean sendAnyway, Instant submittingSince) {
        public Entry {
            references = references == null ? List.of() : List.copyOf(references);
        }

        /**
         * True when the reply was given to the SMTP server and no answer was saved ({@link #submitting}):
         * it may have reached the buyer. Stays true for a reply held or discarded for that reason.
         */
        public boolean unconfirmed() {
            return submittingSince != null;
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

    /**
     * {@code CHECKED → HELD}: someone else answered first, or the reply is {@link Entry#unconfirmed()};
     * {@code reason} says who and when, or what is not known (shown to the seller).
     */
    Entry hold(String messageId, String reason);

    /**
     * Writes down, durably, that the reply (in {@link State#CHECKED}) is being given to the SMTP server
     * now. From here until {@code SUBMITTED} or {@link #notSubmitted} is saved it counts as {@link
     * Entry#unconfirmed()}, across a crash too.
     */
    void submitting(String messageId);

    /** The SMTP server answered and did not take the reply (or never got it): it is no longer unconfirmed. */
    void notSubmitted(String messageId);

    /** Replies held because they are unconfirmed and that were handed over after {@code since}, oldest first. */
    List<Entry> heldUnconfirmed(Instant since);

    /** {@code HELD → QUEUED}, marked to go even though the buyer was answered elsewhere. */
    Entry sendAnyway(String messageId);

    /** {@code HELD} or {@code FAILED → DISCARDED}: the seller drops the reply; it is kept for the record only. */
    Entry discard(String messageId);

    /** Replies waiting to go (for the status bar). */
    int waitingCount();

    /**
     * The answer a reply takes on the server before it goes (issue 7): {@code \Answered} and
     * {@code keyword} on the buyer message with this UID in INBOX.
     */
    record TakenAnswer(long uid, String keyword) { }

    /**
     * Remembers, durably and before the STORE goes out, that this reply is taking the answer: after
     * a crash, the keyword on the buyer message is then known as this reply's own, not a teammate's.
     */
    void takingAnswer(String messageId, TakenAnswer answer);

    /** The answer this reply took (or was about to take), if any. */
    Optional<TakenAnswer> takenAnswer(String messageId);

    /** The reply gave the answer back (it was refused for good, or the STORE lost the race). */
    void answerGivenBack(String messageId);
}
