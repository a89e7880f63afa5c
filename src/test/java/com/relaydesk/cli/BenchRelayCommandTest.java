package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchRelayCommandTest {

    @Test
    void benchRelayPrintsAFigureForEveryStepAndTheColdStart() {
        StringWriter out = new StringWriter();
        CommandLine cli = RelayDeskCli.create((folder, log) -> 0);
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("bench", "relay", "--runs", "1"));
        for (String step : new String[] {"generate the demo world", "start the relay with it",
            "one message through SMTP + rules", "read the INBOX count over IMAP", "start a relay with a test-size world"}) {
            assertTrue(out.toString().matches("(?s).*" + java.util.regex.Pattern.quote(step)
                    + "\\s+cold\\s+\\d+\\.\\d ms\\s+warm median\\s+\\d+\\.\\d ms.*"), out::toString);
        }
        assertTrue(out.toString().contains("Cold demo relay ready"), out::toString);
    }
}
