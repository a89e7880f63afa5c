package com.relaydesk.session;

import com.relaydesk.mail.Capability;
import com.relaydesk.mail.FlagState;
import com.relaydesk.mail.KeywordsRefusedException;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.mail.OutboxStore.Entry;
import com.relaydesk.mail.OutboxStore.TakenAnswer;
import com.relaydesk.mail.SentMail;
import com.relaydesk.rules.OrderIds;
import java.time.Duration;
import java.util.List;
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
 *
 * <p>The keyword is the person's fixed {@code $RDAnswer_<initials>}, so the name alone cannot say
 * which reply took it. The outbox says so: before the STORE goes out the entry records "taking the
 * answer on UID n with this keyword", durably; after a crash, that keyword on that message is this
 * reply's own and it goes, once. (Two desktops whose profiles have the same initials write the same
 * keyword: if one crashes between recording and its STORE's answer while the other takes the same
 * message, it takes the other's keyword for its own. Give people distinct initials across desktops.)
 *
 * <p>Without CONDSTORE the same re-check runs and the store is plain; afterwards the flags are read
 * again, and when another desktop's answer keyword is there too, this reply gives its keyword back
 * and is held. What that cannot tell: two desktops inside the few milliseconds between one's
 * re-check and the other's store both see only their own keyword and both send; two that see
 * each other's both hold (nothing goes twice; the seller sends one with Send anyway); and two
 * desktops with the same initials write one keyword and cannot see each other at all.
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

    /** When this desktop first saw an answer keyword on the buyer message with this Message-ID (the cache keeps it). */
    interface AnswerSightings {
        java.time.Instant firstSeen(String buyerMessageId, String keyword);
    }

    private final OutboxStore outbox;
    private final AnswerSightings sightings;
    private final Supplier<String> initials;
    /** Set once the server refused a keyword: it keeps none (Microsoft 365), so none is tried again. */
    private volatile boolean keywordsRefused;
    /** Answer keywords this session has brought into INBOX: the server keeps the names, so once is enough. */
    private final Set<String> broughtIn = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SendRaceGuard(OutboxStore outbox, AnswerSightings sightings, Supplier<String> initials) {
        this.outbox = outbox;
        this.sightings = sightings;
        this.initials = initials;
    }

    Decision take(MailBackend backend, Entry entry, Optional<String> sentFolder) {
        if (entry.inReplyTo() == null) {
            return new Decision.Send(0, Optional.empty()); // a new message to a buyer: nothing to take
        }
        long[] uids = backend.findByMessageId(MailSync.INBOX, entry.inReplyTo());
        if (uids.length == 0) {
            LOG.info(() -> entry.messageId() + ": its buyer message " + entry.inReplyTo() + " is not in INBOX: nothing to take");
            return new Decision.Send(0, Optional.empty()); // the buyer message is gone from INBOX
        }
        long uid = uids[0];
        boolean condstore = backend.capabilities().contains(Capability.CONDSTORE);
        Optional<TakenAnswer> before = outbox.takenAnswer(entry.messageId()).filter(t -> t.uid() == uid);
        if (condstore && !keywordsRefused && before.isEmpty()) { // after a restart its record stays as it was
            bringInKeyword(backend, entry, uid);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<FlagState> now = backend.flagState(MailSync.INBOX, uid);
            if (now.isEmpty()) {
                LOG.info(() -> entry.messageId() + ": its buyer message UID " + uid + " was removed meanwhile: nothing to take");
                return new Decision.Send(0, Optional.empty());
            }
            Set<String> flags = now.get().flags();
            Optional<String> own = before.map(TakenAnswer::keyword).filter(k -> containsIgnoreCase(flags, k))
                    .or(() -> AnswerKeywords.legacyOwn(flags, entry.messageId()));
            if (own.isPresent()) {
                LOG.info(() -> entry.messageId() + " had taken the answer before a restart: submitting it");
                return new Decision.Send(uid, own);
            }
            // A fixed-name answer has no time of its own: name when this desktop first saw it.
            Optional<java.time.Instant> seen = AnswerKeywords.other(flags, "").filter(a -> !a.legacy())
                    .map(a -> sightings.firstSeen(entry.inReplyTo(), a.keyword()));
            Optional<String> held = AnswerKeywords.whyHeld(flags, "", seen)
                    .or(() -> sentFolder.flatMap(sent -> answeredInSent(backend, sent, entry, now.get())));
            if (held.isPresent()) {
                outbox.answerGivenBack(entry.messageId());
                return new Decision.Hold(held.get());
            }
            // Where the server keeps no keywords (Microsoft 365), \Answered alone is the answer taken.
            String keyword = keywordsRefused ? AnswerKeywords.ANSWERED : AnswerKeywords.keyword(initials.get());
            Set<String> take = new java.util.HashSet<>(List.of(AnswerKeywords.ANSWERED, keyword));
            outbox.takingAnswer(entry.messageId(), new TakenAnswer(uid, keyword));
            try {
                if (!condstore || now.get().modSeq() <= 0) {
                    // Logged: on a CONDSTORE server this path is a surprise (a double send was seen once
                    // under load in SendRaceDovecotTest, issue 7), and the log is what tells.
                    long modSeq = now.get().modSeq();
                    LOG.info(() -> "taking the answer for " + entry.messageId() + " without a conditional store"
                            + " (CONDSTORE " + (condstore ? "on" : "off") + ", MODSEQ read " + modSeq + ")");
                    return takePlainly(backend, entry, uid, keyword, take);
                }
                if (backend.addFlagsIfUnchanged(MailSync.INBOX, uid, now.get().modSeq(), take)) {
                    LOG.info(() -> entry.messageId() + " took the answer on UID " + uid + " as " + keyword
                            + " (conditional store, unchanged since MODSEQ " + now.get().modSeq() + ")");
                    return new Decision.Send(uid, Optional.of(keyword));
                }
            } catch (KeywordsRefusedException refused) {
                LOG.info(() -> "the server keeps no keywords: taking the answer with \\Answered alone");
                keywordsRefused = true;
                outbox.answerGivenBack(entry.messageId());
                continue;
            }
            outbox.answerGivenBack(entry.messageId()); // not taken: the server refused the store
            LOG.info(() -> "the buyer message of " + entry.messageId() + " changed meanwhile: checking again");
        }
        throw new MailException("The buyer message kept changing on the server while RelayDesk tried to send the reply."
                + " It stays in the outbox and goes with the next sync.", null, true);
    }

    /**
     * The conditional store below is exact only for keyword names the folder already has (Dovecot
     * lets two stores that each bring a new name in both win), so a person's answer keyword is
     * brought into INBOX first, once, by a set-and-remove on the buyer message. Another desktop that
     * reads the flags in that moment holds its reply, naming this person, who is indeed about to
     * answer; two desktops doing this at once cannot both hold (each reads only after its own
     * set-and-remove is done). The outbox notes the keyword first: after a crash in that moment it
     * is this reply's, and the reply goes.
     */
    private void bringInKeyword(MailBackend backend, Entry entry, long uid) {
        String mine = AnswerKeywords.keyword(initials.get());
        if (broughtIn.contains(mine)) {
            return; // not two durable outbox writes on every send for what was done once
        }
        outbox.takingAnswer(entry.messageId(), new TakenAnswer(uid, mine));
        try {
            backend.ensureKeywordsKnown(MailSync.INBOX, uid, Set.of(mine));
            broughtIn.add(mine);
        } catch (KeywordsRefusedException refused) {
            LOG.info(() -> "the server keeps no keywords: taking the answer with \\Answered alone");
            keywordsRefused = true;
        }
        outbox.answerGivenBack(entry.messageId());
    }

    /** Without CONDSTORE: store, then look again for another desktop's answer stored at the same time. */
    private Decision takePlainly(MailBackend backend, Entry entry, long uid, String keyword, Set<String> take) {
        backend.setFlags(MailSync.INBOX, uid, take, Set.of());
        Optional<FlagState> after = backend.flagState(MailSync.INBOX, uid);
        Optional<AnswerKeywords.Answer> rival = after.flatMap(state -> AnswerKeywords.other(state.flags(), keyword));
        if (rival.isEmpty()) {
            LOG.info(() -> entry.messageId() + " took the answer on UID " + uid + " as " + keyword + " (plain store)");
            return new Decision.Send(uid, Optional.of(keyword));
        }
        // Both stores landed. The other desktop may already be submitting: keep its \Answered, give back ours.
        backend.setFlags(MailSync.INBOX, uid, Set.of(), Set.of(keyword));
        outbox.answerGivenBack(entry.messageId());
        return new Decision.Hold(AnswerKeywords.answeredBy(rival.get(),
                Optional.of(sightings.firstSeen(entry.inReplyTo(), rival.get().keyword()))) + AnswerKeywords.NOT_SENT);
    }

    /** SMTP refused the reply for good: the buyer message is open again for anyone to answer. */
    void giveBack(MailBackend backend, Entry entry, Decision.Send taken) {
        if (taken.taken().isEmpty()) {
            return;
        }
        backend.setFlags(MailSync.INBOX, taken.uid(), Set.of(),
                new java.util.HashSet<>(List.of(AnswerKeywords.ANSWERED, taken.taken().get())));
        outbox.answerGivenBack(entry.messageId());
    }

    private static boolean containsIgnoreCase(Set<String> flags, String keyword) {
        return flags.stream().anyMatch(keyword::equalsIgnoreCase);
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
