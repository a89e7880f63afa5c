package com.relaydesk.store;

import static com.relaydesk.store.DatabaseTest.scalar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncOperationsTest {

    @TempDir
    Path dir;
    private AccountCache cache;
    private SyncOperations sync;
    private Database db;

    @BeforeEach
    void open() {
        cache = AccountCache.open(dir.resolve("accounts/seller.sqlite"), TestMessages.SELLER);
        sync = cache.sync();
        db = cache.database();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aFolderNeverSyncedHasTheEmptyState() {
        assertEquals(FolderSyncState.empty("INBOX"), sync.loadState("INBOX"));
        assertArrayEquals(new long[0], sync.cachedUids("INBOX"));
    }

    @Test
    void aStoredBatchAndItsStateAreReadBack() {
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(3).build(), TestMessages.buyer(1).build()),
                new FolderSyncState("INBOX", 42, 4, 17));
        assertEquals(new FolderSyncState("INBOX", 42, 4, 17), sync.loadState("INBOX"));
        assertArrayEquals(new long[] {1, 3}, sync.cachedUids("INBOX"));
    }

    @Test
    void storingTheSameUidAgainReplacesTheMessageInsteadOfDuplicatingIt() {
        FolderSyncState state = new FolderSyncState("INBOX", 42, 2, 0);
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).subject("first").build()), state);
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).subject("second").build()), state);
        assertEquals("1", scalar(db, "SELECT count(*) FROM messages"));
        assertEquals("second", scalar(db, "SELECT subject FROM messages"));
        assertEquals("1", scalar(db, "SELECT count(*) FROM message_search"), "the search index has one row too");
    }

    @Test
    void flagChangesAreAppliedWithTheNewState() {
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).build(), TestMessages.buyer(2).build()),
                new FolderSyncState("INBOX", 42, 3, 10));
        sync.applyFlags("INBOX", Map.of(1L, Set.of("\\Seen", "$NoResponseNeeded")), new FolderSyncState("INBOX", 42, 3, 11));
        assertEquals(11, sync.loadState("INBOX").highestModSeq());
        assertEquals("1", scalar(db, "SELECT no_response_needed FROM messages WHERE uid = 1"));
        assertEquals("1", scalar(db, "SELECT seen FROM messages WHERE uid = 1"));
        assertEquals("$NoResponseNeeded \\Seen", scalar(db, "SELECT flags FROM messages WHERE uid = 1"));
        assertEquals("0", scalar(db, "SELECT seen FROM messages WHERE uid = 2"));
    }

    @Test
    void theFlagsOfAFolderAreReadWholeOrFromAUidUp() {
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).build(), TestMessages.buyer(5).build(),
                TestMessages.buyer(9).build()), new FolderSyncState("INBOX", 42, 10, 10));
        sync.storeBatch("Sent", List.of(TestMessages.buyer(7).build()), new FolderSyncState("Sent", 42, 8, 10));
        sync.applyFlags("INBOX", Map.of(5L, Set.of("\\Seen")), new FolderSyncState("INBOX", 42, 10, 11));

        assertEquals(Set.of(1L, 5L, 9L), sync.cachedFlags("INBOX").keySet());
        assertEquals(Map.of(5L, Set.of("\\Seen"), 9L, Set.of()), sync.cachedFlags("INBOX", 5));
        assertEquals(Map.of(), sync.cachedFlags("INBOX", 10));
    }

    @Test
    void anAttachmentSentTwiceIsStoredOnceAndGoesWithItsLastMessage() {
        byte[] invoice = "%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII);
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).attachment("invoice.pdf", invoice).build(),
                TestMessages.buyer(2).attachment("copy.pdf", invoice).build()), new FolderSyncState("INBOX", 1, 3, 0));
        assertEquals("2", scalar(db, "SELECT count(*) FROM attachments"));
        assertEquals("1", scalar(db, "SELECT count(*) FROM attachment_contents"));

        sync.removeMessages("INBOX", List.of(1L), new FolderSyncState("INBOX", 1, 3, 0));
        assertEquals("1", scalar(db, "SELECT count(*) FROM attachment_contents"));
        sync.removeMessages("INBOX", List.of(2L), new FolderSyncState("INBOX", 1, 3, 0));
        assertEquals("0", scalar(db, "SELECT count(*) FROM attachment_contents"));
        assertArrayEquals(new long[0], sync.cachedUids("INBOX"));
    }

    @Test
    void anAttachmentHashedByTheParserAndOneHashedByTheStoreShareOneContent() {
        byte[] invoice = "%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII);
        FetchedMessage plain = TestMessages.buyer(1).attachment("invoice.pdf", invoice).build();
        FetchedMessage parsed = TestMessages.buyer(2).build();
        parsed = new FetchedMessage(parsed.folder(), parsed.uid(), parsed.modSeq(), parsed.messageId(), parsed.inReplyTo(),
                parsed.references(), parsed.fromAddress(), parsed.fromName(), parsed.to(), parsed.subject(),
                parsed.sentDate(), parsed.receivedDate(), parsed.flags(), parsed.size(), parsed.textBody(),
                parsed.htmlBody(), List.of(FetchedMessage.FetchedAttachment.hashed("copy.pdf", "application/pdf", invoice)),
                parsed.buyerAlias(), parsed.orderId(), parsed.notice(), parsed.damage());
        sync.storeBatch("INBOX", List.of(plain, parsed), new FolderSyncState("INBOX", 1, 3, 0));
        assertEquals("1", scalar(db, "SELECT count(*) FROM attachment_contents"));
        assertEquals(com.relaydesk.rules.Attachment.sha256Of(invoice), scalar(db, "SELECT sha256 FROM attachment_contents"));
        assertEquals("2", scalar(db, "SELECT count(*) FROM attachments WHERE sha256 = '" + com.relaydesk.rules.Attachment.sha256Of(invoice) + "'"));
    }

    @Test
    void aBatchWithSeveralMessagesOfOneBuyerLeavesTheConversationWithTheLatestTimeAndTheLastName() {
        Instant t0 = TestMessages.T0;
        sync.storeBatch("INBOX", List.of(
                TestMessages.buyer(1).from(TestMessages.ALIAS, "Erika").at(t0.plusSeconds(300)).build(),
                TestMessages.buyer(2).from(TestMessages.ALIAS, "Erika Mustermann").at(t0).build(),
                TestMessages.buyer(3).from(TestMessages.ALIAS, " ").at(t0.plusSeconds(60)).build(),
                TestMessages.buyer(4).from(TestMessages.OTHER_ALIAS, "Max").buyerAlias(TestMessages.OTHER_ALIAS).build()),
                new FolderSyncState("INBOX", 1, 5, 0));
        assertEquals("2", scalar(db, "SELECT count(*) FROM conversations"));
        assertEquals("Erika Mustermann|" + t0.plusSeconds(300).toEpochMilli(), scalar(db,
                "SELECT buyer_name || '|' || last_message_at FROM conversations WHERE buyer_alias = '" + TestMessages.ALIAS + "'"));
        assertEquals("1", scalar(db, "SELECT count(DISTINCT conversation_id) FROM messages WHERE uid <= 3"));
        assertEquals("0", scalar(db, "SELECT count(*) FROM messages WHERE conversation_id IS NULL"));

        // A later batch keeps what it does not bring: the name, and a newer time than its own.
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(5).from(TestMessages.ALIAS, null).at(t0).build()),
                new FolderSyncState("INBOX", 1, 6, 0));
        assertEquals("Erika Mustermann|" + t0.plusSeconds(300).toEpochMilli(), scalar(db,
                "SELECT buyer_name || '|' || last_message_at FROM conversations WHERE buyer_alias = '" + TestMessages.ALIAS + "'"));
        assertEquals("1", scalar(db, "SELECT count(DISTINCT conversation_id) FROM messages WHERE buyer_alias = '"
                + TestMessages.ALIAS + "'"));
    }

    @Test
    void expungedMessagesLeaveTheSearchIndexToo() {
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).body("a broken zipper").build()),
                new FolderSyncState("INBOX", 1, 2, 0));
        assertEquals("1", scalar(db, "SELECT count(*) FROM message_search WHERE message_search MATCH 'zipper'"));
        sync.removeMessages("INBOX", List.of(1L), new FolderSyncState("INBOX", 1, 2, 0));
        assertEquals("0", scalar(db, "SELECT count(*) FROM message_search WHERE message_search MATCH 'zipper'"));
    }

    @Test
    void aUidValidityResetDropsOnlyThatFoldersMessagesAndKeepsSellerData() {
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).build(), TestMessages.buyer(2).build()),
                new FolderSyncState("INBOX", 1, 3, 0));
        sync.storeBatch("Sent", List.of(TestMessages.reply(1).build()), new FolderSyncState("Sent", 5, 2, 0));
        sellerData();

        sync.resetFolder("INBOX", new FolderSyncState("INBOX", 2, 0, 0));

        assertArrayEquals(new long[0], sync.cachedUids("INBOX"));
        assertEquals(new FolderSyncState("INBOX", 2, 0, 0), sync.loadState("INBOX"));
        assertArrayEquals(new long[] {1}, sync.cachedUids("Sent"));
        for (String table : List.of("outbox", "drafts", "templates", "audit_log")) {
            assertEquals("1", scalar(db, "SELECT count(*) FROM " + table), table + " kept");
        }
        assertEquals("0", scalar(db, "SELECT count(*) FROM message_search WHERE message_search MATCH 'arrived'"));
    }

    @Test
    void marksWaitingForTheServerComeBackOnTheirMessagesAfterAUidValidityRebuild() {
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).build(), TestMessages.buyer(2).build()),
                new FolderSyncState("INBOX", 1, 3, 0));
        long first = Long.parseLong(scalar(db, "SELECT id FROM messages WHERE uid = 1"));
        cache.pendingMarks().queue(List.of(first), MessageFlags.REPORTED, true); // made offline
        assertEquals(1, cache.pendingMarks().count());

        sync.resetFolder("INBOX", new FolderSyncState("INBOX", 2, 0, 0));
        assertEquals(List.of(), cache.pendingMarks().waiting(), "its row is gone with the old UIDs");
        assertEquals(1, cache.pendingMarks().count(), "set aside, still waiting");

        // the rebuild brings the same messages back under new UIDs
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(11).id("<inbox-1@test>").build(),
                        TestMessages.buyer(12).id("<inbox-2@test>").build()),
                new FolderSyncState("INBOX", 2, 13, 0));
        cache.pendingMarks().reapply();
        long again = Long.parseLong(scalar(db, "SELECT id FROM messages WHERE uid = 11"));
        assertEquals(List.of(new PendingMarks.Mark(again, MessageFlags.REPORTED, true)), cache.pendingMarks().waiting());
        assertEquals("1", scalar(db, "SELECT reported FROM messages WHERE uid = 11"), "shown reported again");
        assertEquals("0", scalar(db, "SELECT reported FROM messages WHERE uid = 12"));
        assertEquals(1, cache.pendingMarks().count(), "once, not set aside and waiting both");
    }

    @Test
    void aBatchThatCannotBeWrittenLeavesNeitherMessagesNorStateBehind() {
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).build()), new FolderSyncState("INBOX", 1, 2, 0));
        long pages = Long.parseLong(scalar(db, "PRAGMA page_count"));
        db.limitPages(pages + 2);
        List<FetchedMessage> big = new ArrayList<>();
        for (int uid = 2; uid < 200; uid++) {
            big.add(TestMessages.buyer(uid).body("x".repeat(4000)).build());
        }

        CacheException e = assertThrows(CacheException.class,
                () -> sync.storeBatch("INBOX", big, new FolderSyncState("INBOX", 1, 200, 0)));

        assertTrue(e.getMessage().contains("is full"), e.getMessage());
        assertArrayEquals(new long[] {1}, sync.cachedUids("INBOX"));
        assertEquals(new FolderSyncState("INBOX", 1, 2, 0), sync.loadState("INBOX"));
    }

    @Test
    void inboxAndCommonSentNamesGetTheirRolesAndSyncCanNameTheSentFolder() {
        FolderSyncState s = new FolderSyncState("x", 1, 1, 0);
        sync.storeBatch("INBOX", List.of(), s);
        sync.storeBatch("Sent Items", List.of(), s);
        sync.storeBatch("Archive", List.of(), s);
        assertEquals("inbox", scalar(db, "SELECT role FROM folders WHERE name = 'INBOX'"));
        assertEquals("sent", scalar(db, "SELECT role FROM folders WHERE name = 'Sent Items'"));
        sync.markSentFolder("Archive");
        assertEquals("sent", scalar(db, "SELECT role FROM folders WHERE name = 'Archive'"));
        assertEquals("other", scalar(db, "SELECT role FROM folders WHERE name = 'Sent Items'"));
    }

    @Test
    void theInboxCanBeReadWhileASyncBatchIsBeingWritten() throws Exception {
        sync.storeBatch("INBOX", List.of(TestMessages.buyer(1).build()), new FolderSyncState("INBOX", 1, 2, 0));
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch readDone = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> db.transaction("slow batch", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE folders SET uid_next = 99");
            }
            writing.countDown();
            try {
                readDone.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        writer.start();
        try {
            assertTrue(writing.await(10, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(2, sync.loadState("INBOX").uidNext(), "the last committed state, read while the batch is open");
            readDone.countDown();
        } finally {
            readDone.countDown();
            writer.join(10_000);
        }
        assertEquals(99, sync.loadState("INBOX").uidNext());
    }

    private void sellerData() {
        db.durableTransaction("test", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO outbox (message_id, state, to_address, subject, text_body, created_at, updated_at)"
                        + " VALUES ('<r1@shop>', 'queued', '" + TestMessages.ALIAS + "', 'Re: parcel', 'On its way', 0, 0)");
                s.execute("INSERT INTO templates (name, body, updated_at) VALUES ('Where is my order', 'Hi', 0)");
                s.execute("INSERT INTO drafts (subject, text_body, updated_at) VALUES ('Re: parcel', 'draft', 0)");
                s.execute("INSERT INTO audit_log (at, actor, action) VALUES (0, 'seller', 'queued reply')");
            }
            return null;
        });
    }
}
