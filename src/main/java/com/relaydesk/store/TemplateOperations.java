package com.relaydesk.store;

import com.relaydesk.lint.MessageKind;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Arrays;

/**
 * Reply templates (E5) in the account's cache file ({@link TemplateRepository}): the seller's
 * own work, so saved durably and never touched by a resync. Name and language together are
 * unique too, so the seller never sees two templates that look the same.
 */
public final class TemplateOperations implements TemplateRepository {

    private static final String COLUMNS = "template_key, name, language, kind, reason, subject, body";

    /** The ids of the starter templates offered in this mailbox, comma-separated. */
    private static final String STARTER_SET_OFFERED = "starter_templates_offered";
    /** What a cache recorded as "1" (or, before any record, by having templates) had been offered: the first set. */
    static final Set<String> FIRST_STARTER_SET = Set.of("where-is-my-order-en", "where-is-my-order-de",
            "return-steps-en", "return-steps-de", "address-problem-en", "address-problem-de",
            "customization-question-en", "customization-question-de", "delivery-scheduling-en",
            "delivery-scheduling-de", "product-question-en", "product-question-de");

    private final Database db;
    /** Who the audit log names for a save or delete: the profile at work, "seller" when nobody said. */
    private final java.util.function.Supplier<String> actor;

    public TemplateOperations(Database db) {
        this(db, () -> "seller");
    }

    private TemplateOperations(Database db, java.util.function.Supplier<String> actor) {
        this.db = db;
        this.actor = actor;
    }

    /** The same templates, with saves and deletes written in the audit log as done by {@code actor}. */
    public TemplateOperations actingAs(java.util.function.Supplier<String> actor) {
        return new TemplateOperations(db, actor);
    }

    @Override
    public Set<String> offeredStarters() {
        Optional<String> recorded = new DeskSettings(db).get(STARTER_SET_OFFERED);
        if (recorded.isEmpty()) {
            // A cache from before this record, with templates in it, was offered the first set already.
            return list().isEmpty() ? Set.of() : FIRST_STARTER_SET;
        }
        return recorded.get().equals("1") ? FIRST_STARTER_SET
                : Set.copyOf(Arrays.asList(recorded.get().split(",")));
    }

    @Override
    public void markStartersOffered(Set<String> ids) {
        new DeskSettings(db).set(STARTER_SET_OFFERED, String.join(",", new TreeSet<>(ids)));
    }

    @Override
    public List<Template> list() {
        return db.read("read the templates", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM templates ORDER BY name COLLATE NOCASE, language")) {
                return templates(s);
            }
        });
    }

    @Override
    public Optional<Template> find(String id) {
        return db.read("read the template " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM templates WHERE template_key = ?")) {
                s.setString(1, id);
                List<Template> rows = templates(s);
                return rows.isEmpty() ? Optional.<Template>empty() : Optional.of(rows.get(0));
            }
        });
    }

    @Override
    public void save(Template t) {
        save(t, true);
    }

    /** A starter template RelayDesk adds is nobody's doing: it is not in the audit log under the person's name. */
    @Override
    public void saveStarter(Template t) {
        save(t, false);
    }

    private void save(Template t, boolean byPerson) {
        db.durableTransaction("save the template " + t.name(), c -> {
            try (PreparedStatement clash = c.prepareStatement(
                    "SELECT template_key FROM templates WHERE name = ? AND language = ? AND template_key <> ?")) {
                clash.setString(1, t.name());
                clash.setString(2, t.language());
                clash.setString(3, t.id());
                try (ResultSet rs = clash.executeQuery()) {
                    if (rs.next()) {
                        throw new CacheException("A template named \"" + t.name() + "\" in " + t.language()
                                + " exists already. Give this one another name.");
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO templates (template_key, name, language, kind, reason, subject, body, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (template_key) DO UPDATE SET name = excluded.name, language = excluded.language,
                      kind = excluded.kind, reason = excluded.reason, subject = excluded.subject,
                      body = excluded.body, updated_at = excluded.updated_at""")) {
                s.setString(1, t.id());
                s.setString(2, t.name());
                s.setString(3, t.language());
                s.setString(4, t.kind().name().toLowerCase(Locale.ROOT));
                s.setString(5, t.reason() == null ? null : t.reason().kebabName());
                s.setString(6, t.subject());
                s.setString(7, t.body());
                s.setLong(8, Instant.now().toEpochMilli());
                s.executeUpdate();
            }
            if (byPerson) {
                AuditOperations.write(c, actor.get(), "template saved", t.id(), t.name() + " [" + t.language() + "]");
            }
            return null;
        });
    }

    @Override
    public boolean delete(String id) {
        return db.durableTransaction("delete the template " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM templates WHERE template_key = ?")) {
                s.setString(1, id);
                boolean deleted = s.executeUpdate() == 1;
                if (deleted) {
                    AuditOperations.write(c, actor.get(), "template deleted", id, null);
                }
                return deleted;
            }
        });
    }

    private static List<Template> templates(PreparedStatement s) throws SQLException {
        List<Template> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String reason = rs.getString(5);
                rows.add(new Template(rs.getString(1), rs.getString(2), rs.getString(3),
                        MessageKind.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                        reason == null ? null : ContactReason.fromKebabName(reason).orElse(null),
                        rs.getString(6), rs.getString(7)));
            }
        }
        return rows;
    }
}
