package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar relaydesk.jar demo-server} as a trainer runs it. Prints how long the start took
 * (a figure for the README, not an assertion: speed goals are benchmarks).
 */
class DemoServerJarIT {

    @TempDir
    Path dataDir;

    @Test
    void theJarStartsTheDemoServerPrintsItsSettingsAndStopsOnQuit() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("relaydesk.jar", "target/relaydesk.jar"),
                "demo-server", "--imap-port", "0", "--smtp-port", "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("RELAYDESK_HOME", dataDir.toString());
        long started = System.nanoTime();
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        long readyNanos = -1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("Type \"reset\"")) {
                    readyNanos = System.nanoTime() - started;
                    break;
                }
            }
            assertTrue(readyNanos > 0, "the demo server never said it was ready:\n" + output);
            Matcher imap = Pattern.compile("IMAP server\\s+\\S+\\s+port (\\d+)").matcher(output);
            assertTrue(imap.find(), output.toString());
            System.out.printf("demo-server: ready %d ms after `java -jar` was launched%n", readyNanos / 1_000_000);
            try (OutputStream console = process.getOutputStream()) {
                console.write("quit\n".getBytes(StandardCharsets.UTF_8));
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the demo server did not stop on quit");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroy();
        }
    }
}
