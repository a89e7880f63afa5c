package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.platform.DataFolder;
import com.relaydesk.store.AccountCache;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportOrdersCommandTest {

    private static final String HEADER = "amazon-order-id\tpurchase-date\torder-status\tproduct-name\tquantity\n";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TestCommandLine.run(out, err, args);
    }

    @Test
    void importOrdersPrintsImportedUpdatedAndBadCountsWithTheLinesOfBadRows() throws Exception {
        Path report = dir.resolve("orders.tsv");
        Files.writeString(report, HEADER
                + "113-4455667-8899001\t2026-11-02T09:15:00+00:00\tShipped\tCanvas bag\t1\n"
                + "oops\t2026-11-02T09:15:00+00:00\tShipped\tMug\t1\n");
        Path data = dir.resolve("data");

        int code = run("import-orders", "--data-dir", data.toString(), "--account", "seller@example.org",
                report.toString());

        assertEquals(1, code, err.toString());
        assertTrue(out.toString().contains("orders.tsv:3: "), out.toString());
        assertTrue(out.toString().contains("1 imported, 0 updated, 0 unchanged, 1 bad rows"), out.toString());
        try (AccountCache cache = AccountCache.open(DataFolder.at(data), "seller@example.org")) {
            assertTrue(cache.orders().find("113-4455667-8899001").isPresent());
        }
    }

    @Test
    void withoutAccountTheOnlyCacheOfTheDataFolderIsUsedAndASecondRunChangesNothing() throws Exception {
        Path report = dir.resolve("orders.tsv");
        Files.writeString(report, HEADER + "113-4455667-8899001\t2026-11-02T09:15:00+00:00\tShipped\tCanvas bag\t1\n");
        Path data = dir.resolve("data");
        AccountCache.open(DataFolder.at(data), "seller@example.org").close();

        assertEquals(0, run("--data-dir", data.toString(), "import-orders", report.toString()), err.toString());
        assertEquals(0, run("--data-dir", data.toString(), "import-orders", report.toString()), err.toString());

        assertTrue(out.toString().contains("0 imported, 0 updated, 1 unchanged, 0 bad rows"), out.toString());
    }

    @Test
    void aMissingReportLogsNothingThatJavasConsoleHandlerWouldPrintBesideTheSentence() {
        List<LogRecord> shown = new ArrayList<>();
        Handler console = new Handler() {
            @Override
            public void publish(LogRecord record) {
                shown.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        console.setLevel(Level.INFO);  // java.util.logging.ConsoleHandler's default
        Logger root = Logger.getLogger("");
        root.addHandler(console);
        try {
            assertEquals(1, run("import-orders", "--data-dir", dir.resolve("data").toString(),
                    dir.resolve("nope.tsv").toString()));
        } finally {
            root.removeHandler(console);
        }
        assertEquals(List.of(), shown.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                .map(r -> r.getLevel() + " " + r.getMessage()).toList());
        assertTrue(err.toString().startsWith("relaydesk: There is no order report at"), err::toString);
    }

    @Test
    void aMissingReportOrAnUnknownAccountIsExplainedInOneSentence() throws Exception {
        Path data = dir.resolve("data");
        assertEquals(1, run("import-orders", "--data-dir", data.toString(), dir.resolve("nope.tsv").toString()));
        assertTrue(err.toString().contains("There is no order report at"), err.toString());

        Path report = dir.resolve("orders.tsv");
        Files.writeString(report, HEADER);
        assertEquals(1, run("import-orders", "--data-dir", data.toString(), report.toString()));
        assertTrue(err.toString().contains("--account ADDR"), err.toString());
    }
}
