package com.relaydesk.relay.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * "on 24 November", "am 24. November", …: when a demo buyer placed an order, in the buyer's
 * language. Buyers name the day rather than "over a week ago", which was wrong for the many demo
 * orders placed a day or two before the buyer writes.
 */
final class OrderDatePhrase {

    private OrderDatePhrase() {
    }

    static String of(Instant purchased, String language) {
        String pattern = switch (language) {
            case "de" -> "'am' d. MMMM";
            case "fr" -> "'le' d MMMM";
            case "es" -> "'el' d 'de' MMMM";
            default -> "'on' d MMMM";
        };
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language))
                .withZone(ZoneOffset.UTC).format(purchased);
    }
}
