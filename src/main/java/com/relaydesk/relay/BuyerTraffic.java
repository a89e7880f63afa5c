package com.relaydesk.relay;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Optional;

/**
 * Buyers acting on their own: new inquiries over time and answers to the seller's messages.
 * The demo world supplies one; the relay calls it from its single scheduler thread.
 */
public interface BuyerTraffic {

    /** A new buyer message for the seller's INBOX, or empty to skip this tick. */
    Optional<MimeMessage> nextInquiry(Instant now);

    /**
     * The buyer's answer to a message the relay just delivered to them, or empty when this buyer
     * does not answer it.
     */
    Optional<MimeMessage> answer(Buyer buyer, MimeMessage delivered, Instant now);

    /** No traffic at all: what tests use. */
    BuyerTraffic NONE = new BuyerTraffic() {
        @Override
        public Optional<MimeMessage> nextInquiry(Instant now) {
            return Optional.empty();
        }

        @Override
        public Optional<MimeMessage> answer(Buyer buyer, MimeMessage delivered, Instant now) {
            return Optional.empty();
        }
    };
}
