package com.relaydesk.store;

import com.relaydesk.rules.Attachment;
import java.net.URLConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files attached to a draft, their content kept in the cache (once per SHA-256, shared with
 * received mail), so the draft does not depend on the files staying where they were picked from.
 * Runs inside the draft's own transaction.
 */
final class DraftAttachments {

    private DraftAttachments() {
    }

    /** A stored attachment row as far as it tells one file from another: its name and its content's hash. */
    private record Row(String fileName, String sha256) {
    }

    /**
     * Replaces the draft's attachments with these, in this order; content no longer used by anything
     * goes. The same files as stored already (an editor closed again with what it reopened with)
     * write nothing; an attachment whose hash is known is not hashed again, and content stored
     * already is not handed to SQLite again.
     */
    static void replace(Connection c, long draftId, List<Attachment> attachments) throws SQLException {
        List<Attachment> hashed = attachments.stream().map(Attachment::hashed).toList();
        List<Row> stored = rows(c, draftId);
        if (stored.equals(hashed.stream().map(a -> new Row(a.fileName(), a.sha256())).toList())) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM draft_attachments WHERE draft_id = ?")) {
            s.setLong(1, draftId);
            s.executeUpdate();
        }
        try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM attachment_contents WHERE sha256 = ?");
                PreparedStatement content = c.prepareStatement(
                        "INSERT OR IGNORE INTO attachment_contents (sha256, size, content) VALUES (?, ?, ?)");
                PreparedStatement row = c.prepareStatement("INSERT INTO draft_attachments"
                        + " (draft_id, position, file_name, content_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < hashed.size(); i++) {
                Attachment attachment = hashed.get(i);
                String sha = attachment.sha256();
                if (!stored(known, sha)) {
                    content.setString(1, sha);
                    content.setLong(2, attachment.size());
                    content.setBytes(3, attachment.content());
                    content.executeUpdate();
                }
                row.setLong(1, draftId);
                row.setInt(2, i);
                row.setString(3, attachment.fileName());
                // for a reader of the file only: the editor and the relay go by name and content (D1, D2)
                row.setString(4, URLConnection.guessContentTypeFromName(attachment.fileName()));
                row.setLong(5, attachment.size());
                row.setString(6, sha);
                row.executeUpdate();
            }
        }
        dropUnused(c, stored.stream().map(Row::sha256).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    private static boolean stored(PreparedStatement known, String sha) throws SQLException {
        known.setString(1, sha);
        try (ResultSet rs = known.executeQuery()) {
            return rs.next();
        }
    }

    private static List<Row> rows(Connection c, long draftId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT file_name, sha256 FROM draft_attachments WHERE draft_id = ? ORDER BY position")) {
            s.setLong(1, draftId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return rows;
    }

    /** The draft's attachments in the order they were attached. */
    static List<Attachment> load(Connection c, long draftId) throws SQLException {
        List<Attachment> attachments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.file_name, ac.content, d.sha256 FROM draft_attachments d"
                + " JOIN attachment_contents ac ON ac.sha256 = d.sha256 WHERE d.draft_id = ? ORDER BY d.position")) {
            s.setLong(1, draftId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    attachments.add(new Attachment(rs.getString(1), rs.getBytes(2), rs.getString(3))); // hashed when stored
                }
            }
        }
        return attachments;
    }

    /** The contents of the draft's attachments, read before the draft goes (its rows go by ON DELETE CASCADE). */
    static Set<String> hashes(Connection c, long draftId) throws SQLException {
        Set<String> hashes = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT sha256 FROM draft_attachments WHERE draft_id = ?")) {
            s.setLong(1, draftId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
            }
        }
        return hashes;
    }

    /** Of these contents, drops those no message, outbox entry or draft points at any more. */
    static void dropUnused(Connection c, Set<String> hashes) throws SQLException {
        if (hashes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM attachment_contents WHERE sha256 = ? AND " + SyncOperations.CONTENT_UNUSED)) {
            for (String sha : hashes) {
                s.setString(1, sha);
                s.executeUpdate();
            }
        }
    }
}
