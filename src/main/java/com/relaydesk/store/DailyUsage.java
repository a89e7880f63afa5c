package com.relaydesk.store;

import com.relaydesk.rules.DailyLimit;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** B5 for the reply editor's meter: messages sent today against the limit the order volume gives. */
public final class DailyUsage {

    /** Messages sent so far today and the day's limit. */
    public record Reading(int sentToday, int limit) { }

    private final Database db;

    public DailyUsage(AccountCache cache) {
        this.db = cache.database();
    }

    public Reading today(Instant now, ZoneId marketplaceZone) {
        LocalDate today = now.atZone(marketplaceZone).toLocalDate();
        long dayStart = today.atStartOfDay(marketplaceZone).toInstant().toEpochMilli();
        long windowStart = today.minusDays(DailyLimit.DEFAULT_WINDOW_DAYS).atStartOfDay(marketplaceZone)
                .toInstant().toEpochMilli();
        return db.read("read today's message count", c -> {
            int sent;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM messages m JOIN folders f "
                    + "ON f.id = m.folder_id WHERE f.role = 'sent' AND m.sort_time >= ?")) {
                s.setLong(1, dayStart);
                try (ResultSet r = s.executeQuery()) {
                    sent = r.next() ? r.getInt(1) : 0;
                }
            }
            List<Instant> purchases = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT purchase_date FROM orders WHERE purchase_date >= ? AND purchase_date < ?")) {
                s.setLong(1, windowStart);
                s.setLong(2, dayStart);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        purchases.add(Instant.ofEpochMilli(r.getLong(1)));
                    }
                }
            }
            return new Reading(sent, DailyLimit.of(purchases, today, marketplaceZone, DailyLimit.DEFAULT_WINDOW_DAYS));
        });
    }
}
