package com.relaydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log: who did what to which message, and when. Written in the same durable
 * transaction as the change it records, so the log never claims a change that was lost.
 */
public final class AuditOperations {

    /** One line of the log. */
    public record Entry(Instant at, String actor, String action, String target, String detail) { }

    private final Database db;

    public AuditOperations(Database db) {
        this.db = db;
    }

    /** Records an event on its own (for changes made outside the cache, e.g. a keyword set on the server). */
    public void record(String actor, String action, String target, String detail) {
        db.durableTransaction("write the audit log", c -> {
            write(c, actor, action, target, detail);
            return null;
        });
    }

    /** Records the same action on many targets in one durable transaction (a backlog cleared at once). */
    public void recordAll(String actor, String action, java.util.Collection<String> targets, String detail) {
        db.durableTransaction("write the audit log", c -> {
            for (String target : targets) {
                write(c, actor, action, target, detail);
            }
            return null;
        });
    }

    /** Records an event inside a transaction that is already open. */
    static void write(Connection c, String actor, String action, String target, String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, Instant.now().toEpochMilli());
            s.setString(2, actor);
            s.setString(3, action);
            s.setString(4, target);
            s.setString(5, detail);
            s.executeUpdate();
        }
    }

    /** The newest entries first. */
    public List<Entry> latest(int limit) {
        return db.read("read the audit log", c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new Entry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return entries;
        });
    }
}
