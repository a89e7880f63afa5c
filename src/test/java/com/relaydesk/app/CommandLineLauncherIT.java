package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code installer/relaydesk}, the command-line launcher: runs the packaged jar and keeps a class-data archive. */
class CommandLineLauncherIT {

    @TempDir
    Path cache;

    private String run(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("installer/relaydesk"), Stream.of(args)).toList())
                .redirectErrorStream(true);
        builder.environment().put("RELAYDESK_JAR", System.getProperty("relaydesk.jar", "target/relaydesk.jar"));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private List<Path> archives() throws Exception {
        Path folder = cache.resolve("relaydesk");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void theFirstRunWritesTheClassArchiveAndLaterRunsUseItWithTheSameOutput() throws Exception {
        String first = run("--version");
        assertTrue(first.startsWith("RelayDesk "), first);
        assertEquals(1, archives().size(), "the first run left its class-data archive in the cache folder");
        long written = Files.getLastModifiedTime(archives().get(0)).toMillis();

        String second = run("--version");
        assertEquals(first, second, "nothing about the archive shows in the output");
        assertEquals(written, Files.getLastModifiedTime(archives().get(0)).toMillis(), "the archive is used, not rewritten");
    }
}
