package com.relaydesk.session;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintReport;
import com.relaydesk.lint.Linter;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.mail.OutboxStore.Entry;
import com.relaydesk.mail.OutboxStore.State;
import com.relaydesk.mail.SubmissionUnconfirmedException;
import com.relaydesk.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Takes each outbox entry through its steps — checked, submitted, filed in Sent, original
 * flagged answered — saving the state after each one. Before submitting it looks for the
 * Message-ID in Sent, so a reply whose submission survived a crash is not sent again, and then
 * takes the answer on the server ({@link SendRaceGuard}), so a reply another desktop beat is held
 * instead of sent. Runs on the session's worker thread, which owns the connection.
 */
final class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    private final OutboxStore outbox;
    private final Linter linter;
    private final String from;
    private final SendRaceGuard race;

    OutboxSender(OutboxStore outbox, Linter linter, String from, SendRaceGuard race) {
        this.outbox = outbox;
        this.linter = linter;
        this.from = from;
        this.race = race;
    }

    /**
     * Finishes every pending entry it can. A connection failure stops the run (the entries stay
     * where they are and the next run resumes them) and is returned, so that the caller goes on with
     * what does not need it: an SMTP server out of reach must not stop new buyer mail from coming in.
     * A refusal fails only that entry. A reply held because the server never confirmed it is
     * returned too (as a {@link SubmissionUnconfirmedException}), for the seller to be told.
     */
    Optional<MailException> drain(MailBackend backend) {
        Optional<String> sent = backend.sentFolder();
        List<SubmissionUnconfirmedException> heldUnconfirmed = new java.util.ArrayList<>();
        try {
            foundInSentAfterAll(backend, sent);
            for (Entry entry : outbox.pending()) {
                try {
                    finish(entry, backend, sent, heldUnconfirmed);
                } catch (MailException e) {
                    if (e.retryable()) {
                        return Optional.of(e);
                    }
                    outbox.fail(entry.messageId(), e.getMessage());
                }
            }
        } catch (MailException e) {
            if (!e.retryable()) {
                throw e;
            }
            return Optional.of(e);
        }
        return heldUnconfirmed.stream().findFirst().map(MailException.class::cast);
    }

    /**
     * A reply held as unconfirmed that shows up in Sent went out after all (servers that file sent
     * mail themselves may do so a little later): it is finished without asking the seller. Looked
     * for during a day; after that the seller decides.
     */
    private void foundInSentAfterAll(MailBackend backend, Optional<String> sent) {
        if (sent.isEmpty()) {
            return;
        }
        for (Entry held : outbox.heldUnconfirmed(java.time.Instant.now().minus(java.time.Duration.ofDays(1)))) {
            if (inSent(backend, sent, held.messageId())) {
                LOG.info(() -> held.messageId() + " is in Sent: the server took it after all");
                outbox.advance(held.messageId(), State.HELD, State.SUBMITTED);
            }
        }
    }

    /** Takes one entry as far as it goes; adds to {@code heldUnconfirmed} when it holds it for that reason. */
    private void finish(Entry entry, MailBackend backend, Optional<String> sent,
                        List<SubmissionUnconfirmedException> heldUnconfirmed) {
        String id = entry.messageId();
        State state = entry.state();
        if (state == State.QUEUED) {
            Optional<String> blocked = blockingFinding(entry);
            if (blocked.isPresent()) {
                outbox.fail(id, blocked.get());
                return;
            }
            state = outbox.advance(id, State.QUEUED, State.CHECKED).state();
        }
        if (state == State.CHECKED) {
            if (inSent(backend, sent, id)) {
                LOG.info(() -> id + " is already in Sent: it went out before a restart, not sending it again");
            } else if (entry.unconfirmed()) {
                // given to the server before, by this run or one that died: it may be with the buyer
                heldUnconfirmed.add(holdUnconfirmed(entry, null));
                return;
            } else if (!submit(entry, backend, sent, heldUnconfirmed)) {
                return;
            }
            state = outbox.advance(id, State.CHECKED, State.SUBMITTED).state();
        }
        if (state == State.SUBMITTED) {
            if (sent.isPresent() && !inSent(backend, sent, id)) {
                backend.append(sent.get(), entry.rawMime(), Set.of("\\Seen"));
            }
            state = outbox.advance(id, State.SUBMITTED, State.APPENDED).state();
        }
        if (state == State.APPENDED) {
            if (entry.inReplyTo() != null) {
                for (long uid : backend.findByMessageId(MailSync.INBOX, entry.inReplyTo())) {
                    backend.setFlags(MailSync.INBOX, uid, Set.of("\\Answered"), Set.of());
                }
            }
            outbox.advance(id, State.APPENDED, State.ANSWERED);
        }
    }

    /**
     * Takes the answer (unless the seller chose to send anyway) and submits; false when the reply is
     * held, because someone else answered first or because the server never confirmed it.
     */
    private boolean submit(Entry entry, MailBackend backend, Optional<String> sent,
                           List<SubmissionUnconfirmedException> heldUnconfirmed) {
        SendRaceGuard.Decision decision = entry.sendAnyway()
                ? new SendRaceGuard.Decision.Send(0, Optional.empty()) : race.take(backend, entry, sent);
        if (decision instanceof SendRaceGuard.Decision.Hold hold) {
            LOG.info(() -> entry.messageId() + " held: " + hold.reason());
            outbox.hold(entry.messageId(), hold.reason());
            return false;
        }
        SendRaceGuard.Decision.Send taken = (SendRaceGuard.Decision.Send) decision;
        try {
            backend.send(entry.rawMime(), from, List.of(entry.to()), () -> outbox.submitting(entry.messageId()));
            return true;
        } catch (SubmissionUnconfirmedException unconfirmed) {
            // The server may have it: unless Sent says it went, the seller decides (never twice on our
            // own). Sent is on the IMAP connection, which may be down too: then the reply stays marked
            // and the next run looks again before holding it.
            if (inSent(backend, sent, entry.messageId())) {
                return true;
            }
            heldUnconfirmed.add(holdUnconfirmed(entry, unconfirmed));
            return false;
        } catch (MailException e) {
            outbox.notSubmitted(entry.messageId()); // the server answered no, or never had it
            if (!e.retryable()) {
                try {
                    race.giveBack(backend, entry, taken); // refused for good: the buyer still needs an answer
                } catch (RuntimeException notGivenBack) {
                    e.addSuppressed(notGivenBack);
                }
            }
            throw e;
        }
    }

    private SubmissionUnconfirmedException holdUnconfirmed(Entry entry, SubmissionUnconfirmedException cause) {
        String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault())
                .format(entry.submittingSince() == null ? java.time.Instant.now() : entry.submittingSince());
        String why = cause != null ? cause.getMessage()
                : "RelayDesk gave the reply to the mail server at " + when + " and has no answer from it (the "
                + "connection or RelayDesk stopped before the server answered), so the buyer may have it already.";
        String reason = why + " It was not sent again: look for it in the buyer's messages on the marketplace, "
                + "then Send anyway or Discard it in the Outbox.";
        LOG.info(() -> entry.messageId() + " held, unconfirmed: " + reason);
        outbox.hold(entry.messageId(), reason);
        return new SubmissionUnconfirmedException(reason, cause);
    }

    /** The same linter as the editor, once more on what is queued: nothing blocked leaves (C1–C13). */
    private Optional<String> blockingFinding(Entry entry) {
        LintReport report = linter.lint(Draft.reply(entry.subject(), entry.textBody()));
        return report.findings().stream()
                .filter(f -> f.severity() == Severity.BLOCK)
                .findFirst()
                .map(OutboxSender::describe);
    }

    private static String describe(Finding finding) {
        return "Not sent: " + finding.ruleId() + " " + finding.ruleId().title() + " — " + finding.message();
    }

    private static boolean inSent(MailBackend backend, Optional<String> sent, String messageId) {
        return sent.isPresent() && backend.findByMessageId(sent.get(), messageId).length > 0;
    }
}
