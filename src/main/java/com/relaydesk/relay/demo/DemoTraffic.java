package com.relaydesk.relay.demo;

import com.relaydesk.relay.Buyer;
import com.relaydesk.relay.BuyerTraffic;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The demo world going on: new inquiries of the same kinds as the world's, and buyers who answer
 * some of the seller's messages. Seeded like the world, so a class sees the same sequence.
 */
public final class DemoTraffic implements BuyerTraffic {

    /** Share of delivered seller messages that the buyer answers. */
    static final double ANSWER_RATE = 0.35;

    private static final List<MessageKind> LIVE_KINDS = List.of(MessageKind.WHERE_IS_MY_ORDER,
            MessageKind.WHERE_IS_MY_ORDER, MessageKind.PRODUCT_QUESTION, MessageKind.PRODUCT_QUESTION,
            MessageKind.RETURN_REQUEST, MessageKind.DAMAGED_ITEM, MessageKind.ADDRESS_PROBLEM,
            MessageKind.CUSTOMIZATION, MessageKind.DELIVERY_SCHEDULING, MessageKind.INVOICE_REQUEST,
            MessageKind.CARRIER_NOTICE, MessageKind.SPAM);

    private final DemoWorld world;
    private final SeededRandom random;

    DemoTraffic(DemoWorld world, SeededRandom random) {
        this.world = world;
        this.random = random;
    }

    @Override
    public synchronized Optional<MimeMessage> nextInquiry(Instant now) {
        MessageKind kind = LIVE_KINDS.get(random.nextInt(LIVE_KINDS.size()));
        synchronized (world) {
            DemoWorld.Inquiry inquiry = world.inquiry(kind, now);
            return inquiry == null ? Optional.empty() : Optional.of(inquiry.message());
        }
    }

    /** How far the world and its traffic have gone, taken between two messages (never half-way through one). */
    public synchronized DemoProgress progress() {
        synchronized (world) {
            return world.progress(random.state());
        }
    }

    @Override
    public synchronized Optional<MimeMessage> answer(Buyer buyer, MimeMessage delivered, Instant now) {
        if (random.nextDouble() >= ANSWER_RATE) {
            return Optional.empty();
        }
        synchronized (world) {
            return Optional.of(world.answer(buyer, delivered, now));
        }
    }
}
