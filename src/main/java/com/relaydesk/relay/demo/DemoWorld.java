package com.relaydesk.relay.demo;

import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.relay.Buyer;
import com.relaydesk.relay.MailItem;
import com.relaydesk.relay.RelayWorld;
import com.relaydesk.relay.Seller;
import com.relaydesk.relay.demo.DemoCatalog.Place;
import com.relaydesk.relay.demo.DemoCatalog.Product;
import com.relaydesk.rules.Aliases;
import com.relaydesk.rules.RelayNotices;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The demo world: one seller ("Walnut &amp; Wick"), about 200 buyers with aliases, about 500
 * orders in every status, and a few hundred buyer messages of every kind, with the seller's
 * replies and some buyer answers. The same seed and anchor time always give the same world, byte
 * for byte; dates are placed before the anchor so response clocks look live.
 */
public final class DemoWorld {

    public static final String SELLER_ID = "walnut-wick";
    public static final String SELLER_NAME = "Walnut & Wick";
    public static final String SELLER_ADDRESS = "seller@walnut-wick.example";
    public static final String SELLER_PASSWORD = "relaydesk";
    public static final String OTHER_AUTHORIZED = "support@walnut-wick.example";

    public static final int BUYERS = 200;
    public static final int ORDERS = 500;
    public static final int INQUIRIES = 300;

    private final long seed;
    private final Instant anchor;
    private final SeededRandom random;
    private final DemoMail mail;
    private final List<Buyer> buyers = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();
    private final List<Order> orders = new ArrayList<>();
    private final Map<String, List<Order>> ordersByAlias = new HashMap<>();
    private final List<MailItem> items = new ArrayList<>();
    /** Orders a buyer has already written about: a new inquiry picks another one while there is one. */
    private final Set<String> discussed = new HashSet<>();
    private int messageNumber;
    /** Where the traffic's generator goes on from in a resumed world; null in a generated one. */
    private final Long trafficState;

    private DemoWorld(long seed, Instant anchor, Long trafficState) {
        this.seed = seed;
        this.anchor = anchor.truncatedTo(ChronoUnit.SECONDS);
        this.random = new SeededRandom(seed);
        this.mail = new DemoMail(seed);
        this.trafficState = trafficState;
    }

    /** Generates the world of this seed with its dates placed before {@code anchor}. */
    public static DemoWorld generate(long seed, Instant anchor) {
        DemoWorld world = new DemoWorld(seed, anchor, null);
        world.makeBuyers();
        world.makeOrders();
        world.makeMessages();
        return world;
    }

    /**
     * The world of this seed and anchor as it was when {@code progress} was taken: the same buyers
     * and orders, no mail (a snapshot holds the mailboxes), and traffic that goes on from there.
     */
    public static DemoWorld resume(long seed, Instant anchor, DemoProgress progress) {
        DemoWorld world = new DemoWorld(seed, anchor, progress.trafficRandom());
        world.makeBuyers();
        world.makeOrders();
        world.random.restore(progress.worldRandom());
        world.messageNumber = progress.messageNumber();
        world.mail.continueFrom(progress.boundaries());
        world.discussed.addAll(progress.discussed());
        return world;
    }

    public long seed() {
        return seed;
    }

    /** The time the world's dates were placed before. */
    public Instant anchor() {
        return anchor;
    }

    /**
     * A digest of the buyers and orders: a resumed world whose digest differs from the saved one
     * was made by another version of the generator, and the saved mail would not fit it.
     */
    public long fingerprint() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(buyers.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(orders.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest.digest()).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Where the world is now, with its traffic's generator; the caller holds the world's lock. */
    DemoProgress progress(long trafficRandom) {
        return new DemoProgress(random.state(), trafficRandom, messageNumber, mail.boundaries(), discussed);
    }

    public RelayWorld relayWorld() {
        Seller seller = new Seller(SELLER_ID, SELLER_NAME, SELLER_ADDRESS, SELLER_PASSWORD, List.of(OTHER_AUTHORIZED));
        return new RelayWorld(seller, buyers, orders, items);
    }

    /** New inquiries and answers to the seller, continuing this world with the same seed. */
    public DemoTraffic traffic() {
        SeededRandom generator = new SeededRandom(seed * 31 + 17);
        if (trafficState != null) {
            generator.restore(trafficState);
        }
        return new DemoTraffic(this, generator);
    }

    public List<Buyer> buyers() {
        return List.copyOf(buyers);
    }

    public List<Order> orders() {
        return List.copyOf(orders);
    }

    public List<MailItem> mail() {
        return List.copyOf(items);
    }

    // --- buyers and orders ---------------------------------------------------------------------

    private void makeBuyers() {
        for (int i = 1; i <= BUYERS; i++) {
            String language = pick(DemoCatalog.LANGUAGES);
            String name = pick(DemoCatalog.firstNames(language)) + " " + pick(DemoCatalog.lastNames(language));
            Place place = pick(DemoCatalog.places(language));
            String alias = Aliases.generate("buyer-" + i, SELLER_ID, DemoCatalog.relayDomain(language, place.country()));
            double roll = random.nextDouble();
            Buyer buyer = new Buyer("buyer-" + i, name, alias, language, roll < 0.10, roll >= 0.10 && roll < 0.12);
            buyers.add(buyer);
            places.put(alias, place);
        }
    }

    private void makeOrders() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ORDERS; i++) {
            // A third of the orders go to the first 40 buyers: repeat customers with several orders.
            Buyer buyer = random.nextDouble() < 0.33 ? buyers.get(random.nextInt(40)) : pick(buyers);
            Place place = places.get(buyer.alias());
            List<OrderItem> lines = new ArrayList<>();
            boolean handmade = false;
            int count = random.nextDouble() < 0.1 ? 2 : 1;
            for (int n = 0; n < count; n++) {
                Product product = pick(DemoCatalog.PRODUCTS);
                handmade |= product.handmade() || product.custom();
                lines.add(new OrderItem(product.sku(), product.asin(), product.title(), 1 + (random.nextDouble() < 0.15 ? 1 : 0)));
            }
            Duration age = Duration.ofSeconds((long) (random.nextDouble() * random.nextDouble() * 60 * 86400));
            Instant purchased = anchor.minus(age);
            OrderStatus status = status(age);
            FulfillmentChannel channel = !handmade && random.nextDouble() < 0.45 ? FulfillmentChannel.MARKETPLACE
                    : FulfillmentChannel.MERCHANT;
            String carrier = null;
            String tracking = null;
            if (status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED || status == OrderStatus.RETURNED) {
                if (channel == FulfillmentChannel.MARKETPLACE) {
                    carrier = "Amazon Logistics";
                    tracking = "TBA" + digits(12);
                } else {
                    String[] c = pick(DemoCatalog.carriers(place.country()));
                    carrier = c[0];
                    tracking = trackingNumber(c[0]);
                }
            }
            String id;
            do {
                id = pick(DemoCatalog.orderPrefixes(place.country())) + "-" + digits(7) + "-" + digits(7);
            } while (!ids.add(id));
            Order order = new Order(id, purchased, status, channel, handmade, buyer.name(), buyer.alias(), lines,
                    place.city(), place.postalCode(), place.country(), carrier, tracking,
                    status == OrderStatus.DELIVERED ? purchased.plus(Duration.ofDays(2 + random.nextInt(4)))
                            .atOffset(ZoneOffset.UTC).toLocalDate() : null);
            orders.add(order);
            ordersByAlias.computeIfAbsent(buyer.alias(), k -> new ArrayList<>()).add(order);
        }
    }

    private OrderStatus status(Duration age) {
        double roll = random.nextDouble();
        if (age.toHours() < 24) {
            return roll < 0.3 ? OrderStatus.PENDING : roll < 0.9 ? OrderStatus.UNSHIPPED : OrderStatus.CANCELED;
        }
        if (age.toDays() < 4) {
            return roll < 0.25 ? OrderStatus.UNSHIPPED : roll < 0.9 ? OrderStatus.SHIPPED : OrderStatus.CANCELED;
        }
        return roll < 0.8 ? OrderStatus.DELIVERED : roll < 0.85 ? OrderStatus.SHIPPED
                : roll < 0.93 ? OrderStatus.RETURNED : OrderStatus.CANCELED;
    }

    private String trackingNumber(String carrier) {
        return switch (carrier) {
            case "UPS" -> "1Z" + digits(6) + "03" + digits(8);
            case "Royal Mail" -> "RM" + digits(9) + "GB";
            case "DHL" -> "00340" + digits(15);
            default -> digits(14);
        };
    }

    // --- messages ------------------------------------------------------------------------------

    private void makeMessages() {
        for (int i = 0; i < INQUIRIES; i++) {
            Inquiry inquiry = inquiry(pickKind(), anchor.minus(messageAge()));
            if (inquiry == null) {
                continue;
            }
            Instant date = sentDate(inquiry.message());
            boolean old = Duration.between(date, anchor).toHours() >= 24;
            items.add(new MailItem(SELLER_ADDRESS, MailItem.INBOX, inquiry.message(), old ? random.nextDouble() < 0.85
                    : random.nextDouble() < 0.25));
            if (inquiry.buyer() != null && Duration.between(date, anchor).toHours() >= 6 && random.nextDouble() < 0.45) {
                reply(inquiry, date);
            }
        }
    }

    /** Mostly recent: 40% in the last day, 30% in the two days before, the rest up to two weeks. */
    private Duration messageAge() {
        double roll = random.nextDouble();
        double hours = roll < 0.4 ? random.nextDouble() * 24 : roll < 0.7 ? 24 + random.nextDouble() * 48
                : 72 + random.nextDouble() * 264;
        return Duration.ofSeconds((long) (hours * 3600));
    }

    private MessageKind pickKind() {
        double roll = random.nextDouble();
        double[] weights = {0.20, 0.16, 0.09, 0.07, 0.07, 0.07, 0.05, 0.07, 0.05, 0.06, 0.06};
        MessageKind[] kinds = {MessageKind.WHERE_IS_MY_ORDER, MessageKind.PRODUCT_QUESTION, MessageKind.RETURN_REQUEST,
            MessageKind.DAMAGED_ITEM, MessageKind.ADDRESS_PROBLEM, MessageKind.CUSTOMIZATION,
            MessageKind.DELIVERY_SCHEDULING, MessageKind.INVOICE_REQUEST, MessageKind.CANCEL_REQUEST,
            MessageKind.CARRIER_NOTICE, MessageKind.SPAM};
        double sum = 0;
        for (int i = 0; i < kinds.length; i++) {
            sum += weights[i];
            if (roll < sum) {
                return kinds[i];
            }
        }
        return MessageKind.PRODUCT_QUESTION;
    }

    /** One buyer (or carrier, or spammer) message of this kind, dated {@code date}. */
    record Inquiry(MessageKind kind, Buyer buyer, Order order, MimeMessage message) {
    }

    Inquiry inquiry(MessageKind kind, Instant date) {
        String id = "<demo-" + seed + "-" + (++messageNumber) + "@relay.relaydesk.invalid>";
        if (kind == MessageKind.SPAM) {
            return spam(date, id);
        }
        Order order = switch (kind) {
            case WHERE_IS_MY_ORDER, DELIVERY_SCHEDULING -> orderIn(OrderStatus.SHIPPED, OrderStatus.UNSHIPPED);
            case RETURN_REQUEST -> orderIn(OrderStatus.DELIVERED, OrderStatus.RETURNED);
            case DAMAGED_ITEM -> orderIn(OrderStatus.DELIVERED);
            case ADDRESS_PROBLEM, CANCEL_REQUEST -> orderIn(OrderStatus.PENDING, OrderStatus.UNSHIPPED);
            case CUSTOMIZATION -> handmadeOrderIn(OrderStatus.PENDING, OrderStatus.UNSHIPPED);
            case INVOICE_REQUEST -> orderIn(OrderStatus.SHIPPED, OrderStatus.DELIVERED);
            case CARRIER_NOTICE -> merchantShipped();
            case PRODUCT_QUESTION -> random.nextDouble() < 0.6 ? null : orderIn(OrderStatus.DELIVERED);
            default -> null;
        };
        if (order == null && kind != MessageKind.PRODUCT_QUESTION) {
            // Every fitting order has been written about: this buyer asks before buying instead.
            kind = MessageKind.PRODUCT_QUESTION;
        }
        if (order != null) {
            discussed.add(order.orderId());
        }
        Buyer buyer = order == null ? pickReachable() : buyerOf(order);
        if (order != null && order.purchaseDate() != null && !date.isAfter(order.purchaseDate())) {
            // A buyer writes about an order after placing it: somewhere between then and the message's time.
            long span = Math.max(1, Duration.between(order.purchaseDate(), anchor.isAfter(date) ? anchor : date).toSeconds());
            date = order.purchaseDate().plusSeconds(1 + (long) (random.nextDouble() * Math.min(span, 3 * 86400)));
            if (date.isAfter(anchor)) {
                date = anchor;
            }
        }
        DemoTexts.Text text = pick(DemoTexts.of(kind, buyer.language()));
        Map<String, String> values = values(buyer, order);
        List<DemoMail.File> files = attachments(kind);
        boolean html = random.nextDouble() < 0.15;
        if (kind == MessageKind.CARRIER_NOTICE) {
            String domain = carrierDomain(order);
            MimeMessage message = mail.build(order.carrier(), "tracking@notify." + domain, SELLER_ADDRESS,
                    fill(text.subject(), values), fill(text.body(), values), true, List.of(), date, id, null);
            return new Inquiry(kind, null, order, message);
        }
        MimeMessage message = mail.build(buyer.name(), buyer.alias(), SELLER_ADDRESS, fill(text.subject(), values),
                fill(text.body(), values), html, files, date, id, null);
        return new Inquiry(kind, buyer, order, message);
    }

    private Inquiry spam(Instant date, String id) {
        DemoTexts.Text text = pick(DemoTexts.of(MessageKind.SPAM, "en"));
        List<DemoMail.File> files = text.subject().contains("invoice")
                ? List.of(random.nextBoolean() ? new DemoMail.File("invoice.pdf", "application/pdf", DemoMail.RENAMED_EXE)
                        : new DemoMail.File("invoice.zip", "application/zip", DemoMail.ZIP))
                : List.of();
        // Some spam comes through the relay from a buyer alias, some straight from outside.
        Buyer through = random.nextBoolean() ? pick(buyers) : null;
        MimeMessage message = through == null
                ? mail.build("Seller Support", "no-reply@seller-support-verify.example", SELLER_ADDRESS, text.subject(),
                        text.body(), true, files, date, id, null)
                : mail.build("Customer", through.alias(), SELLER_ADDRESS, text.subject(), text.body(), false, files, date,
                        id, null);
        return new Inquiry(MessageKind.SPAM, null, null, message);
    }

    private List<DemoMail.File> attachments(MessageKind kind) {
        double roll = random.nextDouble();
        return switch (kind) {
            case DAMAGED_ITEM -> roll < 0.7 ? List.of(new DemoMail.File("photo.jpg", "image/jpeg", DemoMail.JPEG))
                    : roll < 0.85 ? List.of(new DemoMail.File("damage-video.mov", "video/quicktime", DemoMail.MOV))
                    : List.of();
            case CUSTOMIZATION -> roll < 0.5 ? List.of(new DemoMail.File("engraving-sketch.png", "image/png", DemoMail.PNG))
                    : List.of();
            case RETURN_REQUEST -> roll < 0.2 ? List.of(new DemoMail.File("receipt.pdf", "application/pdf", DemoMail.PDF))
                    : roll < 0.3 ? List.of(new DemoMail.File("photos.zip", "application/zip", DemoMail.ZIP)) : List.of();
            default -> List.of();
        };
    }

    /** The seller's answer in Sent, and sometimes the buyer's answer to it back in the INBOX. */
    private void reply(Inquiry inquiry, Instant asked) {
        Buyer buyer = inquiry.buyer();
        Instant answered = asked.plus(Duration.ofMinutes(30 + random.nextInt(20 * 60)));
        if (!answered.isBefore(anchor)) {
            return;
        }
        String subject = "Re: " + subjectOf(inquiry.message());
        String id = "<demo-" + seed + "-" + (++messageNumber) + "@walnut-wick.example>";
        String text = fill(DemoTexts.sellerReply(buyer.language()), values(buyer, inquiry.order()));
        MimeMessage sent = mail.build(SELLER_NAME, SELLER_ADDRESS, buyer.alias(), subject, text, false, List.of(),
                answered, id, messageId(inquiry.message()));
        try {
            sent.setHeader(RelayNotices.HEADER_DELIVERY, "delivered");
            sent.saveChanges();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        items.add(new MailItem(SELLER_ADDRESS, MailItem.SENT, sent, true));
        items.add(new MailItem(buyer.alias(), MailItem.INBOX, sent, random.nextBoolean()));
        Instant followUp = answered.plus(Duration.ofMinutes(20 + random.nextInt(10 * 60)));
        if (random.nextDouble() < 0.3 && followUp.isBefore(anchor)) {
            items.add(new MailItem(SELLER_ADDRESS, MailItem.INBOX, answer(buyer, sent, followUp),
                    Duration.between(followUp, anchor).toHours() >= 24));
        }
    }

    /** A buyer's answer to a message of the seller. */
    MimeMessage answer(Buyer buyer, MimeMessage to, Instant date) {
        String subject = subjectOf(to).replaceFirst("^(?i)(re:\\s*)+", "");
        Map<String, String> values = values(buyer, null);
        values.put("subject", subject);
        DemoTexts.Text text = pick(DemoTexts.of(MessageKind.FOLLOW_UP, buyer.language()));
        String id = "<demo-" + seed + "-" + (++messageNumber) + "@relay.relaydesk.invalid>";
        return mail.build(buyer.name(), buyer.alias(), SELLER_ADDRESS, fill(text.subject(), values),
                fill(text.body(), values), false, List.of(), date, id, messageId(to));
    }

    // --- helpers -------------------------------------------------------------------------------

    private Order orderIn(OrderStatus... statuses) {
        return freshest(o -> List.of(statuses).contains(o.status()));
    }

    private Order handmadeOrderIn(OrderStatus... statuses) {
        return freshest(o -> o.handmadeOrCustom() && List.of(statuses).contains(o.status()));
    }

    private Order merchantShipped() {
        return freshest(o -> o.status() == OrderStatus.SHIPPED && o.channel() == FulfillmentChannel.MERCHANT
                && o.trackingNumber() != null);
    }

    /**
     * A fitting order nobody has written about yet, or null. Real buyers write once about an
     * order (and answer the seller's reply), not again and again with a different wish each time.
     */
    private Order freshest(Predicate<Order> fits) {
        List<Order> fresh = orders.stream().filter(o -> fits.test(o) && !discussed.contains(o.orderId())).toList();
        return fresh.isEmpty() ? null : pick(fresh);
    }

    private Buyer buyerOf(Order order) {
        return buyers.stream().filter(b -> b.alias().equals(order.buyerAlias())).findFirst().orElseThrow();
    }

    private Buyer pickReachable() {
        Buyer buyer;
        do {
            buyer = pick(buyers);
        } while (buyer.unreachable());
        return buyer;
    }

    private Map<String, String> values(Buyer buyer, Order order) {
        Map<String, String> values = new HashMap<>();
        values.put("name", buyer.name().split(" ")[0]);
        values.put("seller", SELLER_NAME);
        values.put("city", places.get(buyer.alias()).city());
        List<Order> own = ordersByAlias.getOrDefault(buyer.alias(), List.of());
        Order about = order != null ? order : own.isEmpty() ? null : own.get(0);
        values.put("product", about == null ? pick(DemoCatalog.PRODUCTS).title() : about.items().get(0).title());
        values.put("order", about == null ? "" : about.orderId());
        values.put("carrier", about == null || about.carrier() == null ? "the carrier" : about.carrier());
        values.put("tracking", about == null || about.trackingNumber() == null ? "" : about.trackingNumber());
        values.put("ordered", about == null || about.purchaseDate() == null ? ""
                : OrderDatePhrase.of(about.purchaseDate(), buyer.language()));
        return values;
    }

    private static String carrierDomain(Order order) {
        for (String country : List.of("US", "GB", "DE", "FR", "ES")) {
            for (String[] carrier : DemoCatalog.carriers(country)) {
                if (carrier[0].equals(order.carrier())) {
                    return carrier[1];
                }
            }
        }
        return "ups.com";
    }

    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    static Instant sentDate(MimeMessage message) {
        try {
            return message.getSentDate().toInstant();
        } catch (MessagingException e) {
            throw new IllegalStateException("a demo message without a date", e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
