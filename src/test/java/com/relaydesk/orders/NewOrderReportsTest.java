package com.relaydesk.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewOrderReportsTest {

    private static final String HEADER = "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status";

    @TempDir
    Path downloads;

    private final Instant now = Instant.now();

    @Test
    void theNewestFileWhoseFirstLineIsTheReportsHeaderIsFoundWhateverItsName() throws Exception {
        write("17629938412.txt", HEADER + "\r\n111-1234567-1234567\t\t2026-11-30\t2026-11-30\tShipped\r\n", 90);
        Path newest = write("Bestellungen.tsv", "\uFEFF" + HEADER + "\n", 30); // Excel's byte-order mark, German name
        write("invoice.txt", "Invoice 2026-118\n", 5);
        write("orders.csv", HEADER.replace('\t', ',') + "\n", 1); // not what Seller Central downloads
        write("one long line.txt", "x".repeat(100_000), 2);

        Optional<NewOrderReports.Found> found = NewOrderReports.newest(List.of(downloads, downloads.resolve("gone")),
                Instant.EPOCH, now);
        assertEquals(Optional.of(newest), found.map(NewOrderReports.Found::file));
    }

    @Test
    void onlyReportsWrittenAfterTheLastHandledAndWithinAWeekAreNew() throws Exception {
        Path handled = write("a.txt", HEADER + "\n", 60);
        write("last month.txt", HEADER + "\n", Duration.ofDays(30).toMinutes());
        Instant handledAt = Files.getLastModifiedTime(handled).toInstant();

        assertEquals(Optional.empty(), NewOrderReports.newest(List.of(downloads), handledAt, now));
        Path later = write("b.txt", HEADER + "\n", 10);
        assertEquals(Optional.of(later), NewOrderReports.newest(List.of(downloads), handledAt, now)
                .map(NewOrderReports.Found::file));
    }

    private Path write(String name, String content, long minutesAgo) throws Exception {
        Path file = Files.writeString(downloads.resolve(name), content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(now.minus(Duration.ofMinutes(minutesAgo))));
        return file;
    }
}
