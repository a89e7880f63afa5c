package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCacheCommandTest {

    @Test
    void benchCachePrintsTheFillRateAndAFigureForEveryQuery(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        CommandLine cli = RelayDeskCli.create((folder, log) -> 0);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));

        int code = cli.execute("bench", "cache", "--messages", "600", "--runs", "3", "--dir", dir.toString());

        assertEquals(0, code);
        String text = out.toString();
        assertTrue(text.contains("messages/s"), text);
        for (String query : new String[] {"first page: response needed", "first page: sent", "first page: all",
            "search common word", "search order ID"}) {
            assertTrue(text.contains(query), () -> query + " missing from:\n" + text);
        }
        assertTrue(Files.exists(dir.resolve("bench-600.sqlite")), "--dir keeps the cache for a look");
    }
}
