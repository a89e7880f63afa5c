package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.store.AccountCache;
import com.relaydesk.store.MessageLocations;
import com.relaydesk.testing.FileSizeWatch;
import com.relaydesk.testing.ReadOnlyFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log's CSV export over a real cache file: written whole or not at all, a failure said plainly. */
class AuditExportTest {

    private static final String EARLIER_EXPORT = "time,actor,action,message_id,detail\nlast month's export\n";

    @TempDir
    Path dir;

    private AccountCache cache;
    private AuditTrail audit;

    @BeforeEach
    void openACache() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        audit = new AuditTrail(cache, new MessageLocations(cache), () -> "Anna Berg");
    }

    @AfterEach
    void close() {
        cache.close();
    }

    /** What a crash or a full disk mid-export would leave under the name: the export before, or the whole new one. */
    @Test
    void anExportOverAnEarlierOneIsNeverHalfWrittenUnderItsName() throws Exception {
        List<String> messages = IntStream.range(0, 2000).mapToObj(i -> "<buyer-" + i + "@relay>").toList();
        audit.recordAll("noresponseneeded", messages, "x".repeat(10_000)); // some 20 MB of CSV
        Path csv = Files.writeString(dir.resolve("audit.csv"), EARLIER_EXPORT);

        FileSizeWatch watch = FileSizeWatch.start(csv);
        audit.exportCsv(csv);

        watch.assertOnlySizes(EARLIER_EXPORT.length(), Files.size(csv));
        assertEquals(1 + messages.size(), Files.readAllLines(csv).size());
    }

    @Test
    void anExportIntoAFolderItMayNotWriteInSaysSoAndLeavesNothingThere() throws Exception {
        audit.record("reported", "<buyer-1@relay>", null);
        Path locked = Files.createDirectory(dir.resolve("locked"));

        IOException failure;
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(locked)) {
            failure = assertThrows(IOException.class, () -> audit.exportCsv(locked.resolve("audit.csv")));
        }

        assertEquals("there is no permission to write in " + locked + "; choose another folder. Nothing was written.",
                failure.getMessage());
        assertTrue(filesIn(locked).isEmpty(), "no temporary file stays: " + filesIn(locked));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
