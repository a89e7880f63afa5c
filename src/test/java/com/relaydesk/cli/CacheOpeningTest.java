package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.platform.DataFolder;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.CacheException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheOpeningTest {

    @TempDir
    Path dir;

    @Test
    void theCacheOpenedMeanwhileIsHandedOverReadyToUse() {
        DataFolder folder = DataFolder.at(dir);
        try (CacheOpening opening = new CacheOpening(folder, "me@example.org");
                AccountCache cache = opening.get()) {
            assertEquals(AccountCache.fileFor(folder, "me@example.org"), cache.file());
            assertTrue(Files.exists(cache.file()));
            assertEquals(0, cache.sync().cachedUids("INBOX").length);
        }
    }

    @Test
    void aCacheNobodyTookIsClosedSoItsLogIsCheckpointedAway() {
        DataFolder folder = DataFolder.at(dir);
        Path file = AccountCache.fileFor(folder, "me@example.org");
        try (CacheOpening opening = new CacheOpening(folder, "me@example.org")) {
            // the command failed before taking it, e.g. the server refused the password
        }
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(Path.of(file + "-wal")), "SQLite removes the log when the last connection closes");
    }

    @Test
    void aCacheThatCannotBeOpenedFailsWithTheCachesOwnSentence() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        try (CacheOpening opening = new CacheOpening(DataFolder.at(notAFolder), "me@example.org")) {
            CacheException e = assertThrows(CacheException.class, opening::get);
            assertTrue(e.getMessage().contains("could not create the folder"), e.getMessage());
        }
    }
}
