package com.relaydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * No Response Needed and Reported kept on this desktop only, for a server that keeps no custom
 * keywords (Microsoft 365, Exchange). The mark is laid over the filter columns, never written into
 * the cached flags: those stay the server's, so a sync does not see a difference to undo each time.
 * After each sync, {@link #reapply()} lays the marks over again.
 */
public final class LocalMarks {

    private static final Map<String, String> COLUMN = Map.of(
            MessageFlags.NO_RESPONSE_NEEDED, "no_response_needed",
            MessageFlags.REPORTED, "reported");

    private final Database db;

    LocalMarks(Database db) {
        this.db = db;
    }

    /** True for the marks that can be kept locally ($NoResponseNeeded, $Reported). */
    public static boolean supports(String keyword) {
        return COLUMN.containsKey(keyword);
    }

    /** Sets or takes off a local mark on one message, and shows it at once. */
    public void mark(long messageRow, String keyword, boolean on) {
        markAll(java.util.List.of(messageRow), keyword, on);
    }

    /** The same on many messages, in one transaction (a backlog cleared, or taken back, at once). */
    public void markAll(java.util.Collection<Long> messageRows, String keyword, boolean on) {
        String column = columnOf(keyword);
        db.transaction("keep a mark on this desktop", c -> {
            String sql = on
                    ? "INSERT OR IGNORE INTO local_marks (message_row, keyword) SELECT id, ? FROM messages WHERE id = ?"
                    : "DELETE FROM local_marks WHERE keyword = ? AND message_row = ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (long messageRow : messageRows) {
                    s.setString(1, keyword);
                    s.setLong(2, messageRow);
                    s.executeUpdate();
                    if (!on) {
                        ServerMarkColumns.restore(c, messageRow, column);
                    }
                }
            }
            if (on) {
                apply(c, keyword, column);
            }
            return null;
        });
    }

    /** Lays every local mark over the filter columns again (a sync may have rewritten them). */
    public void reapply() {
        db.transaction("lay the marks of this desktop over the synced ones", c -> {
            for (Map.Entry<String, String> e : COLUMN.entrySet()) {
                apply(c, e.getKey(), e.getValue());
            }
            return null;
        });
    }

    private static void apply(Connection c, String keyword, String column) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE messages SET " + column + " = 1 WHERE " + column + " = 0"
                + " AND id IN (SELECT message_row FROM local_marks WHERE keyword = ?)")) {
            s.setString(1, keyword);
            s.executeUpdate();
        }
    }

    private static String columnOf(String keyword) {
        String column = COLUMN.get(keyword);
        if (column == null) {
            throw new IllegalArgumentException("not a mark kept locally: " + keyword);
        }
        return column;
    }
}
