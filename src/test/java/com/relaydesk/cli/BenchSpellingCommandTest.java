package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchSpellingCommandTest {

    @Test
    void benchSpellingPrintsALineForEachDictionaryRelayDeskCarries() {
        StringWriter out = new StringWriter();
        CommandLine cli = RelayDeskCli.create((folder, log) -> 0);
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("bench", "spelling", "--runs", "1"));
        for (String tag : new String[] {"en_US", "en_GB", "es", "fr", "nl"}) {
            assertTrue(out.toString().matches("(?s).*\\(" + tag + "\\)\\s+load\\+first check\\s+\\d+\\.\\d ms\\s+check\\s+\\d+ "
                    + "chars \\(\\d+ typos\\) median\\s+\\d+\\.\\d\\d ms.*"), out::toString);
        }
        assertTrue(out.toString().contains("suggest \"arive\""), out::toString);
        assertTrue(out.toString().contains("→ arrive"), out::toString);
    }
}
