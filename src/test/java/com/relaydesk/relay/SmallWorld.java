package com.relaydesk.relay;

import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.Aliases;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** A hand-made world for the end-to-end tests: one buyer per case the rules distinguish. */
final class SmallWorld {

    static final String SELLER = "seller@walnut-lamps.example";
    static final String PASSWORD = "secret";
    static final String OTHER_AUTHORIZED = "help@walnut-lamps.example";

    static final Buyer ANNA = buyer("anna", "Anna Berg", false, false);
    static final Buyer BEN = buyer("ben", "Ben Cole", false, false);
    static final Buyer OPTED_OUT = buyer("olga", "Olga Opt", true, false);
    static final Buyer CLOSED = buyer("carl", "Carl Closed", false, true);
    static final Buyer CANCELER = buyer("cora", "Cora Cancel", false, false);

    static final Order ANNA_SHIPPED = order("111-0000001-0000001", ANNA, OrderStatus.SHIPPED, false);
    static final Order ANNA_UNSHIPPED = order("111-0000001-0000002", ANNA, OrderStatus.UNSHIPPED, false);
    static final Order OLGA_SHIPPED = order("111-0000003-0000001", OPTED_OUT, OrderStatus.SHIPPED, false);
    static final Order OLGA_HANDMADE = order("111-0000003-0000000", OPTED_OUT, OrderStatus.UNSHIPPED, true);
    static final Order CORA_CANCELED = order("111-0000005-0000001", CANCELER, OrderStatus.CANCELED, false);
    static final Order BEN_DELIVERED = order("111-0000002-0000001", BEN, OrderStatus.DELIVERED, false);

    /** Olga's question in the seller's INBOX: the thread she started (B2 exception 1). */
    static final String OLGA_QUESTION_ID = "<olga-question-1@marketplace.amazon.com>";

    private SmallWorld() {
    }

    static RelayWorld create() {
        Seller seller = new Seller("seller-1", "Walnut Lamps", SELLER, PASSWORD, List.of(OTHER_AUTHORIZED));
        return new RelayWorld(seller, List.of(ANNA, BEN, OPTED_OUT, CLOSED, CANCELER),
                List.of(ANNA_SHIPPED, ANNA_UNSHIPPED, OLGA_SHIPPED, OLGA_HANDMADE, CORA_CANCELED, BEN_DELIVERED),
                List.of(new MailItem(SELLER, MailItem.INBOX, olgaQuestion(), false)));
    }

    private static Buyer buyer(String id, String name, boolean optedOut, boolean unreachable) {
        return new Buyer(id, name, Aliases.generate(id, "seller-1"), "en", optedOut, unreachable);
    }

    private static Order order(String id, Buyer buyer, OrderStatus status, boolean handmade) {
        // Later order numbers are newer purchases: the buyer's latest order is the last one listed.
        Instant bought = Instant.parse("2026-11-01T10:00:00Z").plusSeconds(Long.parseLong(id.substring(12)) * 3600);
        return new Order(id, bought, status, FulfillmentChannel.MERCHANT, handmade, buyer.name(), buyer.alias(),
                List.of(new OrderItem("SKU-1", "B000000001", "Walnut desk lamp", 1)), "Leeds", "LS1 4AP", "GB",
                null, null, null);
    }

    private static MimeMessage olgaQuestion() {
        try {
            MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(OPTED_OUT.alias(), OPTED_OUT.name()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(SELLER));
            message.setSubject("Question about the lamp (Order: " + OLGA_SHIPPED.orderId() + ")");
            message.setSentDate(Date.from(Instant.parse("2026-11-02T08:00:00Z")));
            message.setHeader("Message-ID", OLGA_QUESTION_ID);
            message.setText("Does the lamp take an E27 bulb?");
            message.saveChanges();
            return message;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
