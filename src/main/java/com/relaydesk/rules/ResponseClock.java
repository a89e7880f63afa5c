package com.relaydesk.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The 24-hour response expectation of E3, seen from one buyer message: how long is left, and
 * how urgent that is. Decision: amber under 6 hours left, red under 2 hours, then overdue.
 */
public final class ResponseClock {

    public static final Duration EXPECTED_RESPONSE = Duration.ofHours(24);
    static final Duration AMBER_BELOW = Duration.ofHours(6);
    static final Duration RED_BELOW = Duration.ofHours(2);

    /** How urgent an unanswered message is. */
    public enum Urgency { CALM, AMBER, RED, OVERDUE }

    /** The state of one message's clock at a given moment. */
    public record Reading(Duration left, Urgency urgency) {

        /**
         * "5h 20m left", "40m left", "overdue by 3h 5m", "overdue by 2d 4h". A message that has only
         * just come, or whose sender's clock runs ahead, reads "24h left", never "1d left".
         */
        public String label() {
            if (urgency == Urgency.OVERDUE) {
                return "overdue by " + compact(left.negated());
            }
            return left.compareTo(EXPECTED_RESPONSE) >= 0 ? "24h left" : compact(left) + " left";
        }
    }

    private ResponseClock() {
    }

    public static Reading read(Instant arrived, Instant now) {
        Objects.requireNonNull(arrived, "arrived");
        Duration left = Duration.between(now, arrived.plus(EXPECTED_RESPONSE));
        Urgency urgency;
        if (left.isNegative() || left.isZero()) {
            urgency = Urgency.OVERDUE;
        } else if (left.compareTo(RED_BELOW) < 0) {
            urgency = Urgency.RED;
        } else if (left.compareTo(AMBER_BELOW) < 0) {
            urgency = Urgency.AMBER;
        } else {
            urgency = Urgency.CALM;
        }
        return new Reading(left, urgency);
    }

    /** Two units at most, largest first; under a minute reads "<1m". */
    static String compact(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return "<1m";
        }
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return hours > 0 ? days + "d " + hours + "h" : days + "d";
        }
        if (hours > 0) {
            return mins > 0 ? hours + "h " + mins + "m" : hours + "h";
        }
        return mins + "m";
    }
}
