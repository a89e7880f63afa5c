package com.relaydesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small named settings kept in the cache file (table {@code desk_settings}), each saved durably. */
final class DeskSettings {

    private final Database db;

    DeskSettings(Database db) {
        this.db = db;
    }

    Optional<String> get(String key) {
        return db.read("read a setting", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM desk_settings WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    void set(String key, String value) {
        db.durableTransaction("save a setting", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO desk_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                s.setString(1, key);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }
}
