package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.rules.Attachment;
import com.relaydesk.store.DraftOperations.Draft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft keeps everything set in the reply editor, attachments with their content, over a real cache file. */
class WholeDraftsTest {

    private static final byte[] PDF = "%PDF-1.4\ninvoice 113-4455667-8899001\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final byte[] TXT = "Assembly: screw the shade on clockwise.".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aDraftKeptByTheVersionBeforeComesThroughTheUpgradeAndCanThenKeepEverything() {
        Path file = dir.resolve("v18.sqlite");
        try (Database v18 = Database.open(file, Schema.MIGRATIONS.subList(0, 18))) {
            v18.transaction("a v18 draft", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO profiles (id, name, initials, colour, owner, created_at)"
                            + " VALUES (1, 'Anna Berg', 'AB', '#336699', 1, 0)");
                    s.execute("INSERT INTO drafts (id, in_reply_to, to_address, subject, text_body, updated_at, profile_id)"
                            + " VALUES (5, '<q1@buyer>', '" + TestMessages.ALIAS + "', 'Re: parcel', 'Dear Erika,', 0, 1)");
                }
                return null;
            });
        }
        try (Database upgraded = Database.open(file)) {
            assertEquals(Database.latestVersion(), upgraded.userVersion());
            upgraded.read("read the draft as upgraded", c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT subject, text_body, contact_reason, new_message,"
                        + " attachments_left_out, (SELECT count(*) FROM draft_attachments WHERE draft_id = 5)"
                        + " FROM drafts WHERE id = 5");
                        ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "the draft is still there");
                    assertEquals("Re: parcel", rs.getString(1));
                    assertEquals("Dear Erika,", rs.getString(2));
                    assertEquals(null, rs.getString(3), "no reason: a plain reply, as the editor had it then");
                    assertEquals(0, rs.getInt(4));
                    assertEquals("", rs.getString(5));
                    assertEquals(0, rs.getInt(6));
                }
                return null;
            });
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Draft old = cache.drafts().forMessage(1, "<q1@buyer>").orElseThrow();
            assertEquals("Dear Erika,", old.body());
            cache.drafts().save(1, new Draft(old.id(), old.inReplyTo(), old.to(), old.subject(), old.body(), null, null,
                    null, "SHIPPING_QUESTION", false, List.of(new Attachment("invoice.pdf", PDF)), List.of()));
            Draft now = cache.drafts().forMessage(1, "<q1@buyer>").orElseThrow();
            assertEquals("SHIPPING_QUESTION", now.contactReason());
            assertArrayEquals(PDF, now.attachments().get(0).content());
        }
    }

    @Test
    void everythingSetInTheEditorComesBackAfterTheCacheIsOpenedAgain() {
        Path file = dir.resolve("seller.sqlite");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            long anna = owner(cache);
            cache.drafts().save(anna, new Draft(0, "<q1@buyer>", TestMessages.ALIAS,
                    "Delivery appointment for order 113-4455667-8899001", "Dear Erika, which day suits you?", null, null,
                    null, "DELIVERY_SCHEDULING", true, List.of(new Attachment("invoice.pdf", PDF),
                    new Attachment("shade.png", PNG), new Attachment("assembly.txt", TXT)), List.of("video.tif")));
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Draft draft = cache.drafts().forMessage(owner(cache), "<q1@buyer>").orElseThrow();
            assertEquals("Delivery appointment for order 113-4455667-8899001", draft.subject());
            assertEquals("Dear Erika, which day suits you?", draft.body());
            assertEquals("DELIVERY_SCHEDULING", draft.contactReason());
            assertTrue(draft.newMessage());
            assertEquals(List.of("invoice.pdf", "shade.png", "assembly.txt"),
                    draft.attachments().stream().map(Attachment::fileName).toList(), "in the order attached");
            assertArrayEquals(PDF, draft.attachments().get(0).content());
            assertArrayEquals(PNG, draft.attachments().get(1).content());
            assertArrayEquals(TXT, draft.attachments().get(2).content());
            assertEquals(List.of("video.tif"), draft.attachmentsLeftOut());
            assertEquals("application/pdf", scalar(cache, "SELECT content_type FROM draft_attachments WHERE position = 0"));
        }
    }

    @Test
    void aDraftsAttachmentsOutliveAResyncAndGoWithTheDraftButNotFromMailThatHoldsThemToo() {
        try (AccountCache cache = AccountCache.open(dir.resolve("seller.sqlite"), TestMessages.SELLER)) {
            long anna = owner(cache);
            cache.sync().storeBatch("INBOX", List.of(TestMessages.buyer(1).attachment("invoice.pdf", PDF).build()),
                    new FolderSyncState("INBOX", 7, 2, 0));
            Draft saved = cache.drafts().save(anna, new Draft(0, "<inbox-1@test>", TestMessages.ALIAS, "Re: parcel",
                    "Here is the manual.", null, null, null, null, false,
                    List.of(new Attachment("assembly.txt", TXT), new Attachment("invoice.pdf", PDF)), List.of()));
            assertEquals("2", scalar(cache, "SELECT count(*) FROM attachment_contents"), "the invoice is kept once");

            cache.sync().resetFolder("INBOX", new FolderSyncState("INBOX", 8, 1, 0)); // UIDVALIDITY changed
            Draft after = cache.drafts().forMessage(anna, "<inbox-1@test>").orElseThrow();
            assertArrayEquals(TXT, after.attachments().get(0).content(), "a resync never drops the seller's drafts");
            assertArrayEquals(PDF, after.attachments().get(1).content());

            cache.sync().storeBatch("INBOX", List.of(TestMessages.buyer(1).attachment("invoice.pdf", PDF).build()),
                    new FolderSyncState("INBOX", 8, 2, 0));
            cache.drafts().save(anna, new Draft(saved.id(), "<inbox-1@test>", TestMessages.ALIAS, "Re: parcel",
                    "Here is the invoice.", null, null, null, null, false,
                    List.of(new Attachment("invoice.pdf", PDF)), List.of()));
            assertEquals("1", scalar(cache, "SELECT count(*) FROM attachment_contents"), "the manual taken off goes");

            cache.drafts().delete(anna, saved.id());
            assertFalse(cache.drafts().forMessage(anna, "<inbox-1@test>").isPresent());
            assertEquals("0", scalar(cache, "SELECT count(*) FROM draft_attachments"));
            assertEquals("1", scalar(cache, "SELECT count(*) FROM attachment_contents"),
                    "the buyer's message still holds the invoice");
        }
    }

    @Test
    void aDraftSavedAgainWithTheAttachmentsItCameBackWithWritesNoneOfThemAgain() {
        try (AccountCache cache = AccountCache.open(dir.resolve("seller.sqlite"), TestMessages.SELLER)) {
            long anna = owner(cache);
            cache.drafts().save(anna, new Draft(0, "<q1@buyer>", TestMessages.ALIAS, "Re: parcel", "Dear Erika,", null,
                    null, null, null, false, List.of(new Attachment("invoice.pdf", PDF), new Attachment("shade.png", PNG)),
                    List.of()));
            countWrites(cache);

            Draft back = cache.drafts().forMessage(anna, "<q1@buyer>").orElseThrow(); // the reply opened again
            cache.drafts().save(anna, new Draft(back.id(), back.inReplyTo(), back.to(), back.subject(),
                    "Dear Erika, the invoice is attached.", null, null, null, null, false, back.attachments(), List.of()));
            assertEquals("0", scalar(cache, "SELECT count(*) FROM attachment_writes"),
                    "closed again with the same files: their rows and content stay as they were");
            assertEquals("Dear Erika, the invoice is attached.",
                    cache.drafts().forMessage(anna, "<q1@buyer>").orElseThrow().body(), "the text was saved");

            Draft again = cache.drafts().forMessage(anna, "<q1@buyer>").orElseThrow();
            List<Attachment> more = new java.util.ArrayList<>(again.attachments());
            more.add(new Attachment("assembly.txt", TXT));
            cache.drafts().save(anna, new Draft(again.id(), again.inReplyTo(), again.to(), again.subject(), again.body(),
                    null, null, null, null, false, more, List.of()));
            assertEquals("1", scalar(cache, "SELECT count(*) FROM attachment_writes WHERE what = 'content'"),
                    "a file added is stored; the two there already are not handed over again");
            assertEquals(List.of("invoice.pdf", "shade.png", "assembly.txt"), cache.drafts().forMessage(anna, "<q1@buyer>")
                    .orElseThrow().attachments().stream().map(Attachment::fileName).toList());
        }
    }

    /** Logs every write to a draft's attachment rows and to the stored contents, in the cache file itself. */
    private static void countWrites(AccountCache cache) {
        cache.database().transaction("count attachment writes", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE attachment_writes (what TEXT)");
                s.execute("CREATE TRIGGER row_added AFTER INSERT ON draft_attachments"
                        + " BEGIN INSERT INTO attachment_writes VALUES ('row'); END");
                s.execute("CREATE TRIGGER row_deleted AFTER DELETE ON draft_attachments"
                        + " BEGIN INSERT INTO attachment_writes VALUES ('row'); END");
                s.execute("CREATE TRIGGER content_added AFTER INSERT ON attachment_contents"
                        + " BEGIN INSERT INTO attachment_writes VALUES ('content'); END");
            }
            return null;
        });
    }

    private static long owner(AccountCache cache) {
        return new com.relaydesk.team.Profiles(cache.profiles(), new com.relaydesk.team.PinHasher(),
                java.time.Clock.systemUTC()).ensureOwner("seller").id();
    }

    private static String scalar(AccountCache cache, String sql) {
        return cache.database().read("test query", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
