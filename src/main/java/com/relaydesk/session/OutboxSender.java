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
     * A refusal fails only that entry.
     */
    Optional<MailException> drain(MailBackend backend) {
        return drain(backend, new java.util.HashSet<>());
    }

    /**
     * As {@link #drain(MailBackend)}, once more in the same sync round: {@code handedOver} holds
     * the replies this round has given the SMTP server already (it adds to it). One of them that
     * is still not known as sent got no answer — the server may well have taken it — so it is not
     * handed over again now; a round run again on a fresh login must never send a reply twice.
     */
    Optional<MailException> drain(MailBackend backend, Set<String> handedOver) {
        Optional<String> sent = backend.sentFolder();
        for (Entry entry : outbox.pending()) {
            try {
                finish(entry, backend, sent, handedOver);
            } catch (MailException e) {
                if (e.retryable()) {
                    return Optional.of(e);
                }
                outbox.fail(entry.messageId(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    private void finish(Entry entry, MailBackend backend, Optional<String> sent, Set<String> handedOver) {
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
            } else if (handedOver.contains(id)) {
                throw new MailException("The mail server did not confirm the reply to " + entry.to() + ", so RelayDesk "
                        + "did not send it again at once: the buyer may have it already. It waits in the outbox.", null, true);
            } else if (!submit(entry, backend, sent, handedOver)) {
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

    /** Takes the answer (unless the seller chose to send anyway) and submits; false when the reply is held. */
    private boolean submit(Entry entry, MailBackend backend, Optional<String> sent, Set<String> handedOver) {
        SendRaceGuard.Decision decision = entry.sendAnyway()
                ? new SendRaceGuard.Decision.Send(0, Optional.empty()) : race.take(backend, entry, sent);
        if (decision instanceof SendRaceGuard.Decision.Hold hold) {
            LOG.info(() -> entry.messageId() + " held: " + hold.reason());
            outbox.hold(entry.messageId(), hold.reason());
            return false;
        }
        SendRaceGuard.Decision.Send taken = (SendRaceGuard.Decision.Send) decision;
        try {
            handedOver.add(entry.messageId());
            backend.send(entry.rawMime(), from, List.of(entry.to()));
        } catch (MailException e) {
            if (!e.retryable()) {
                try {
                    race.giveBack(backend, entry, taken); // refused for good: the buyer still needs an answer
                } catch (RuntimeException notGivenBack) {
                    e.addSuppressed(notGivenBack);
                }
            }
            throw e;
        }
        return true;
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
