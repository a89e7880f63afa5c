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

    /** Replaces the draft's attachments with these, in this order; content no longer used by anything goes. */
    static void replace(Connection c, long draftId, List<Attachment> attachments) throws SQLException {
        Set<String> before = hashes(c, draftId);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM draft_attachments WHERE draft_id = ?")) {
            s.setLong(1, draftId);
            s.executeUpdate();
        }
        try (PreparedStatement content = c.prepareStatement(
                "INSERT OR IGNORE INTO attachment_contents (sha256, size, content) VALUES (?, ?, ?)");
                PreparedStatement row = c.prepareStatement("INSERT INTO draft_attachments"
                        + " (draft_id, position, file_name, content_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < attachments.size(); i++) {
                Attachment attachment = attachments.get(i);
                String sha = MessageWriter.sha256(attachment.content());
                content.setString(1, sha);
                content.setLong(2, attachment.size());
                content.setBytes(3, attachment.content());
                content.executeUpdate();
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
        dropUnused(c, before);
    }

    /** The draft's attachments in the order they were attached. */
    static List<Attachment> load(Connection c, long draftId) throws SQLException {
        List<Attachment> attachments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.file_name, ac.content FROM draft_attachments d"
                + " JOIN attachment_contents ac ON ac.sha256 = d.sha256 WHERE d.draft_id = ? ORDER BY d.position")) {
            s.setLong(1, draftId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    attachments.add(new Attachment(rs.getString(1), rs.getBytes(2)));
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
