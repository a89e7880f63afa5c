package com.relaydesk.session;

import com.relaydesk.mail.Capability;
import com.relaydesk.mail.FlagState;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.OutboxStore.Entry;
import com.relaydesk.mail.SentMail;
import com.relaydesk.rules.OrderIds;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The last word on a reply race (issue 7 item 4), right before SMTP: this desktop takes the answer
 * to the buyer message on the server, or finds that someone else already did.
 *
 * <p>With CONDSTORE it reads the buyer message's flags and MODSEQ, re-checks them (and Sent), then
 * stores {@code \Answered} and its {@link AnswerKeywords answer keyword} with {@code UNCHANGEDSINCE}
 * that MODSEQ. Two desktops sending at once both read the same MODSEQ; the server lets exactly one
 * store win and tells the other MODIFIED, which then reads the winner's keyword and holds its reply.
 * Without CONDSTORE the same re-check runs and the store is plain: two desktops inside the few
 * milliseconds between one's read and the other's store can still both send.
 */
final class SendRaceGuard {

    private static final Logger LOG = Logger.getLogger(SendRaceGuard.class.getName());
    /** A MODIFIED that is not an answer (someone read the message, a claim changed) is retried this often. */
    private static final int ATTEMPTS = 5;
    /** Date headers have whole seconds and clocks differ a little: a reply this much older still counts. */
    private static final Duration SKEW = Duration.ofSeconds(5);

    /** What to do with the reply. */
    sealed interface Decision {
        /** Submit it; {@code taken} is the keyword set on the buyer message (to give back if SMTP refuses), or empty. */
        record Send(long uid, Optional<String> taken) implements Decision { }

        /** Hold it: someone else answered; the reason is shown to the seller. */
        record Hold(String reason) implements Decision { }
    }

    private final Supplier<String> initials;
    private final Clock clock;

    SendRaceGuard(Supplier<String> initials, Clock clock) {
        this.initials = initials;
        this.clock = clock;
    }

    Decision take(MailBackend backend, Entry entry, Optional<String> sentFolder) {
        if (entry.inReplyTo() == null) {
            return new Decision.Send(0, Optional.empty()); // a new message to a buyer: nothing to take
        }
        long[] uids = backend.findByMessageId(MailSync.INBOX, entry.inReplyTo());
        if (uids.length == 0) {
            return new Decision.Send(0, Optional.empty()); // the buyer message is gone from INBOX
        }
        long uid = uids[0];
        boolean condstore = backend.capabilities().contains(Capability.CONDSTORE);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<FlagState> now = backend.flagState(MailSync.INBOX, uid);
            if (now.isEmpty()) {
                return new Decision.Send(0, Optional.empty());
            }
            Optional<String> own = AnswerKeywords.own(now.get().flags(), entry.messageId());
            if (own.isPresent()) {
                LOG.info(() -> entry.messageId() + " had taken the answer before a restart: submitting it");
                return new Decision.Send(uid, own);
            }
            Optional<String> held = AnswerKeywords.whyHeld(now.get().flags(), entry.messageId())
                    .or(() -> sentFolder.flatMap(sent -> answeredInSent(backend, sent, entry, now.get())));
            if (held.isPresent()) {
                return new Decision.Hold(held.get());
            }
            String keyword = AnswerKeywords.keyword(initials.get(), clock.instant(), entry.messageId());
            Set<String> take = Set.of(AnswerKeywords.ANSWERED, keyword);
            if (!condstore || now.get().modSeq() <= 0) {
                backend.setFlags(MailSync.INBOX, uid, take, Set.of());
                return new Decision.Send(uid, Optional.of(keyword));
            }
            if (backend.addFlagsIfUnchanged(MailSync.INBOX, uid, now.get().modSeq(), take)) {
                return new Decision.Send(uid, Optional.of(keyword));
            }
            LOG.info(() -> "the buyer message of " + entry.messageId() + " changed meanwhile: checking again");
        }
        throw new MailException("The buyer message kept changing on the server while RelayDesk tried to send the reply."
                + " It stays in the outbox and goes with the next sync.", null, true);
    }

    /** SMTP refused the reply for good: the buyer message is open again for anyone to answer. */
    void giveBack(MailBackend backend, Decision.Send taken) {
        if (taken.taken().isEmpty()) {
            return;
        }
        backend.setFlags(MailSync.INBOX, taken.uid(), Set.of(), Set.of(AnswerKeywords.ANSWERED, taken.taken().get()));
    }

    /**
     * A reply in Sent to the same buyer since their message — about this message, or about the same
     * order (or any, when neither names an order): another desktop sent it, whatever flags say.
     */
    private static Optional<String> answeredInSent(MailBackend backend, String sent, Entry entry, FlagState buyer) {
        for (SentMail mail : backend.sentTo(sent, entry.to(), buyer.received().minus(SKEW))) {
            if (entry.messageId().equalsIgnoreCase(mail.messageId())) {
                continue;
            }
            boolean sameMessage = entry.inReplyTo().equalsIgnoreCase(mail.inReplyTo() == null ? "" : mail.inReplyTo());
            String subject = mail.subject() == null ? "" : mail.subject();
            java.util.List<String> orders = OrderIds.findAll(subject);
            boolean sameOrder = entry.orderId() == null || orders.isEmpty() || orders.contains(entry.orderId());
            if (sameMessage || sameOrder) {
                return Optional.of(AnswerKeywords.answeredInSent(mail.date(), subject));
            }
        }
        return Optional.empty();
    }
}
