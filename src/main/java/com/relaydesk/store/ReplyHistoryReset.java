package com.relaydesk.store;

/**
 * Forgets the replies, drafts and delivery facts of a mailbox that is starting over as another
 * shop (the demo's "Start the demo over"). They are kept through a resync on purpose, but a new
 * demo world has the same Message-IDs as the old one (a seed always gives the same), so an old
 * reply would match a new buyer message and keep it out of Response Needed. Templates, signature,
 * profiles, orders and the audit log stay; the messages go with the folders' new UIDVALIDITY.
 */
final class ReplyHistoryReset {

    private ReplyHistoryReset() {
    }

    static void forget(Database db) {
        db.durableTransaction("forget the replies, drafts and delivery status of the old demo", c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM outbox");           // its attachments cascade
                s.executeUpdate("DELETE FROM drafts");           // their attachments cascade
                s.executeUpdate("DELETE FROM delivery_status");
            }
            SyncOperations.dropUnusedContents(c);
            return null;
        });
    }
}
