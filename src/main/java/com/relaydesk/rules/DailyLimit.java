package com.relaydesk.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * B5: at most {@code 5 × average daily order volume + 600} messages per day. Decision: the
 * average is over a configurable window of past days (default 30) before the seller's current
 * marketplace day.
 */
public final class DailyLimit {

    public static final int DEFAULT_WINDOW_DAYS = 30;
    public static final int BASE = 600;
    public static final int PER_AVERAGE_ORDER = 5;

    private DailyLimit() {
    }

    /** The limit for {@code today}, from the purchase dates of the seller's orders. */
    public static int of(Collection<Instant> purchaseDates, LocalDate today, ZoneId marketplaceZone, int windowDays) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("window must be at least one day: " + windowDays);
        }
        LocalDate from = today.minusDays(windowDays);
        long inWindow = purchaseDates.stream()
                .map(instant -> instant.atZone(marketplaceZone).toLocalDate())
                .filter(day -> !day.isBefore(from) && day.isBefore(today))
                .count();
        return (int) Math.floor(PER_AVERAGE_ORDER * ((double) inWindow / windowDays)) + BASE;
    }
}
