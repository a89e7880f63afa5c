package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void tooFewMessagesOrRunsAreAUsageErrorSaidInOneSentence() {
        for (String[] args : new String[][] {{"--messages", "-5"}, {"--messages", "50"}, {"--runs", "0"}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] command = {"bench", "cache", args[0], args[1]};

            int code = TestCommandLine.run(out, err, command);

            assertEquals(CommandLine.ExitCode.USAGE, code, err::toString);
            String expected = args[0] + " must be at least " + (args[0].equals("--runs") ? "1" : "100") + ", not " + args[1];
            assertTrue(err.toString().startsWith(expected), err::toString);
            assertFalse(err.toString().contains("Exception"), err::toString);
            assertFalse(out.toString().contains("Filling"), "nothing is generated: " + out);
        }
    }
}
