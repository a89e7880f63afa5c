package com.relaydesk.relay;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.relaydesk.model.Order;
import com.relaydesk.rules.Aliases;
import com.relaydesk.rules.OrderIds;
import com.relaydesk.rules.RelayNotices;
import com.relaydesk.rules.RelayNotices.Notice;
import com.relaydesk.rules.SendDecision;
import com.relaydesk.rules.SendEnvelope;
import com.relaydesk.rules.SendRules;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The relay in front of SMTP: every recipient of a submitted message is decided by
 * {@link SendRules}; the message reaches the buyer's mailbox, or a notice reaches the seller's
 * INBOX (B2 bounce unless B3 is off, B1, B5, B6, B8, D1–D3 rejections), and the seller's copy in
 * Sent records the outcome (B8).
 */
final class RelayGate implements MessageDeliveryHandler {

    private static final Logger LOG = Logger.getLogger(RelayGate.class.getName());

    private final SendRules rules;
    private final RelayState state;
    private final Mailboxes mailboxes;
    private final RelayConfig config;
    private final Session session;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final List<DeliveryRecord> deliveries = new ArrayList<>();
    private final Set<String> filedInSent = new HashSet<>();
    private final GreenMailUser discard = new DiscardMailbox();
    /** Answers generated but not filed yet: a snapshot keeps them, so a restart does not lose them. */
    private final List<Pending> pending = new ArrayList<>();

    RelayGate(SendRules rules, RelayState state, Mailboxes mailboxes, RelayConfig config, Session session,
            ScheduledExecutorService scheduler) {
        this.rules = rules;
        this.state = state;
        this.mailboxes = mailboxes;
        this.config = config;
        this.session = session;
        this.clock = config.clock();
        this.scheduler = scheduler;
    }

    @Override
    public synchronized GreenMailUser handle(MovingMessage moving, MailAddress recipient) throws MessagingException {
        String to = recipient.getEmail();
        if (mailboxes.isSeller(to)) {
            // A buyer mailbox writing to the seller (a trainer showing the buyer's side): the
            // seller's answer to it is then a reply on the buyer's thread (B2 exception 1).
            MimeMessage message = moving.getMessage();
            jakarta.mail.Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof jakarta.mail.internet.InternetAddress sender
                    && state.knowsBuyer(sender.getAddress())) {
                state.recordBuyerMessage(sender.getAddress(), message.getMessageID());
            }
            return mailboxes.seller();
        }
        try {
            MimeMessage message = moving.getMessage();
            String returnPath = moving.getReturnPath() == null ? null : moving.getReturnPath().getEmail();
            OutgoingMessage outgoing = OutgoingMessage.read(message, returnPath);
            Optional<Order> order = state.orderFor(to, OrderIds.first(outgoing.subject(), outgoing.text()));
            SendEnvelope envelope = new SendEnvelope(outgoing.sender(), to, outgoing.subject(), order.orElse(null),
                    outgoing.threadReferences(), outgoing.wireSize(), outgoing.attachments(), outgoing.contactReason());
            SendDecision decision = rules.decide(envelope, state);
            Instant now = clock.instant();
            deliveries.add(new DeliveryRecord(now, outgoing.messageId(), to, outgoing.subject(), decision));
            LOG.info(() -> "relay: " + decision.outcome() + " " + decision.rule() + " to " + to + ": " + outgoing.subject());
            fileInSent(message, outgoing.messageId(), decision, now);
            if (decision.noticeToSeller()) {
                Notice notice = new Notice(RelayNotices.Kind.forRule(decision.rule()), decision.rule(),
                        Aliases.normalize(to).orElse(to), outgoing.messageId(), outgoing.subject());
                mailboxes.append(mailboxes.seller().getEmail(), MailItem.INBOX,
                        NoticeMessages.build(session, mailboxes.seller().getEmail(), notice, decision.reason(), now),
                        false, Date.from(now));
            }
            if (!decision.delivered()) {
                return discard;
            }
            state.recordSent();
            GreenMailUser buyer = mailboxes.buyer(to);
            state.buyer(to).ifPresent(b -> scheduleAnswer(b, message));
            return buyer;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "relay could not decide on a message to " + to, e);
            throw new MessagingException("relay error: " + e.getMessage(), e);
        }
    }

    /** The seller's copy, once per message, with the delivery status of B8. */
    private void fileInSent(MimeMessage message, String messageId, SendDecision decision, Instant now)
            throws MessagingException, IOException {
        if (!config.copyToSent() || (messageId != null && !filedInSent.add(messageId))) {
            return;
        }
        MimeMessage copy = new FixedIdMessage(session, new ByteArrayInputStream(OutgoingMessage.raw(message)));
        copy.setHeader(RelayNotices.HEADER_DELIVERY, deliveryStatus(decision));
        if (config.bounceBacks() || decision.rule() != com.relaydesk.rules.RuleId.B2) {
            copy.setHeader(RelayNotices.HEADER_RULE, decision.rule().name());
        }
        mailboxes.append(mailboxes.seller().getEmail(), MailItem.SENT, copy, true, Date.from(now));
    }

    /** B3: with bounce-backs off, the seller cannot tell a blocked message from a delivered one. */
    private String deliveryStatus(SendDecision decision) {
        if (!config.bounceBacks() && (decision.delivered() || decision.outcome() == SendDecision.Outcome.DROP)) {
            return "unconfirmed";
        }
        return switch (decision.outcome()) {
            case DELIVER -> "delivered";
            case BOUNCE -> "bounced";
            case REJECT -> "rejected";
            case DROP -> "unconfirmed";
        };
    }

    private void scheduleAnswer(Buyer buyer, MimeMessage delivered) {
        Instant due = clock.instant().plus(config.answerDelay());
        Optional<MimeMessage> answer = config.traffic().answer(buyer, delivered, due);
        answer.ifPresent(reply -> schedule(new Pending(buyer.alias(), reply, due)));
    }

    private void schedule(Pending answer) {
        pending.add(answer);
        long in = Math.max(0, java.time.Duration.between(clock.instant(), answer.due()).toMillis());
        scheduler.schedule(() -> {
            synchronized (this) {
                pending.remove(answer);
            }
            arriveFromBuyer(answer.alias(), answer.message());
        }, in, TimeUnit.MILLISECONDS);
    }

    private record Pending(String alias, MimeMessage message, Instant due) {
    }

    /** What the gate remembers, for a snapshot: B8 records, the Sent copies made, the answers to come. */
    synchronized void saveInto(Saved saved) throws MessagingException, IOException {
        saved.deliveries.addAll(deliveries);
        saved.filedInSent.addAll(filedInSent);
        for (Pending answer : pending) {
            saved.pendingAnswers.add(new RelaySnapshot.PendingAnswer(answer.alias(), OutgoingMessage.raw(answer.message()),
                    answer.due()));
        }
    }

    /** Goes on from a snapshot; an answer already due arrives at once. */
    synchronized void restore(RelaySnapshot snapshot) throws MessagingException {
        deliveries.addAll(snapshot.deliveries());
        filedInSent.addAll(snapshot.filedInSent());
        for (RelaySnapshot.PendingAnswer answer : snapshot.pendingAnswers()) {
            schedule(new Pending(answer.alias(), new FixedIdMessage(session, new ByteArrayInputStream(answer.raw())),
                    answer.due()));
        }
    }

    /** The gate's part of a snapshot, filled under its lock. */
    static final class Saved {
        final List<DeliveryRecord> deliveries = new ArrayList<>();
        final Set<String> filedInSent = new HashSet<>();
        final List<RelaySnapshot.PendingAnswer> pendingAnswers = new ArrayList<>();
    }

    /** A buyer message reaches the seller's INBOX (and counts for B2 exception 1). */
    void arriveFromBuyer(String alias, MimeMessage message) {
        try {
            state.recordBuyerMessage(alias, message.getMessageID());
            mailboxes.append(mailboxes.seller().getEmail(), MailItem.INBOX, message, false, Date.from(clock.instant()));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "a simulated buyer message could not be filed", e);
        }
    }

    /** Changes whenever the gate decided on a message or an answer arrived: for a saver's "anything new?". */
    synchronized long changeMark() {
        return deliveries.size() * 31L + pending.size();
    }

    synchronized List<DeliveryRecord> deliveries() {
        return List.copyOf(deliveries);
    }
}
