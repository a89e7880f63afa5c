package com.relaydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * When this desktop first saw each RelayDesk team keyword on a message (issue 7). Claim and answer
 * keywords have fixed names per person ({@code $RDClaim_AB}), so the server cannot say how old a
 * claim is; each desktop counts from its own first sight instead. Rows go with their message and
 * when the keyword leaves it.
 */
public final class KeywordSightings {

    /** Claim keywords start with this; the partial index {@code messages_claimed} finds their messages. */
    public static final String CLAIM_PREFIX = "$RDClaim_";

    /**
     * A cached message with team keywords.
     *
     * @param keywords   its keywords of the prefix asked for
     * @param firstSeen  when this desktop first saw each of them (every one of {@code keywords} has an entry)
     */
    public record Sighted(long messageRow, String folder, long uid, Set<String> keywords, Map<String, Instant> firstSeen) { }

    private final Database db;

    KeywordSightings(Database db) {
        this.db = db;
    }

    /**
     * Records the first sight of every claim keyword on a cached message (now, unless seen before)
     * and forgets sightings of claims no longer there; returns the claimed messages.
     */
    public List<Sighted> refreshClaims(Instant now) {
        return db.transaction("note the claims seen", c -> {
            List<Sighted> claimed = new ArrayList<>();
            Map<Long, Set<String>> present = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.id, f.name, m.uid, m.flags FROM messages m"
                    + " INDEXED BY messages_claimed JOIN folders f ON f.id = m.folder_id WHERE instr(m.flags, '$RDClaim_') > 0");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Set<String> keywords = withPrefix(MessageFlags.parse(rs.getString(4)), CLAIM_PREFIX);
                    present.put(rs.getLong(1), keywords);
                    claimed.add(new Sighted(rs.getLong(1), rs.getString(2), rs.getLong(3), keywords, Map.of()));
                }
            }
            forgetGone(c, CLAIM_PREFIX, present);
            List<Sighted> out = new ArrayList<>();
            for (Sighted m : claimed) {
                Map<String, Instant> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (String keyword : m.keywords()) {
                    seen.put(keyword, firstSeen(c, m.messageRow(), keyword, now));
                }
                out.add(new Sighted(m.messageRow(), m.folder(), m.uid(), m.keywords(), seen));
            }
            return out;
        });
    }

    /** When this desktop first saw the keyword on the message; seen now (and so recorded) when never before. */
    public Instant firstSeen(long messageRow, String keyword, Instant now) {
        return db.transaction("note a keyword seen", c -> firstSeen(c, messageRow, keyword, now));
    }

    /**
     * When this desktop first saw the keyword on the INBOX message with this Message-ID; now (and
     * so recorded) when never before, and now when the message is not in the cache.
     */
    public Instant firstSeenOn(String messageId, String keyword, Instant now) {
        String id = MessageWriter.normalizeId(messageId);
        return db.transaction("note a keyword seen", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT m.id FROM messages m JOIN folders f ON f.id = m.folder_id"
                    + " WHERE m.message_id = ? AND f.role = 'inbox' LIMIT 1")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? firstSeen(c, rs.getLong(1), keyword, now) : now;
                }
            }
        });
    }

    /** Counts the keyword as seen from {@code at} on (this desktop claimed the message again). */
    public void seenAgain(long messageRow, String keyword, Instant at) {
        db.transaction("note a claim renewed", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO keyword_sightings (message_row, keyword, first_seen)"
                    + " SELECT id, ?, ? FROM messages WHERE id = ?"
                    + " ON CONFLICT (message_row, keyword) DO UPDATE SET first_seen = excluded.first_seen")) {
                s.setString(1, keyword);
                s.setLong(2, at.toEpochMilli());
                s.setLong(3, messageRow);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static Instant firstSeen(Connection c, long messageRow, String keyword, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO keyword_sightings (message_row, keyword, first_seen)"
                + " SELECT id, ?, ? FROM messages WHERE id = ?")) {
            s.setString(1, keyword);
            s.setLong(2, now.toEpochMilli());
            s.setLong(3, messageRow);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT first_seen FROM keyword_sightings WHERE message_row = ? AND keyword = ?")) {
            s.setLong(1, messageRow);
            s.setString(2, keyword);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Instant.ofEpochMilli(rs.getLong(1)) : now; // the message left the cache meanwhile
            }
        }
    }

    /** Deletes sightings of keywords with the prefix that their message no longer carries. */
    private static void forgetGone(Connection c, String prefix, Map<Long, Set<String>> present) throws SQLException {
        List<Object[]> gone = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT message_row, keyword FROM keyword_sightings WHERE keyword LIKE ? ESCAPE '\\'")) {
            s.setString(1, prefix.replace("_", "\\_") + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Set<String> now = present.get(rs.getLong(1));
                    if (now == null || !now.contains(rs.getString(2))) {
                        gone.add(new Object[] {rs.getLong(1), rs.getString(2)});
                    }
                }
            }
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM keyword_sightings WHERE message_row = ? AND keyword = ?")) {
            for (Object[] row : gone) {
                d.setLong(1, (Long) row[0]);
                d.setString(2, (String) row[1]);
                d.executeUpdate();
            }
        }
    }

    /**
     * Cached messages with an answer keyword as an older RelayDesk wrote it
     * ({@code $RDAnswer_AB_202611301002_k3abcdef}), at most {@code limit}. A scan of the messages:
     * for occasional tidying, not for every sync.
     */
    public List<Sighted> oldStyleAnswers(int limit) {
        return db.read("find old-style answer keywords", c -> {
            List<Sighted> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.id, f.name, m.uid, m.flags FROM messages m"
                    + " JOIN folders f ON f.id = m.folder_id WHERE m.flags GLOB ? LIMIT ?")) {
                s.setString(1, "*$RDAnswer_*_" + "[0-9]".repeat(12) + "_*");
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Sighted(rs.getLong(1), rs.getString(2), rs.getLong(3),
                                withPrefix(MessageFlags.parse(rs.getString(4)), "$RDAnswer_"), Map.of()));
                    }
                }
            }
            return found;
        });
    }

    private static Set<String> withPrefix(Set<String> flags, String prefix) {
        Set<String> out = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        String lower = prefix.toLowerCase(Locale.ROOT);
        for (String flag : flags) {
            if (flag.toLowerCase(Locale.ROOT).startsWith(lower)) {
                out.add(flag);
            }
        }
        return out;
    }
}
