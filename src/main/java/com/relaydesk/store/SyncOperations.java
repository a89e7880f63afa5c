package com.relaydesk.store;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.mail.SyncStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cache as sync writes it ({@link SyncStore}): each call is one transaction that also saves
 * the folder's new sync state, so a crash leaves either the whole batch and its state or
 * neither. Seller-owned tables (outbox, drafts, templates, audit, delivery status) are never
 * touched here.
 */
public final class SyncOperations implements SyncStore {

    /** Names servers without SPECIAL-USE give the sent folder (compared case-insensitively). */
    private static final Set<String> COMMON_SENT_NAMES = Set.of("sent", "sent items", "sent messages", "sent mail",
            "inbox.sent", "inbox/sent", "[gmail]/sent mail", "gesendet", "gesendete objekte", "envoyés",
            "éléments envoyés", "enviados", "elementi inviati", "posta inviata");

    private final Database db;

    public SyncOperations(Database db) {
        this.db = db;
    }

    @Override
    public FolderSyncState loadState(String folder) {
        return db.read("read the sync state of " + folder, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT uid_validity, uid_next, highest_modseq FROM folders WHERE name = ?")) {
                s.setString(1, folder);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? new FolderSyncState(folder, rs.getLong(1), rs.getLong(2), rs.getLong(3))
                            : FolderSyncState.empty(folder);
                }
            }
        });
    }

    @Override
    public void storeBatch(String folder, List<FetchedMessage> messages, FolderSyncState stateAfter) {
        db.transaction("store " + messages.size() + " messages of " + folder, c -> {
            store(c, folder, messages, stateAfter);
            return null;
        });
    }

    /**
     * The newest messages of a folder on its first sync, stored before the older ones: they and the
     * lowest UID among them go in one transaction, so the lists never show this window without
     * knowing that mail below it is still missing ({@link InboxState#SHOWN_FROM}).
     */
    @Override
    public void storeNewest(String folder, List<FetchedMessage> messages, FolderSyncState stateAfter) {
        db.transaction("store the newest " + messages.size() + " messages of " + folder, c -> {
            long folderId = store(c, folder, messages, stateAfter);
            long lowest = messages.stream().mapToLong(FetchedMessage::uid).min().orElse(Long.MAX_VALUE);
            if (lowest != Long.MAX_VALUE) {
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE folders SET backfill_below_uid = min(coalesce(backfill_below_uid, ?1), ?1) WHERE id = ?2")) {
                    s.setLong(1, lowest);
                    s.setLong(2, folderId);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public long newestWindowFrom(String folder) {
        return db.read("read the newest window of " + folder, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT backfill_below_uid FROM folders WHERE name = ? AND uid_next < backfill_below_uid")) {
                s.setString(1, folder);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** Stores a batch and the folder state after it inside the caller's transaction; returns the folder's row id. */
    private static long store(Connection c, String folder, List<FetchedMessage> messages, FolderSyncState stateAfter)
            throws SQLException {
        long folderId = folderId(c, folder);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (MessageWriter writer = new MessageWriter(c)) {
            writer.upsertConversations(messages);
            for (FetchedMessage m : messages) {
                long row = writer.replace(folderId, m);
                first = Math.min(first, row);
                last = Math.max(last, row);
            }
            writer.indexBatch();
        }
        if (!messages.isEmpty()) {
            InboxState.refreshAfterStore(c, first, last, isSent(c, folderId));
        }
        saveState(c, folderId, stateAfter);
        return folderId;
    }

    @Override
    public void applyFlags(String folder, Map<Long, Set<String>> flagsByUid, FolderSyncState stateAfter) {
        db.transaction("save flag changes of " + folder, c -> {
            long folderId = folderId(c, folder);
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE messages SET flags = ?, seen = ?, answered = ?, no_response_needed = ?, reported = ?
                    WHERE folder_id = ? AND uid = ?""")) {
                for (Map.Entry<Long, Set<String>> e : flagsByUid.entrySet()) {
                    MessageFlags f = MessageFlags.of(e.getValue());
                    s.setString(1, f.text());
                    s.setInt(2, f.seen() ? 1 : 0);
                    s.setInt(3, f.answered() ? 1 : 0);
                    s.setInt(4, f.noResponseNeeded() ? 1 : 0);
                    s.setInt(5, f.reported() ? 1 : 0);
                    s.setLong(6, folderId);
                    s.setLong(7, e.getKey());
                    s.executeUpdate();
                }
            }
            saveState(c, folderId, stateAfter);
            return null;
        });
    }

    @Override
    public void removeMessages(String folder, Collection<Long> uids, FolderSyncState stateAfter) {
        db.transaction("remove " + uids.size() + " expunged messages of " + folder, c -> {
            long folderId = folderId(c, folder);
            boolean sent = isSent(c, folderId);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM messages WHERE folder_id = ? AND uid = ?")) {
                for (long uid : uids) {
                    if (sent) {
                        InboxState.rememberSentBeforeRemoval(c, "s.uid = ?", uid);
                    }
                    s.setLong(1, folderId);
                    s.setLong(2, uid);
                    s.executeUpdate();
                    if (sent) {
                        InboxState.refreshAfterSentRemoval(c);
                    }
                }
            }
            dropUnusedContents(c);
            saveState(c, folderId, stateAfter);
            return null;
        });
    }

    @Override
    public Map<Long, Set<String>> cachedFlags(String folder) {
        return cachedFlags(folder, 0);
    }

    @Override
    public Map<Long, Set<String>> cachedFlags(String folder, long fromUid) {
        return db.read("read the cached flags of " + folder, c -> {
            Map<Long, Set<String>> flags = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT m.uid, m.flags FROM messages m JOIN folders f ON f.id = m.folder_id
                    WHERE f.name = ? AND m.uid >= ?""")) {
                s.setString(1, folder);
                s.setLong(2, fromUid);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        flags.put(rs.getLong(1), MessageFlags.parse(rs.getString(2)));
                    }
                }
            }
            return flags;
        });
    }

    @Override
    public long[] cachedUids(String folder) {
        return db.read("list the cached messages of " + folder, c -> {
            List<Long> uids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT m.uid FROM messages m JOIN folders f ON f.id = m.folder_id
                    WHERE f.name = ? ORDER BY m.uid""")) {
                s.setString(1, folder);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        uids.add(rs.getLong(1));
                    }
                }
            }
            return uids.stream().mapToLong(Long::longValue).toArray();
        });
    }

    @Override
    public void resetFolder(String folder, FolderSyncState newState) {
        db.transaction("rebuild the cache of " + folder, c -> {
            long folderId = folderId(c, folder);
            boolean sent = isSent(c, folderId);
            if (sent) {
                InboxState.rememberSentBeforeRemoval(c, "1 = 1");
            }
            PendingMarks.setAside(c, folderId); // marks not yet on the server are local state: they come back
            try (PreparedStatement s = c.prepareStatement("DELETE FROM messages WHERE folder_id = ?")) {
                s.setLong(1, folderId);
                s.executeUpdate();
            }
            if (sent) {
                InboxState.refreshAfterSentRemoval(c);
            }
            dropUnusedContents(c);
            saveState(c, folderId, newState);
            try (PreparedStatement s = c.prepareStatement("UPDATE folders SET backfill_below_uid = NULL WHERE id = ?")) {
                s.setLong(1, folderId);  // the old UIDs' window means nothing under the new UIDVALIDITY
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Sync found the sent folder (SPECIAL-USE {@code \Sent}, else by name): the Sent view reads it. */
    @Override
    public void markSentFolder(String folder) {
        db.transaction("remember the sent folder " + folder, c -> {
            long folderId = folderId(c, folder);
            if (isSent(c, folderId)) {
                return null; // already known: called on every sync, so no recomputation
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE folders SET role = CASE WHEN id = ? THEN 'sent' ELSE 'other' END WHERE role = 'sent' OR id = ?")) {
                s.setLong(1, folderId);
                s.setLong(2, folderId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(InboxState.REFRESH_ALL)) {
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The folder's row id, created on first use with the role its name suggests. */
    static long folderId(Connection c, String folder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM folders WHERE name = ?")) {
            s.setString(1, folder);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO folders (name, role) VALUES (?, ?)",
                new String[] {"id"})) {
            s.setString(1, folder);
            s.setString(2, roleByName(c, folder));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static boolean isSent(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT role = 'sent' FROM folders WHERE id = ?")) {
            s.setLong(1, folderId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static String roleByName(Connection c, String folder) throws SQLException {
        String name = folder.toLowerCase(Locale.ROOT);
        if (name.equals("inbox")) {
            return "inbox";
        }
        if (COMMON_SENT_NAMES.contains(name)) {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM folders WHERE role = 'sent'");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? "other" : "sent";
            }
        }
        return "other";
    }

    private static void saveState(Connection c, long folderId, FolderSyncState state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE folders SET uid_validity = ?, uid_next = ?, highest_modseq = ?, synced_at = ? WHERE id = ?""")) {
            s.setLong(1, state.uidValidity());
            s.setLong(2, state.uidNext());
            s.setLong(3, state.highestModSeq());
            s.setLong(4, Instant.now().toEpochMilli());
            s.setLong(5, folderId);
            s.executeUpdate();
        }
    }

    /**
     * An {@code attachment_contents} row no cached message, outbox entry or draft points at any more
     * (drafts are the seller's): one condition for every clean-up, so a new table that holds contents
     * is added once.
     */
    static final String CONTENT_UNUSED = """
            NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = attachment_contents.sha256)
              AND NOT EXISTS (SELECT 1 FROM outbox_attachments o WHERE o.sha256 = attachment_contents.sha256)
              AND NOT EXISTS (SELECT 1 FROM draft_attachments d WHERE d.sha256 = attachment_contents.sha256)""";

    /** Attachment contents nothing points at any more ({@link #CONTENT_UNUSED}). */
    static void dropUnusedContents(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM attachment_contents WHERE " + CONTENT_UNUSED)) {
            s.executeUpdate();
        }
    }
}
