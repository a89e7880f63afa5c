package com.relaydesk.store;

import com.relaydesk.inbox.WaitingMark;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Marks (No Response Needed, Reported, read) made on this desktop and not yet on the server: the
 * write-ahead for triage, as the outbox is for replies. A mark is written here before the server
 * is asked; when the server cannot be reached it stays, shows in the lists at once, and the next
 * sync that reaches the server sets it there. The filter columns of a waiting mark are laid over
 * what a sync brings ({@link #reapply()}) — the cached flags stay the server's.
 */
public final class PendingMarks {

    /** The filter column each shared keyword shows in (\Seen has none: read state is per profile). */
    private static final Map<String, String> COLUMN = Map.of(
            MessageFlags.NO_RESPONSE_NEEDED, "no_response_needed",
            MessageFlags.REPORTED, "reported");

    /** One mark waiting: set ({@code on}) or take off {@code flag} on the message in that cache row. */
    public record Mark(long messageRow, String flag, boolean on) { }

    private final Database db;

    PendingMarks(Database db) {
        this.db = db;
    }

    /** Writes the marks (the latest of a message and flag wins) and shows them in the lists at once. */
    public void queue(Collection<Long> messageRows, String flag, boolean on) {
        db.durableTransaction("keep marks until the server has them", c -> { // the seller's: on disk, as the outbox
            try (PreparedStatement s = c.prepareStatement("INSERT INTO pending_marks (message_row, flag, set_on) "
                    + "SELECT id, ?, ? FROM messages WHERE id = ? "
                    + "ON CONFLICT (message_row, flag) DO UPDATE SET set_on = excluded.set_on")) {
                for (long row : messageRows) {
                    s.setString(1, flag);
                    s.setInt(2, on ? 1 : 0);
                    s.setLong(3, row);
                    s.executeUpdate();
                }
            }
            overlay(c, flag);
            return null;
        });
    }

    /** The marks waiting, oldest message rows first. */
    public List<Mark> waiting() {
        return db.read("read the marks waiting for the server", c -> {
            List<Mark> marks = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT message_row, flag, set_on FROM pending_marks ORDER BY message_row, flag");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    marks.add(new Mark(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1));
                }
            }
            return marks;
        });
    }

    /**
     * The marks {@link #count()} counts that are on messages in the cache, with what the seller knows
     * each message by, newest message first (the Outbox window lists them).
     */
    public List<WaitingMark> listed() {
        return db.read("list the marks waiting for the server", c -> {
            List<WaitingMark> marks = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT p.message_row, p.flag, p.set_on, m.subject,
                           coalesce(m.from_name, c.buyer_name, m.peer_alias, m.from_address, ''), m.sort_time
                    FROM pending_marks p JOIN messages m ON m.id = p.message_row
                    LEFT JOIN conversations c ON c.id = m.conversation_id
                    WHERE p.flag <> ? ORDER BY m.sort_time DESC, p.message_row DESC, p.flag""")) {
                s.setString(1, MessageFlags.SEEN);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        marks.add(new WaitingMark(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
                    }
                }
            }
            return marks;
        });
    }

    /**
     * The marks the seller made that wait (No Response Needed, Report and their undo). Read marks,
     * which opening a message makes, wait too but are not counted: "6 marks wait" after three
     * presses of n would not be what the seller did.
     */
    public int count() {
        return db.read("count the marks waiting for the server", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM pending_marks WHERE flag <> ?1)"
                    + " + (SELECT count(*) FROM pending_marks_set_aside WHERE flag <> ?1)")) {
                s.setString(1, MessageFlags.SEEN);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * The server has these marks: they wait no more. A mark changed again meanwhile (set, then taken
     * off before the push ended) stays for the next push.
     */
    public void sent(Collection<Mark> marks) {
        db.transaction("forget the marks the server has", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM pending_marks WHERE message_row = ? AND flag = ? AND set_on = ?")) {
                for (Mark mark : marks) {
                    s.setLong(1, mark.messageRow());
                    s.setString(2, mark.flag());
                    s.setInt(3, mark.on() ? 1 : 0);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * The server refused these marks for good (not a lost connection): they are dropped, and the
     * lists show the server's state again.
     */
    public void dropped(Collection<Mark> marks) {
        db.transaction("drop the marks the server refused", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM pending_marks WHERE message_row = ? AND flag = ?")) {
                for (Mark mark : marks) {
                    s.setLong(1, mark.messageRow());
                    s.setString(2, mark.flag());
                    s.executeUpdate();
                    String column = COLUMN.get(mark.flag());
                    if (column != null) {
                        ServerMarkColumns.restore(c, mark.messageRow(), column);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Before a folder's messages are deleted for a rebuild (UIDVALIDITY changed): its waiting marks
     * are kept by Message-ID, as the rows and UIDs they point at go.
     */
    static void setAside(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT OR REPLACE INTO pending_marks_set_aside (folder, message_id, flag, set_on, set_aside_at)
                SELECT f.name, m.message_id, p.flag, p.set_on, ? FROM pending_marks p
                JOIN messages m ON m.id = p.message_row JOIN folders f ON f.id = m.folder_id
                WHERE m.folder_id = ? AND m.message_id IS NOT NULL""")) {
            s.setLong(1, System.currentTimeMillis());
            s.setLong(2, folderId);
            s.executeUpdate();
        }
    }

    /**
     * Marks set aside by a rebuild go back on their messages once the rebuild has brought them back
     * (a mark made here since wins); one whose message has not come back within {@link #SET_ASIDE_FOR}
     * is gone from the server, and so is dropped.
     */
    private static void bringBack(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO pending_marks (message_row, flag, set_on)
                SELECT m.id, a.flag, a.set_on FROM pending_marks_set_aside a
                JOIN folders f ON f.name = a.folder JOIN messages m ON m.folder_id = f.id AND m.message_id = a.message_id
                WHERE true ON CONFLICT (message_row, flag) DO NOTHING""")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                DELETE FROM pending_marks_set_aside WHERE set_aside_at < ? OR EXISTS (
                  SELECT 1 FROM messages m JOIN folders f ON f.id = m.folder_id
                  WHERE f.name = pending_marks_set_aside.folder
                    AND m.message_id = pending_marks_set_aside.message_id)""")) {
            s.setLong(1, System.currentTimeMillis() - SET_ASIDE_FOR.toMillis());
            s.executeUpdate();
        }
    }

    /** How long a mark set aside by a rebuild waits for its message to come back. */
    static final java.time.Duration SET_ASIDE_FOR = java.time.Duration.ofDays(7);

    /** Lays the waiting marks over the filter columns again (a sync may have rewritten them). */
    public void reapply() {
        db.transaction("lay the marks waiting for the server over the synced ones", c -> {
            bringBack(c);
            for (String flag : COLUMN.keySet()) {
                overlay(c, flag);
            }
            return null;
        });
    }

    private static void overlay(Connection c, String flag) throws SQLException {
        String column = COLUMN.get(flag);
        if (column == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE messages SET " + column + " = p.set_on "
                + "FROM pending_marks p WHERE p.message_row = messages.id AND p.flag = ? AND messages." + column
                + " <> p.set_on")) {
            s.setString(1, flag);
            s.executeUpdate();
        }
    }
}
