package com.relaydesk.relay.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.relay.Buyer;
import com.relaydesk.relay.MailItem;
import com.relaydesk.rules.Aliases;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.AttachmentPolicy;
import com.relaydesk.rules.OrderIds;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoWorldTest {

    static final Instant ANCHOR = Instant.parse("2026-11-30T09:00:00Z");
    private final DemoWorld world = DemoWorld.generate(42, ANCHOR);

    /** Every buyer, order and message byte, hashed. */
    static String fingerprint(DemoWorld world) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(world.buyers().toString().getBytes());
        digest.update(world.orders().toString().getBytes());
        for (MailItem item : world.mail()) {
            digest.update((item.owner() + "|" + item.folder() + "|" + item.seen()).getBytes());
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            item.message().writeTo(raw);
            digest.update(raw.toByteArray());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void theSameSeedGivesTheSameWorldByteForByte() throws Exception {
        assertEquals(fingerprint(world), fingerprint(DemoWorld.generate(42, ANCHOR)));
    }

    @Test
    void anotherSeedGivesAnotherWorld() throws Exception {
        assertNotEquals(fingerprint(world), fingerprint(DemoWorld.generate(7, ANCHOR)));
    }

    @Test
    void a1A2About200BuyersEachWithItsOwnValidAlias() {
        List<Buyer> buyers = world.buyers();
        assertEquals(DemoWorld.BUYERS, buyers.size());
        assertEquals(buyers.size(), buyers.stream().map(Buyer::alias).distinct().count(), "aliases are unique");
        assertTrue(buyers.stream().allMatch(b -> Aliases.isAlias(b.alias())));
        assertTrue(buyers.stream().anyMatch(b -> b.alias().endsWith(".de")));
        long optedOut = buyers.stream().filter(Buyer::optedOut).count();
        assertTrue(optedOut >= 10 && optedOut <= 40, "some buyers opted out: " + optedOut);
        assertTrue(buyers.stream().anyMatch(Buyer::unreachable));
    }

    @Test
    void about500OrdersInEveryStatusBothChannelsAndSomeHandmade() {
        List<Order> orders = world.orders();
        assertEquals(DemoWorld.ORDERS, orders.size());
        assertEquals(EnumSet.allOf(OrderStatus.class), orders.stream().map(Order::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderStatus.class))));
        assertEquals(EnumSet.allOf(FulfillmentChannel.class), orders.stream().map(Order::channel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FulfillmentChannel.class))));
        assertTrue(orders.stream().filter(Order::handmadeOrCustom).count() > 20);
        assertTrue(orders.stream().allMatch(o -> OrderIds.isOrderId(o.orderId())));
        assertEquals(orders.size(), orders.stream().map(Order::orderId).distinct().count());
        assertTrue(orders.stream().allMatch(o -> !o.purchaseDate().isAfter(ANCHOR)));
    }

    @Test
    void aFewHundredBuyerMessagesOfEveryKind() throws Exception {
        List<MimeMessage> inbox = new ArrayList<>();
        for (MailItem item : world.mail()) {
            if (item.owner().equals(DemoWorld.SELLER_ADDRESS) && item.folder().equals(MailItem.INBOX)) {
                inbox.add(item.message());
            }
        }
        assertTrue(inbox.size() >= 250, "messages in the INBOX: " + inbox.size());
        Set<String> subjects = new HashSet<>();
        int html = 0;
        int withoutOrderId = 0;
        int answers = 0;
        List<Attachment> files = new ArrayList<>();
        for (MimeMessage m : inbox) {
            subjects.add(m.getSubject());
            html += containsHtml(m) ? 1 : 0;
            withoutOrderId += OrderIds.findAll(m.getSubject()).isEmpty() ? 1 : 0;
            answers += m.getHeader("In-Reply-To") != null ? 1 : 0;
            collect(m, files);
            assertTrue(!m.getSentDate().toInstant().isAfter(ANCHOR));
        }
        assertTrue(html > 10, "HTML messages: " + html);
        assertTrue(withoutOrderId > 20, "messages without an order ID: " + withoutOrderId);
        assertTrue(answers > 5, "buyers answering the seller: " + answers);
        assertTrue(subjects.stream().anyMatch(s -> s.contains("Bestellung")), "German");
        assertTrue(subjects.stream().anyMatch(s -> s.contains("Commande")), "French");
        assertTrue(subjects.stream().anyMatch(s -> s.contains("Pedido")), "Spanish");
        assertTrue(subjects.stream().anyMatch(s -> s.contains("verify your seller account")
                || s.contains("five-star reviews")), "spam worth reporting");
        assertTrue(subjects.stream().anyMatch(s -> s.contains("delivery exception")), "carrier notices");
        assertTrue(files.stream().anyMatch(f -> AttachmentPolicy.checkOne(f).isEmpty()), "permitted attachments");
        assertTrue(files.stream().anyMatch(f -> AttachmentPolicy.checkOne(f).stream().anyMatch(x -> x.blocks())),
                "forbidden attachments");
    }

    @Test
    void buyersWriteAboutAnOrderOnlyAfterPlacingItAndTheSellerRepliesAfterThat() throws Exception {
        java.util.Map<String, Order> byId = new java.util.HashMap<>();
        world.orders().forEach(o -> byId.put(o.orderId(), o));
        java.util.Map<String, Instant> asked = new java.util.HashMap<>();
        for (MailItem item : world.mail()) {
            MimeMessage m = item.message();
            Instant date = m.getSentDate().toInstant();
            for (String id : OrderIds.findAll(m.getSubject())) {
                assertTrue(!date.isBefore(byId.get(id).purchaseDate()), m.getSubject() + " before the purchase");
            }
            if (item.folder().equals(MailItem.INBOX) && item.owner().equals(DemoWorld.SELLER_ADDRESS)) {
                asked.put(m.getMessageID(), date);
            }
        }
        for (MailItem item : world.mail()) {
            String inReplyTo = item.message().getHeader("In-Reply-To", null);
            if (item.folder().equals(MailItem.SENT) && inReplyTo != null) {
                assertTrue(item.message().getSentDate().toInstant().isAfter(asked.get(inReplyTo)));
            }
        }
    }

    @Test
    void aBuyerAskingWhereTheOrderIsNamesTheDayItWasPlaced() throws Exception {
        java.util.Map<String, Order> byId = new java.util.HashMap<>();
        world.orders().forEach(o -> byId.put(o.orderId(), o));
        int checked = 0;
        for (MailItem item : world.mail()) {
            MimeMessage m = item.message();
            if (m.getSubject().startsWith("Where is my order?") && m.getContent() instanceof String body) {
                Order order = byId.get(OrderIds.findAll(m.getSubject()).get(0));
                assertTrue(body.contains(OrderDatePhrase.of(order.purchaseDate(), "en")), body);
                checked++;
            }
        }
        assertTrue(checked > 0, "no plain-text 'Where is my order?' message in the demo world");
    }

    @Test
    void aBuyerOpensOneConversationPerOrderAndLiveTrafficDoesNotRepeatIt() throws Exception {
        Set<String> opened = new HashSet<>();
        for (MailItem item : world.mail()) {
            MimeMessage m = item.message();
            if (item.owner().equals(DemoWorld.SELLER_ADDRESS) && item.folder().equals(MailItem.INBOX)
                    && m.getHeader("In-Reply-To") == null && Aliases.isAlias(m.getFrom()[0].toString().replaceAll(".*<|>", ""))) {
                for (String id : OrderIds.findAll(m.getSubject())) {
                    assertTrue(opened.add(id), "a second opening message about " + id + ": " + m.getSubject());
                }
            }
        }
        DemoTraffic traffic = world.traffic();
        for (int i = 0; i < 60; i++) {
            java.util.Optional<MimeMessage> next = traffic.nextInquiry(ANCHOR.plusSeconds(60L * i));
            if (next.isPresent() && Aliases.isAlias(next.get().getFrom()[0].toString().replaceAll(".*<|>", ""))) {
                for (String id : OrderIds.findAll(next.get().getSubject())) {
                    assertTrue(opened.add(id), "live traffic asks again about " + id + ": " + next.get().getSubject());
                }
            }
        }
        assertTrue(opened.size() > 100, "orders written about: " + opened.size());
    }

    @Test
    void theSellersRepliesAreInSentAndInTheBuyersMailbox() {
        long sent = world.mail().stream().filter(i -> i.folder().equals(MailItem.SENT)).count();
        long buyerCopies = world.mail().stream().filter(i -> !i.owner().equals(DemoWorld.SELLER_ADDRESS)).count();
        assertTrue(sent > 30, "seller replies: " + sent);
        assertEquals(sent, buyerCopies);
    }

    private static boolean containsHtml(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return true;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                if (containsHtml(mp.getBodyPart(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(Part part, List<Attachment> files) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                if (child.getFileName() != null) {
                    files.add(new Attachment(child.getFileName(), child.getInputStream().readAllBytes()));
                } else {
                    collect(child, files);
                }
            }
        }
    }
}
