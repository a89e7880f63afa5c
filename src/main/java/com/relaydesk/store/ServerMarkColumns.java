package com.relaydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The filter columns (no_response_needed, reported) as the server's cached flags have them: what
 * a message shows again once a mark kept only on this desktop (local, or waiting) is gone.
 */
final class ServerMarkColumns {

    private ServerMarkColumns() {
    }

    /** Sets {@code column} of the message from the cached flags (keyword spellings read as a sync reads them). */
    static void restore(Connection c, long messageRow, String column) throws SQLException {
        String flags;
        try (PreparedStatement s = c.prepareStatement("SELECT flags FROM messages WHERE id = ?")) {
            s.setLong(1, messageRow);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                flags = rs.getString(1);
            }
        }
        MessageFlags server = MessageFlags.of(MessageFlags.parse(flags));
        boolean set = column.equals("reported") ? server.reported() : server.noResponseNeeded();
        try (PreparedStatement s = c.prepareStatement("UPDATE messages SET " + column + " = ? WHERE id = ?")) {
            s.setInt(1, set ? 1 : 0);
            s.setLong(2, messageRow);
            s.executeUpdate();
        }
    }
}
