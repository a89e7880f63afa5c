package com.relaydesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a cached message lives on the server, so triage can set its flags there (E2, E4). */
public final class MessageLocations {

    /**
     * A message's folder, UID and current flags, and the headers a reply threads on (A3).
     *
     * @param references the message's own References, oldest first (may be empty)
     */
    public record Location(String folder, long uid, Set<String> flags, String messageId, List<String> references) { }

    private final Database db;

    public MessageLocations(AccountCache cache) {
        this.db = cache.database();
    }

    public Optional<Location> locate(long messageId) {
        return db.read("find message " + messageId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT f.name, m.uid, m.flags, m.message_id, m.refs FROM messages m JOIN folders f ON f.id = m.folder_id "
                    + "WHERE m.id = ?")) {
                s.setLong(1, messageId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    Set<String> flags = Arrays.stream(r.getString(3).split(" "))
                            .filter(flag -> !flag.isBlank()).collect(Collectors.toSet());
                    List<String> references = Arrays.stream(r.getString(5).split(" "))
                            .filter(id -> !id.isBlank()).toList();
                    return Optional.of(new Location(r.getString(1), r.getLong(2), flags, r.getString(4), references));
                }
            }
        });
    }
}
