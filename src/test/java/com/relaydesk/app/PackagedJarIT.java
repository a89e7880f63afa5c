package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code target/relaydesk.jar} in a child JVM, exactly as the README tells users to. */
class PackagedJarIT {

    @TempDir
    Path dataDir;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("relaydesk.jar", "target/relaydesk.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("RELAYDESK_HOME", dataDir.toString());
        Path out = dataDir.resolve("stdout.txt");
        Path err = dataDir.resolve("stderr.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not exit within a minute");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheSubcommands() throws Exception {
        Result result = run("--help");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("demo-server") && result.out().contains("bench"), result.out());
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Result result = run("--version");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("(?s)RelayDesk \\d+\\.\\d+\\.\\d+.*"), result.out());
    }

    @Test
    void withoutADisplayTheWindowFailsWithASentenceAndTheLogPath() throws Exception {
        Result result = run();
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("could not open its window"), result.err());
        assertTrue(result.err().contains(dataDir.resolve("logs").toString()), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace on the console: " + result.err());
        assertTrue(Files.readString(dataDir.resolve("logs/relaydesk-0.log")).contains("the window could not be opened"));
    }
}
