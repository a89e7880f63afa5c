package com.relaydesk.rules;

import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.SendDecision.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The relay's decision on an outgoing message. Rules are applied in the order of
 * relay-rules.md — A2 (is it an alias), B8 (is the buyer reachable), A5 (carrier mail goes through), B1, B2 (with its three
 * exceptions, B4 for the [Important] route), B5, B6, B7, then D1–D3 — and the first that fails
 * decides. The same code backs the pre-send checks and the embedded relay.
 */
public final class SendRules {

    /** B4: only with its brackets, any letter case, anywhere in the subject. */
    private static final Pattern IMPORTANT_TAG = Pattern.compile("\\[important\\]", Pattern.CASE_INSENSITIVE);

    /** B2 exception 3, Seller Central route: contact reason Other with this subject. */
    public static final String ADDITIONAL_INFORMATION_REQUIRED = "Additional Information Required";

    /**
     * A5: carrier shipment notifications sent to an alias are forwarded to the buyer (F). Decision:
     * a carrier is known by its sending domain (or a subdomain of it).
     */
    public static final java.util.Set<String> CARRIER_DOMAINS = java.util.Set.of(
            "ups.com", "fedex.com", "usps.com", "dhl.com", "dhl.de", "royalmail.com", "parcelforce.co.uk",
            "dpd.co.uk", "dpd.de", "dpd.com", "evri.com", "hermes-europe.co.uk", "myhermes.de", "gls-group.eu",
            "laposte.fr", "colissimo.fr", "chronopost.fr", "correos.es", "seur.com", "poste.it", "brt.it",
            "canadapost.ca", "purolator.com", "ontrac.com", "lasership.com", "shipment-tracking.amazon.com");

    private final SellerAccount account;

    public SendRules(SellerAccount account) {
        this.account = account;
    }

    /** B4: whether the subject carries the [Important] tag. */
    public static boolean hasImportantTag(String subject) {
        return subject != null && IMPORTANT_TAG.matcher(subject).find();
    }

    public SendDecision decide(SendEnvelope envelope, RelayFacts facts) {
        Optional<String> alias = Aliases.normalize(envelope.recipient());
        if (alias.isEmpty()) {
            return reject(RuleId.A2, envelope.recipient() + " is not a buyer alias of the relay; "
                    + "reply to the buyer's message so that it goes to their alias.");
        }
        String to = alias.get();
        if (!facts.knowsBuyer(to) || facts.unreachable(to)) {
            return reject(RuleId.B8, "The buyer " + to + " cannot be reached: the account was closed or the buyer "
                    + "blocked contact. The message was not delivered.");
        }
        if (isCarrier(envelope.sender())) {
            return attachmentsThenDeliver(envelope, RuleId.A5, "Carrier notification forwarded to the buyer.");
        }
        if (!account.isAuthorized(envelope.sender())) {
            return reject(RuleId.B1, SellerAccount.canonical(envelope.sender()) + " is not an authorized sender for "
                    + "this seller account. Send from your registered messaging address, or add this address to "
                    + "the authorized addresses and send again.");
        }
        RuleId passedBy = RuleId.B8;
        String deliveredReason = "Delivered to the buyer.";
        if (facts.optedOut(to)) {
            Optional<String> exception = optOutException(envelope, facts, to);
            if (exception.isEmpty()) {
                String reason = "The buyer opted out of unsolicited messages from sellers, so this message was blocked.";
                return new SendDecision(account.bounceBacks() ? Outcome.BOUNCE : Outcome.DROP, RuleId.B2, reason, List.of());
            }
            passedBy = exception.get().startsWith("[Important]") ? RuleId.B4 : RuleId.B2;
            deliveredReason = "Delivered although the buyer opted out: " + exception.get();
        }
        if (facts.sentToday() >= account.dailyLimit()) {
            return reject(RuleId.B5, String.format(Locale.ROOT, "You reached today's limit of %,d messages "
                    + "(5 × your average daily orders + 600). Send it again tomorrow.", account.dailyLimit()));
        }
        if (envelope.order() != null && envelope.order().status() == OrderStatus.CANCELED) {
            return reject(RuleId.B6, "Order " + envelope.order().orderId() + " was canceled; the relay does not carry "
                    + "messages about canceled orders.");
        }
        if (envelope.contactReason() != null && envelope.order() != null
                && !envelope.contactReason().isOfferedFor(envelope.order().status())) {
            return reject(RuleId.B7, "The contact reason \"" + envelope.contactReason().label() + "\" is not offered "
                    + "for an order that is " + envelope.order().status().name().toLowerCase(Locale.ROOT)
                    + "; choose one of " + ContactReason.offeredFor(envelope.order().status()).stream()
                            .map(ContactReason::label).toList() + ".");
        }
        return attachmentsThenDeliver(envelope, passedBy, deliveredReason);
    }

    /** A5: whether the sender is a shipping carrier's notification system. */
    public static boolean isCarrier(String sender) {
        String address = SellerAccount.canonical(sender);
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = address.substring(at + 1);
        return CARRIER_DOMAINS.stream().anyMatch(c -> domain.equals(c) || domain.endsWith("." + c));
    }

    private static SendDecision attachmentsThenDeliver(SendEnvelope envelope, RuleId passedBy, String deliveredReason) {
        List<AttachmentFinding> findings = AttachmentPolicy.check(envelope.attachments(), envelope.wireSize());
        Optional<AttachmentFinding> block = findings.stream().filter(AttachmentFinding::blocks).findFirst();
        if (block.isPresent()) {
            return new SendDecision(Outcome.REJECT, block.get().rule(), block.get().message(), List.of());
        }
        return new SendDecision(Outcome.DELIVER, passedBy, deliveredReason, findings);
    }

    /** B2's exceptions in the order of the rules: buyer's thread, Handmade/Custom, critical route. */
    private static Optional<String> optOutException(SendEnvelope envelope, RelayFacts facts, String alias) {
        for (String reference : envelope.threadReferences()) {
            if (facts.buyerWrote(alias, reference)) {
                return Optional.of("it answers a message the buyer sent (B2 exception 1).");
            }
        }
        if (envelope.order() != null && envelope.order().handmadeOrCustom()) {
            return Optional.of("it is about a Handmade or Custom order (B2 exception 2).");
        }
        ContactReason reason = envelope.contactReason();
        if (reason == null && hasImportantTag(envelope.subject())) {
            return Optional.of("[Important] in the subject marks it as critical (B2 exception 3, B4). "
                    + "Use it only for customization, delivery scheduling or address problems: misuse risks suspension.");
        }
        if (reason == ContactReason.ADDITIONAL_INFORMATION_REQUIRED || (reason == ContactReason.OTHER
                && envelope.subject().trim().equalsIgnoreCase(ADDITIONAL_INFORMATION_REQUIRED))) {
            return Optional.of("it was sent with the contact reason Other and the subject Additional Information "
                    + "Required (B2 exception 3).");
        }
        return Optional.empty();
    }

    private static SendDecision reject(RuleId rule, String reason) {
        return new SendDecision(Outcome.REJECT, rule, reason, List.of());
    }
}
