package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.SendDecision.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendRulesTest {

    static final String SELLER = "seller@shop.example";
    static final String ALIAS = Aliases.generate("buyer-1", "seller");
    static final String OPTED_OUT = Aliases.generate("buyer-2", "seller");
    static final String CLOSED = Aliases.generate("buyer-3", "seller");

    /** The relay's state, in memory. */
    static final class Facts implements RelayFacts {
        final Set<String> buyers = new HashSet<>(Set.of(ALIAS, OPTED_OUT, CLOSED));
        final Set<String> buyerMessages = new HashSet<>(Set.of(OPTED_OUT + "|<q1@buyer>"));
        int sentToday;

        @Override public boolean knowsBuyer(String alias) { return buyers.contains(alias); }
        @Override public boolean unreachable(String alias) { return alias.equals(CLOSED); }
        @Override public boolean optedOut(String alias) { return alias.equals(OPTED_OUT); }
        @Override public boolean buyerWrote(String alias, String id) { return buyerMessages.contains(alias + "|" + id); }
        @Override public int sentToday() { return sentToday; }
    }

    private final Facts facts = new Facts();
    private SendRules rules = new SendRules(new SellerAccount(Set.of(SELLER, "help@shop.example"), 650, true));

    static Order order(OrderStatus status, boolean handmade) {
        return new Order("113-4455667-8899001", Instant.parse("2026-11-01T10:00:00Z"), status,
                FulfillmentChannel.MERCHANT, handmade, "Jane", ALIAS, List.of(), null, null, null, null, null, null);
    }

    private SendDecision send(String from, String to, String subject, Order order, List<String> refs,
            List<Attachment> files, ContactReason reason) {
        return rules.decide(new SendEnvelope(from, to, subject, order, refs, 4_000, files, reason), facts);
    }

    private SendDecision send(String to, String subject) {
        return send(SELLER, to, subject, order(OrderStatus.SHIPPED, false), List.of(), List.of(), null);
    }

    @Test
    void b8AnOrdinaryMessageToAKnownBuyerIsDelivered() {
        SendDecision decision = send(ALIAS, "Your lamp");
        assertEquals(Outcome.DELIVER, decision.outcome());
        assertEquals(RuleId.B8, decision.rule());
        assertFalse(decision.noticeToSeller());
    }

    @Test
    void b8AClosedAccountOrUnknownAliasIsNotDelivered() {
        assertEquals(RuleId.B8, send(CLOSED, "Hello").rule());
        assertEquals(Outcome.REJECT, send(Aliases.generate("nobody", "seller"), "Hello").outcome());
    }

    @Test
    void a2AnAddressThatIsNoAliasIsRejected() {
        SendDecision decision = send("jane@gmail.com", "Hello");
        assertEquals(RuleId.A2, decision.rule());
        assertEquals(Outcome.REJECT, decision.outcome());
    }

    @Test
    void a5CarrierNotificationsToAnAliasAreForwardedEvenToAnOptedOutBuyer() {
        SendDecision decision = send("pkginfo@ups.com", OPTED_OUT, "UPS Update: Package Scheduled for Delivery",
                null, List.of(), List.of(), null);
        assertEquals(Outcome.DELIVER, decision.outcome());
        assertEquals(RuleId.A5, decision.rule());
        assertTrue(SendRules.isCarrier("Royal Mail <no-reply@email.royalmail.com>"));
        assertFalse(SendRules.isCarrier("someone@notups.com"));
    }

    @Test
    void b1AnUnauthorizedSenderIsRejectedAndToldHowToFixIt() {
        SendDecision decision = send("me@private.example", ALIAS, "Hi", null, List.of(), List.of(), null);
        assertEquals(RuleId.B1, decision.rule());
        assertEquals(Outcome.REJECT, decision.outcome());
        assertTrue(decision.reason().contains("authorized"), decision.reason());
        assertTrue(send("Shop Help <HELP@shop.example>", ALIAS, "Hi", null, List.of(), List.of(), null).delivered());
    }

    @Test
    void b2AMessageToAnOptedOutBuyerBounces() {
        SendDecision decision = send(OPTED_OUT, "Your lamp has shipped");
        assertEquals(Outcome.BOUNCE, decision.outcome());
        assertEquals(RuleId.B2, decision.rule());
        assertTrue(decision.noticeToSeller());
    }

    @Test
    void b3WithBounceBacksOffTheBlockedMessageIsDroppedSilently() {
        rules = new SendRules(new SellerAccount(Set.of(SELLER), 650, false));
        SendDecision decision = send(OPTED_OUT, "Your lamp has shipped");
        assertEquals(Outcome.DROP, decision.outcome());
        assertFalse(decision.noticeToSeller());
    }

    @Test
    void b2Exception1AReplyOnTheBuyersThreadIsDelivered() {
        SendDecision decision = send(SELLER, OPTED_OUT, "Re: question", order(OrderStatus.SHIPPED, false),
                List.of("<q1@buyer>"), List.of(), null);
        assertEquals(Outcome.DELIVER, decision.outcome());
        assertEquals(RuleId.B2, decision.rule());
        assertTrue(decision.reason().contains("exception 1"));
        assertEquals(Outcome.BOUNCE, send(SELLER, OPTED_OUT, "Re: question", order(OrderStatus.SHIPPED, false),
                List.of("<someone-else@buyer>"), List.of(), null).outcome());
    }

    @Test
    void b2Exception2HandmadeOrCustomOrdersAreDelivered() {
        SendDecision decision = send(SELLER, OPTED_OUT, "Your engraving", order(OrderStatus.UNSHIPPED, true),
                List.of(), List.of(), null);
        assertTrue(decision.delivered());
        assertTrue(decision.reason().contains("exception 2"));
    }

    @Test
    void b2Exception3AndB4ImportantInAnyCaseGetsACriticalMessageThrough() {
        for (String subject : new String[] {"[Important] Address problem", "address [IMPORTANT]", "[important]"}) {
            SendDecision decision = send(OPTED_OUT, subject);
            assertTrue(decision.delivered(), subject);
            assertEquals(RuleId.B4, decision.rule());
        }
    }

    @Test
    void b4ImportantWithoutBracketsDoesNotCount() {
        assertEquals(Outcome.BOUNCE, send(OPTED_OUT, "Important: address problem").outcome());
        assertEquals(Outcome.BOUNCE, send(OPTED_OUT, "(Important) address problem").outcome());
        assertFalse(SendRules.hasImportantTag("Important"));
    }

    @Test
    void b2Exception3TheSellerCentralRouteIsOtherWithAdditionalInformationRequired() {
        Order shipped = order(OrderStatus.SHIPPED, false);
        assertTrue(send(SELLER, OPTED_OUT, "Additional Information Required", shipped, List.of(), List.of(),
                ContactReason.OTHER).delivered());
        assertTrue(send(SELLER, OPTED_OUT, "anything", shipped, List.of(), List.of(),
                ContactReason.ADDITIONAL_INFORMATION_REQUIRED).delivered());
        assertEquals(Outcome.BOUNCE, send(SELLER, OPTED_OUT, "Other question", shipped, List.of(), List.of(),
                ContactReason.OTHER).outcome());
        assertEquals(Outcome.BOUNCE, send(SELLER, OPTED_OUT, "[Important] x", shipped, List.of(), List.of(),
                ContactReason.OTHER).outcome(), "[Important] is the e-mail route, not Seller Central's");
    }

    @Test
    void b5OverTheDailyLimitIsRejected() {
        facts.sentToday = 649;
        assertTrue(send(ALIAS, "Hello").delivered());
        facts.sentToday = 650;
        SendDecision decision = send(ALIAS, "Hello");
        assertEquals(RuleId.B5, decision.rule());
        assertTrue(decision.reason().contains("650"), decision.reason());
    }

    @Test
    void b5TheLimitIsFiveTimesTheAverageDailyOrdersPlus600() {
        LocalDate today = LocalDate.parse("2026-11-30");
        List<Instant> orders = new java.util.ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            for (int i = 0; i < 12; i++) {
                orders.add(today.minusDays(day).atTime(12, 0).toInstant(ZoneOffset.UTC));
            }
        }
        orders.add(today.atTime(1, 0).toInstant(ZoneOffset.UTC)); // today's do not count
        orders.add(today.minusDays(40).atTime(1, 0).toInstant(ZoneOffset.UTC)); // nor older ones
        assertEquals(5 * 12 + 600, DailyLimit.of(orders, today, ZoneOffset.UTC, 30));
        assertEquals(600, DailyLimit.of(List.of(), today, ZoneOffset.UTC, 7));
    }

    @Test
    void b6NoMessagesAboutACanceledOrder() {
        SendDecision decision = send(SELLER, ALIAS, "About your order", order(OrderStatus.CANCELED, false),
                List.of(), List.of(), null);
        assertEquals(RuleId.B6, decision.rule());
        assertEquals(Outcome.REJECT, decision.outcome());
    }

    @Test
    void b6ACanceledHandmadeOrderOfAnOptedOutBuyerIsStillRefused() {
        assertEquals(RuleId.B6, send(SELLER, OPTED_OUT, "x", order(OrderStatus.CANCELED, true), List.of(), List.of(),
                null).rule());
    }

    @Test
    void b7AContactReasonNotOfferedForTheOrderStatusIsRejected() {
        SendDecision decision = send(SELLER, ALIAS, "Return", order(OrderStatus.UNSHIPPED, false), List.of(), List.of(),
                ContactReason.RETURN);
        assertEquals(RuleId.B7, decision.rule());
    }

    @Test
    void d1D2ABadAttachmentRejectsTheMessageNamingTheRule() {
        Order shipped = order(OrderStatus.SHIPPED, false);
        assertEquals(RuleId.D1, send(SELLER, ALIAS, "x", shipped, List.of(),
                List.of(new Attachment("tool.exe", AttachmentPolicyTest.EXE)), null).rule());
        assertEquals(RuleId.D2, send(SELLER, ALIAS, "x", shipped, List.of(),
                List.of(new Attachment("invoice.pdf", AttachmentPolicyTest.EXE)), null).rule());
    }

    @Test
    void d2AMarketingNameIsDeliveredWithAWarning() {
        SendDecision decision = send(SELLER, ALIAS, "x", order(OrderStatus.SHIPPED, false), List.of(),
                List.of(new Attachment("promo-flyer.pdf", AttachmentPolicyTest.PDF)), null);
        assertTrue(decision.delivered());
        assertEquals(1, decision.warnings().size());
    }

    @Test
    void d3AMessageOver10MegabytesOnTheWireIsRejected() {
        SendDecision decision = rules.decide(new SendEnvelope(SELLER, ALIAS, "x", null, List.of(),
                10L * 1024 * 1024 + 1, List.of(), null), facts);
        assertEquals(RuleId.D3, decision.rule());
    }
}
