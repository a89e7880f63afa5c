package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FolderSyncState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refresh after each stored batch must find the buyer messages a Sent batch answers through
 * their Message-ID or alias, never by walking the INBOX: on a cache filled since it was opened
 * SQLite has no statistics, and a plan that walks the folder cost 15 ms per batch at 40,000
 * messages, growing with the mailbox. Read from SQLite's own plan, so no clock is involved.
 */
class InboxStatePlanTest {

    @TempDir
    Path dir;

    @Test
    void aSentBatchFindsTheBuyerMessagesItAnswersByMessageIdAndAliasNotByWalkingTheInbox() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            List<com.relaydesk.mail.FetchedMessage> buyers = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                buyers.add(TestMessages.buyer(i).id("<m" + i + "@buyer>").build());
            }
            cache.sync().storeBatch("INBOX", buyers, new FolderSyncState("INBOX", 1, 201, 0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (var s = c.createStatement()) {
                // As during a first sync: no statistics yet (closing the cache may have gathered some
                // on these 200 rows, and for a table that small a scan is the right plan).
                s.execute("DROP TABLE IF EXISTS sqlite_stat1");
                s.execute("DROP TABLE IF EXISTS sqlite_stat4");
            }
            for (String sql : List.of(InboxState.ANSWERED_BY_REFERENCE, InboxState.ANSWERED_BY_ALIAS)) {
                List<String> plan = plan(c, sql);
                assertTrue(plan.stream().noneMatch(step -> step.matches("SCAN m\\b.*")),
                        "no scan of the whole messages table: " + plan);
                assertTrue(plan.stream().noneMatch(step -> step.matches("SEARCH m USING .*\\(folder_id=\\?.*")),
                        "no walk of the INBOX by folder: " + plan);
                assertTrue(plan.stream().anyMatch(step -> step.matches("SEARCH m USING INDEX .*\\((message_id|peer_alias)=\\?.*")),
                        "led by the Message-ID or alias index: " + plan);
            }
        }
    }

    private static List<String> plan(Connection c, String sql) throws Exception {
        List<String> steps = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            s.setLong(1, 1);
            s.setLong(2, 100);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
        }
        return steps;
    }
}
