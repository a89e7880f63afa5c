package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aNewCacheFileIsAtTheNewestVersionInWalModeWithForeignKeysOn() {
        try (Database db = Database.open(dir.resolve("a.sqlite"))) {
            assertEquals(Database.latestVersion(), db.userVersion());
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
        }
    }

    private static final String SEARCH_AUTOMERGE = "SELECT v FROM message_search_config WHERE k = 'automerge'";

    @Test
    void theSearchIndexOfANewCacheMergesSixteenSegmentsAtATimeSoItsWritesStayFlatAsTheMailboxGrows() {
        try (Database db = Database.open(dir.resolve("a.sqlite"))) {
            assertEquals("16", scalar(db, SEARCH_AUTOMERGE));
            assertEquals("64", scalar(db, "SELECT v FROM message_search_config WHERE k = 'crisismerge'"),
                    "above the automerge level, so merges go step by step and no store pays for a whole level");
        }
    }

    @Test
    void theSearchIndexKeepsNoWordPositionsAndARebuiltOneHoldsWhatTheSyncWriterWouldIndex() throws Exception {
        Path old = cacheAt("v14.sqlite", 14,
                "INSERT INTO folders (id, name, role, uid_validity, uid_next) VALUES (1, 'INBOX', 'inbox', 7, 3)",
                "INSERT INTO messages (id, folder_id, uid, subject, sort_time) VALUES (1, 1, 1, 'Plain', 0)",
                "INSERT INTO message_bodies (message_row, text_body) VALUES (1, 'It has not arrived.')",
                "INSERT INTO messages (id, folder_id, uid, subject, sort_time) VALUES (2, 1, 2, 'Html only', 0)",
                "INSERT INTO message_bodies (message_row, text_body, html_body)"
                        + " VALUES (2, '', '<p>The <b>zipper</b> broke</p><style>p{}</style>')");
        try (Database upgraded = Database.open(old)) {
            assertTrue(scalar(upgraded, "SELECT sql FROM sqlite_master WHERE name = 'message_search'").contains("detail = column"));
            assertEquals("1", scalar(upgraded, "SELECT rowid FROM message_search WHERE message_search MATCH 'arrived'"));
            assertEquals("2", scalar(upgraded, "SELECT rowid FROM message_search WHERE message_search MATCH 'zipper'"),
                    "an HTML-only message is indexed by its text, as MessageWriter.searchableBody gives it");
            assertEquals("0", scalar(upgraded, "SELECT count(*) FROM message_search WHERE message_search MATCH 'style'"));
            assertEquals("16", scalar(upgraded, SEARCH_AUTOMERGE));
            upgraded.transaction("expunge", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM messages WHERE id = 2");
                }
                return null;
            });
            assertEquals("0", scalar(upgraded, "SELECT count(*) FROM message_search WHERE message_search MATCH 'zipper'"),
                    "the rebuilt trigger takes a removed message out of the index");
        }
    }

    @Test
    void upgradingTakesTheRelaysWrappingOffStoredBuyerNamesAndPreviews() throws Exception {
        Path old = cacheAt("v16.sqlite", 16,
                "INSERT INTO folders (id, name, role, uid_validity, uid_next) VALUES (1, 'INBOX', 'inbox', 7, 3)",
                "INSERT INTO conversations (id, buyer_alias, buyer_name) VALUES (1, 'a1@marketplace.amazon.com',"
                        + " 'Aisha - Amazon Marketplace')",
                "INSERT INTO messages (id, folder_id, uid, subject, sort_time, from_name, buyer_alias, peer_alias,"
                        + " conversation_id, snippet) VALUES (1, 1, 1, 'Inquiry', 0, 'Aisha - Amazon Marketplace',"
                        + " 'a1@marketplace.amazon.com', 'a1@marketplace.amazon.com', 1,"
                        + " '------------- Message: ------------- Hi, where is it? ------------- End message -------------')",
                "INSERT INTO message_bodies (message_row, text_body) VALUES (1, '------------- Message: -------------"
                        + "\n\nHi, where is it?\n\n------------- End message -------------\n')",
                "INSERT INTO messages (id, folder_id, uid, subject, sort_time, from_name, snippet)"
                        + " VALUES (2, 1, 2, 'Newsletter', 0, 'Shop - Amazon Marketplace', 'Our news')");
        try (Database upgraded = Database.open(old)) {
            assertEquals("Aisha", scalar(upgraded, "SELECT from_name FROM messages WHERE id = 1"));
            assertEquals("Aisha", scalar(upgraded, "SELECT buyer_name FROM conversations WHERE id = 1"));
            assertEquals("Hi, where is it?", scalar(upgraded, "SELECT snippet FROM messages WHERE id = 1"));
            assertEquals("Shop - Amazon Marketplace", scalar(upgraded, "SELECT from_name FROM messages WHERE id = 2"),
                    "not from a buyer alias: left as it was");
        }
    }

    @Test
    void aNewCacheFileHasSixteenKilobytePagesAndAnOlderOneKeepsItsOwn() throws Exception {
        try (Database db = Database.open(dir.resolve("new.sqlite"))) {
            assertEquals("16384", pragma(db, "page_size"));
        }
        Path old = dir.resolve("4k.sqlite");
        try (Database v1 = Database.open(old, List.of(Schema.V1_CACHE))) {
            assertEquals(1, v1.userVersion());
        }
        // A file from before 16 KB pages: SQLite's default 4 KB (the size changes only outside WAL, by VACUUM).
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA page_size = 4096");
            s.execute("VACUUM");
        }
        try (Database upgraded = Database.open(old)) {
            assertEquals("4096", pragma(upgraded, "page_size"));
            assertEquals(Database.latestVersion(), upgraded.userVersion());
            assertEquals("wal", pragma(upgraded, "journal_mode"));
        }
    }

    @Test
    void aCacheUpgradedFromVersionOneHasTheSameSchemaAsAFreshOneAndKeepsItsRows() throws Exception {
        Path old = dir.resolve("old.sqlite");
        try (Database v1 = Database.open(old, List.of(Schema.V1_CACHE))) {
            assertEquals(1, v1.userVersion());
            // Rows as a v1 RelayDesk wrote them.
            v1.transaction("fill v1", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO folders (id, name, role, uid_validity, uid_next) VALUES (1, 'INBOX', 'inbox', 7, 2)");
                    s.execute("INSERT INTO messages (id, folder_id, uid, subject, sort_time, buyer_alias, peer_alias)"
                            + " VALUES (1, 1, 1, 'Where is my parcel?', 0, '" + TestMessages.ALIAS + "', '"
                            + TestMessages.ALIAS + "')");
                    s.execute("INSERT INTO message_bodies (message_row, text_body) VALUES (1, 'It has not arrived.')");
                }
                return null;
            });
        }
        try (Database upgraded = Database.open(old); Database fresh = Database.open(dir.resolve("fresh.sqlite"))) {
            assertEquals(schema(fresh), schema(upgraded));
            assertEquals(Database.latestVersion(), upgraded.userVersion());
            assertEquals("1", scalar(upgraded, "SELECT count(*) FROM messages"));
            // v3 filled the search index from the rows v1 had.
            assertEquals("1", scalar(upgraded, "SELECT count(*) FROM message_search WHERE message_search MATCH 'parcel'"));
            // v14's setting lives in a row, not in the schema text: an upgraded index merges like a fresh one.
            assertEquals(scalar(fresh, SEARCH_AUTOMERGE), scalar(upgraded, SEARCH_AUTOMERGE));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().matches("old\\.sqlite\\.v1-.*\\.bak")),
                    "a backup copy of the v1 file is kept beside it");
        }
    }

    @Test
    void upgradingPutsBackInResponseNeededAQuestionWithoutOrderThatAReplyAboutAnOrderHid() throws Exception {
        String alias = "'" + TestMessages.ALIAS + "'";
        Path old = cacheAt("v22.sqlite", 22,
                "INSERT INTO folders (id, name, role) VALUES (1, 'INBOX', 'inbox'), (2, 'Sent', 'sent')",
                "INSERT INTO messages (id, folder_id, uid, sort_time, message_id, buyer_alias, peer_alias, order_id, replied)"
                        + " VALUES (1, 1, 1, 1, '<order-q@buyer>', " + alias + ", " + alias + ", '113-4455667-8899001', 1),"
                        + " (2, 1, 2, 2, '<lamp-q@buyer>', " + alias + ", " + alias + ", NULL, 1),"
                        + " (3, 2, 1, 3, '<r@shop>', NULL, " + alias + ", '113-4455667-8899001', 0)",
                "INSERT INTO message_links (ref, message_row) VALUES ('<order-q@buyer>', 3)");
        try (Database upgraded = Database.open(old)) {
            assertEquals("1", String.valueOf(scalar(upgraded, "SELECT replied FROM messages WHERE id = 1")));
            assertEquals("0", String.valueOf(scalar(upgraded, "SELECT replied FROM messages WHERE id = 2")),
                    "the reply was about the order: the question without one needs an answer again");
        }
    }

    @Test
    void upgradingGivesBackTheBuyersNameToConversationsThatTookTheSellersFromSent() throws Exception {
        Path old = cacheAt("v8.sqlite", 8,
                "INSERT INTO folders (id, name, role) VALUES (1, 'INBOX', 'inbox'), (2, 'Sent', 'sent')",
                "INSERT INTO conversations (id, buyer_alias, buyer_name, last_message_at) VALUES (1, '"
                        + TestMessages.ALIAS + "', 'Shop', 0), (2, '" + TestMessages.OTHER_ALIAS + "', 'Shop', 0)",
                "INSERT INTO messages (folder_id, uid, sort_time, from_address, from_name, buyer_alias,"
                        + " peer_alias, conversation_id) VALUES"
                        + " (1, 1, 1, '" + TestMessages.ALIAS + "', 'Erika Mustermann', '" + TestMessages.ALIAS + "', '"
                        + TestMessages.ALIAS + "', 1),"
                        + " (2, 2, 2, '" + TestMessages.SELLER + "', 'Shop', '" + TestMessages.ALIAS + "', '"
                        + TestMessages.ALIAS + "', 1),"
                        + " (2, 3, 3, '" + TestMessages.SELLER + "', 'Shop', '" + TestMessages.OTHER_ALIAS + "', '"
                        + TestMessages.OTHER_ALIAS + "', 2)");
        try (Database upgraded = Database.open(old)) {
            assertEquals("Erika Mustermann", scalar(upgraded, "SELECT buyer_name FROM conversations WHERE id = 1"));
            assertEquals(null, scalar(upgraded, "SELECT buyer_name FROM conversations WHERE id = 2"),
                    "only the seller wrote: no name until the buyer's own message or the order report gives one");
        }
    }

    @Test
    void upgradingIndexesTheSellersRepliesUnderTheBuyerNameTheirRowsShowInsteadOfTheSellersName() throws Exception {
        Path old = cacheAt("v22.sqlite", 22,
                "INSERT INTO folders (id, name, role) VALUES (1, 'INBOX', 'inbox'), (2, 'Sent', 'sent')",
                "INSERT INTO conversations (id, buyer_alias, buyer_name, last_message_at) VALUES (1, '"
                        + TestMessages.ALIAS + "', 'Ethan Wilson', 0)",
                "INSERT INTO messages (id, folder_id, uid, sort_time, subject, from_address, from_name, buyer_alias,"
                        + " peer_alias, conversation_id) VALUES"
                        + " (1, 1, 1, 1, 'Product details inquiry', '" + TestMessages.ALIAS + "', 'Ethan Wilson', '"
                        + TestMessages.ALIAS + "', '" + TestMessages.ALIAS + "', 1),"
                        + " (2, 2, 2, 2, 'Re: Product details inquiry', '" + TestMessages.SELLER + "', 'Shop', NULL, '"
                        + TestMessages.ALIAS + "', 1)",
                "INSERT INTO message_bodies (message_row, text_body) VALUES (1, 'Is it leather?'), (2, 'Yes, it is.')",
                // as v22's sync writer indexed them: the reply under the seller's From name
                "INSERT INTO message_search (rowid, subject, body, buyer_name, alias, order_id) VALUES"
                        + " (1, 'Product details inquiry', 'Is it leather?', 'Ethan Wilson', '" + TestMessages.ALIAS + "', ''),"
                        + " (2, 'Re: Product details inquiry', 'Yes, it is.', 'Shop', '" + TestMessages.ALIAS + "', '')");
        try (Database upgraded = Database.open(old)) {
            assertEquals("2", scalar(upgraded, "SELECT count(*) FROM message_search WHERE message_search MATCH 'wilson'"));
            assertEquals("0", scalar(upgraded, "SELECT count(*) FROM message_search WHERE message_search MATCH 'shop'"));
            assertEquals("2", scalar(upgraded, "SELECT rowid FROM message_search WHERE message_search MATCH 'yes'"),
                    "the rest of the reply is indexed as before");
        }
    }

    @Test
    void aCacheWrittenByANewerRelayDeskIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.sqlite");
        try (Database db = Database.open(file)) {
            db.read("set version", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 99");
                }
                return null;
            });
        }
        CacheException e = assertThrows(CacheException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer RelayDesk"), e.getMessage());
        assertTrue(e.getMessage().contains("Update RelayDesk"), e.getMessage());
        List<Migration> future = new ArrayList<>(Schema.MIGRATIONS);
        future.add(new Migration(99, "future", List.of()));
        try (Database db = Database.open(file, future)) {
            assertEquals(99, db.userVersion(), "the version was not reset");
        }
    }

    @Test
    void aFileThatIsNotADatabaseGivesAClearErrorInsteadOfBeingReplaced() throws Exception {
        Path file = dir.resolve("garbage.sqlite");
        Files.writeString(file, "this is not a database, but it is long enough to have a header ....".repeat(20));
        CacheException e = assertThrows(CacheException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(Files.readString(file).startsWith("this is not a database"));
    }

    @Test
    void aFailedMigrationStepLeavesTheFileAtItsOldVersion() {
        Path file = dir.resolve("fail.sqlite");
        try (Database db = Database.open(file, List.of(Schema.V1_CACHE))) {
            assertEquals(1, db.userVersion());
        }
        List<Migration> broken = new ArrayList<>(List.of(Schema.V1_CACHE, Schema.V2_SELLER_DATA));
        broken.add(new Migration(3, "broken", List.of("CREATE TABLE x (a)", "THIS IS NOT SQL")));
        assertThrows(CacheException.class, () -> Database.open(file, broken));
        try (Database db = Database.open(file, List.of(Schema.V1_CACHE))) {
            assertEquals(1, db.userVersion());
            assertEquals("0", scalar(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('outbox', 'x')"));
        }
    }

    static String pragma(Database db, String name) {
        return scalar(db, "PRAGMA " + name);
    }

    static String scalar(Database db, String sql) {
        return db.read("test", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private static List<String> schema(Database db) {
        return db.read("test", c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return rows;
        });
    }

    /** A cache file left at {@code version} by an older RelayDesk, holding the rows the statements write. */
    private Path cacheAt(String fileName, int version, String... statements) {
        Path file = dir.resolve(fileName);
        try (Database old = Database.open(file, Schema.MIGRATIONS.subList(0, version))) {
            old.transaction("fill v" + version, c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                }
                return null;
            });
        }
        return file;
    }
}
