package com.relaydesk.store;

import com.relaydesk.team.Profile;
import com.relaydesk.team.ProfileStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The profiles of this account on this desktop ({@link ProfileStore}), kept with the seller's
 * data: written durably, never dropped by a resync. A PIN exists here only as its hash.
 */
public final class ProfileOperations implements ProfileStore {

    private static final String COLUMNS = "id, name, initials, colour, owner, pin_hash, key_slot, os_user";
    private static final String LAST_USED = "profiles.last_used";
    private static final String IDLE_LOCK = "lock.idle_minutes";
    /** Followed by the profile id: each person keeps the list order they chose. */
    private static final String LIST_ORDER = "list.order.profile.";
    private static final String SIGNATURE = "signature.profile.";
    /** Followed by the profile id: each person's text size and theme. */
    private static final String APPEARANCE = "appearance.profile.";

    private final Database db;

    public ProfileOperations(Database db) {
        this.db = db;
    }

    @Override
    public List<Profile> all() {
        return db.read("read the profiles", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM profiles ORDER BY owner DESC, name COLLATE NOCASE")) {
                return list(s);
            }
        });
    }

    @Override
    public Optional<Profile> find(long id) {
        return db.read("read a profile", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM profiles WHERE id = ?")) {
                s.setLong(1, id);
                List<Profile> rows = list(s);
                return rows.isEmpty() ? Optional.<Profile>empty() : Optional.of(rows.get(0));
            }
        });
    }

    /**
     * Adds a profile. It starts from the mailbox's read state as the server has it now; when the
     * first teammate joins a seller who worked alone, the seller's own read set is filled the same
     * way, so nothing turns bold on anybody's screen.
     */
    @Override
    public Profile add(Profile profile) {
        return add(profile, profile.name());
    }

    @Override
    public Profile add(Profile profile, String addedBy) {
        return db.durableTransaction("add the profile " + profile.name(), c -> {
            int before = count(c);
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO profiles (name, initials, colour, owner, pin_hash,"
                    + " created_at, key_slot, os_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                s.setString(1, profile.name());
                s.setString(2, profile.initials());
                s.setString(3, profile.colour());
                s.setInt(4, profile.owner() ? 1 : 0);
                s.setString(5, profile.pinHash());
                s.setLong(6, Instant.now().toEpochMilli());
                s.setString(7, profile.keySlot());
                s.setString(8, profile.osUser());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (profile.owner()) {
                try (PreparedStatement s = c.prepareStatement("UPDATE drafts SET profile_id = ? WHERE profile_id IS NULL")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
            if (before >= 1) {
                String who = before == 1 ? "" : " WHERE p.id = ?";
                try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO profile_reads (profile_id, message_row)"
                        + " SELECT p.id, m.id FROM profiles p CROSS JOIN messages m ON m.seen = 1" + who)) {
                    if (before > 1) {
                        s.setLong(1, id);
                    }
                    s.executeUpdate();
                }
            }
            AuditOperations.write(c, addedBy, "profile added", null, profile.name() + " (" + profile.initials() + ")");
            return new Profile(id, profile.name(), profile.initials(), profile.colour(), profile.owner(), profile.pinHash(),
                    profile.keySlot(), profile.osUser());
        });
    }

    @Override
    public void update(Profile profile) {
        db.durableTransaction("save the profile " + profile.name(), c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE profiles SET name = ?, initials = ?, colour = ? WHERE id = ?")) {
                s.setString(1, profile.name());
                s.setString(2, profile.initials());
                s.setString(3, profile.colour());
                s.setLong(4, profile.id());
                if (s.executeUpdate() != 1) {
                    throw new IllegalArgumentException("The profile " + profile.name() + " was removed meanwhile.");
                }
            }
            return null;
        });
    }

    @Override
    public void setPinHash(long profileId, String pinHash) {
        db.durableTransaction("save a PIN", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE profiles SET pin_hash = ?, os_user = NULL WHERE id = ?")) {
                s.setString(1, pinHash);
                s.setLong(2, profileId);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void setOsUser(long profileId, String osUser) {
        db.durableTransaction("save the computer password choice", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE profiles SET os_user = ?, pin_hash = NULL WHERE id = ? AND key_slot IS NULL")) {
                s.setString(1, osUser);
                s.setLong(2, profileId);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void setKeySlot(long profileId, String keySlot) {
        db.durableTransaction("link a profile to its key slot", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE profiles SET key_slot = ?, pin_hash = NULL, os_user = NULL WHERE id = ? AND owner = 0 RETURNING name")) {
                s.setString(1, keySlot);
                s.setLong(2, profileId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        AuditOperations.write(c, rs.getString(1), keySlot == null ? "profile unlinked from key slot"
                                : "profile unlocks with key slot passphrase", null, keySlot);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void remove(long profileId) {
        db.durableTransaction("remove a profile", c -> {
            // read state and drafts go with it (ON DELETE CASCADE)
            try (PreparedStatement s = c.prepareStatement("DELETE FROM profiles WHERE id = ? AND owner = 0")) {
                s.setLong(1, profileId);
                if (s.executeUpdate() == 0) {
                    return null;
                }
            }
            // Its settings too: SQLite gives a freed row id to the next profile, who would sign as this one.
            try (PreparedStatement s = c.prepareStatement("DELETE FROM desk_settings WHERE key IN (?, ?, ?) OR key LIKE ?")) {
                s.setString(1, LIST_ORDER + profileId);
                s.setString(2, APPEARANCE + profileId);
                s.setString(3, signatureKey(profileId, ""));
                s.setString(4, signatureKey(profileId, "") + ".%");
                s.executeUpdate();
            }
            SyncOperations.dropUnusedContents(c); // what only their drafts' attachments held
            return null;
        });
    }

    @Override
    public OptionalLong lastUsed() {
        return setting(LAST_USED).map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    @Override
    public void setLastUsed(long profileId) {
        setSetting(LAST_USED, Long.toString(profileId));
    }

    @Override
    public Optional<Integer> idleLockMinutes() {
        return setting(IDLE_LOCK).map(Integer::valueOf);
    }

    @Override
    public void setIdleLockMinutes(int minutes) {
        setSetting(IDLE_LOCK, Integer.toString(minutes));
    }

    @Override
    public Optional<String> appearance(long profileId) {
        return setting(APPEARANCE + profileId);
    }

    @Override
    public void setAppearance(long profileId, String appearance) {
        setSetting(APPEARANCE + profileId, appearance);
    }

    /** The message-list order this profile chose last; empty until it chooses one. */
    public Optional<com.relaydesk.model.ListOrder> listOrder(long profileId) {
        return setting(LIST_ORDER + profileId).flatMap(name -> java.util.Arrays.stream(com.relaydesk.model.ListOrder.values())
                .filter(order -> order.name().equals(name)).findFirst()); // a name from a newer RelayDesk: none
    }

    public void setListOrder(long profileId, com.relaydesk.model.ListOrder order) {
        setSetting(LIST_ORDER + profileId, order.name());
    }

    /** The signature this profile puts under its replies in any language without one of their own; empty when none. */
    public String signature(long profileId) {
        return signature(profileId, "");
    }

    public void setSignature(long profileId, String signature) {
        setSignature(profileId, "", signature);
    }

    /** The signature this profile keeps for replies in {@code language} ("" for the general one); empty when none. */
    public String signature(long profileId, String language) {
        return setting(signatureKey(profileId, language)).orElse("");
    }

    public void setSignature(long profileId, String language, String signature) {
        setSetting(signatureKey(profileId, language), signature == null ? "" : signature.strip());
    }

    private static String signatureKey(long profileId, String language) {
        return SIGNATURE + profileId + (language == null || language.isEmpty() ? "" : "." + language);
    }

    private Optional<String> setting(String key) {
        return new DeskSettings(db).get(key);
    }

    private void setSetting(String key, String value) {
        new DeskSettings(db).set(key, value);
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM profiles"); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<Profile> list(PreparedStatement s) throws SQLException {
        List<Profile> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Profile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1,
                        rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        return rows;
    }
}
