package com.relaydesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reply templates (E5), owned by the seller: saved durably, never touched by a resync. The
 * {@code templates} feature fills and lints them; this class only keeps them.
 */
public final class TemplateOperations {

    /** A stored template; {@code builtin} marks the starter set shipped with RelayDesk. */
    public record StoredTemplate(long id, String name, String language, String subject, String body, boolean builtin,
                                 Instant updatedAt) {
        public StoredTemplate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
            language = language == null ? "en" : language;
            subject = subject == null ? "" : subject;
        }
    }

    private final Database db;

    public TemplateOperations(Database db) {
        this.db = db;
    }

    /** Saves by name and language (a second save replaces the first); returns the stored template. */
    public StoredTemplate save(String name, String language, String subject, String body, boolean builtin) {
        StoredTemplate t = new StoredTemplate(0, name, language, subject, body, builtin, Instant.now());
        return db.durableTransaction("save the template " + name, c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO templates (name, language, subject, body, builtin, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (name, language) DO UPDATE SET subject = excluded.subject, body = excluded.body,
                      builtin = excluded.builtin, updated_at = excluded.updated_at""")) {
                s.setString(1, t.name());
                s.setString(2, t.language());
                s.setString(3, t.subject());
                s.setString(4, t.body());
                s.setInt(5, t.builtin() ? 1 : 0);
                s.setLong(6, t.updatedAt().toEpochMilli());
                s.executeUpdate();
            }
            AuditOperations.write(c, "seller", "template saved", t.name() + " [" + t.language() + "]", null);
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, name, language, subject, body, builtin, updated_at FROM templates WHERE name = ? AND language = ?")) {
                s.setString(1, t.name());
                s.setString(2, t.language());
                return list(s).get(0);
            }
        });
    }

    /** Every template, by language then name. */
    public List<StoredTemplate> all() {
        return db.read("read the templates", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, name, language, subject, body, builtin, updated_at FROM templates ORDER BY language, name")) {
                return list(s);
            }
        });
    }

    public Optional<StoredTemplate> find(long id) {
        return db.read("read a template", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, name, language, subject, body, builtin, updated_at FROM templates WHERE id = ?")) {
                s.setLong(1, id);
                List<StoredTemplate> rows = list(s);
                return rows.isEmpty() ? Optional.<StoredTemplate>empty() : Optional.of(rows.get(0));
            }
        });
    }

    public void delete(long id) {
        db.durableTransaction("delete a template", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM templates WHERE id = ?")) {
                s.setLong(1, id);
                if (s.executeUpdate() == 1) {
                    AuditOperations.write(c, "seller", "template deleted", Long.toString(id), null);
                }
            }
            return null;
        });
    }

    private static List<StoredTemplate> list(PreparedStatement s) throws SQLException {
        List<StoredTemplate> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new StoredTemplate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6) == 1, Instant.ofEpochMilli(rs.getLong(7))));
            }
        }
        return rows;
    }
}
