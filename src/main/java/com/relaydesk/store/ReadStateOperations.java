package com.relaydesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What each profile has read. The server's {@code \Seen} is one flag for everyone; on a shared
 * desktop each person's bold rows come from their own set. While a seller works alone (one
 * profile) the server's flag counts too, so reading on the phone still un-bolds here.
 */
public final class ReadStateOperations {

    private final Database db;

    public ReadStateOperations(Database db) {
        this.db = db;
    }

    /** Marks a message read or unread for one profile. */
    public void mark(long profileId, long messageRow, boolean read) {
        markAll(profileId, java.util.List.of(messageRow), read);
    }

    /** The same on many messages (rows picked together), in one transaction. */
    public void markAll(long profileId, Collection<Long> messageRows, boolean read) {
        db.transaction("save the read state", c -> {
            String sql = read
                    ? "INSERT OR IGNORE INTO profile_reads (profile_id, message_row) SELECT ?, id FROM messages WHERE id = ?"
                    : "DELETE FROM profile_reads WHERE profile_id = ? AND message_row = ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (long messageRow : messageRows) {
                    s.setLong(1, profileId);
                    s.setLong(2, messageRow);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Which of these messages the profile has read. */
    public Set<Long> readAmong(long profileId, Collection<Long> messageRows) {
        if (messageRows.isEmpty()) {
            return Set.of();
        }
        return db.read("read the read state", c -> {
            Set<Long> read = new HashSet<>();
            // json_each takes the whole list as one parameter, however long the page is
            try (PreparedStatement s = c.prepareStatement("SELECT r.message_row FROM profile_reads r"
                    + " WHERE r.profile_id = ? AND r.message_row IN (SELECT value FROM json_each(?))")) {
                s.setLong(1, profileId);
                s.setString(2, messageRows.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        read.add(rs.getLong(1));
                    }
                }
            }
            return read;
        });
    }

    /** True while only one profile works this mailbox here: then the server's \Seen counts as read too. */
    public boolean alone() {
        return db.read("count the profiles", c -> ProfileOperations.count(c) <= 1);
    }
}
