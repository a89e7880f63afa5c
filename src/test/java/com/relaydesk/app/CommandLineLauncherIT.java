package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code installer/relaydesk}, the command-line launcher: runs the packaged jar and keeps a
 * class-data archive, recorded once per jar in the background from a training sync.
 */
class CommandLineLauncherIT {

    @TempDir
    Path cache;

    @TempDir
    Path data;

    private String run(Map<String, String> env, String... args) throws Exception {
        return run("installer/relaydesk", env, args);
    }

    private String run(String launcher, Map<String, String> env, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(launcher), Stream.of(args)).toList())
                .redirectErrorStream(true);
        builder.environment().put("RELAYDESK_JAR", System.getProperty("relaydesk.jar", "target/relaydesk.jar"));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private Path folder() {
        return cache.resolve("relaydesk");
    }

    private List<Path> archives() throws Exception {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    /** Waits for the background training to finish: its lock folder gone. */
    private void awaitTraining() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            try (Stream<Path> files = Files.list(folder())) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".jsa.lock"))) {
                    return;
                }
            }
            assertTrue(Instant.now().isBefore(deadline), "the training did not finish within 90 s");
            Thread.sleep(200);
        }
    }

    @Test
    void theArchiveIsRecordedOnceInTheBackgroundAndLaterRunsUseItWithTheSameOutput() throws Exception {
        String first = run(Map.of(), "--version");
        assertTrue(first.startsWith("RelayDesk "), first);
        awaitTraining();
        assertEquals(1, archives().size(), "the training left one class-data archive in the cache folder");
        long written = Files.getLastModifiedTime(archives().get(0)).toMillis();

        String second = run(Map.of(), "--version");
        assertEquals(first, second, "nothing about the archive shows in the output");
        assertEquals(written, Files.getLastModifiedTime(archives().get(0)).toMillis(), "the archive is used, not rewritten");
        assertEquals(1, archives().size(), "and no second training started");
    }

    @Test
    void underThePlainCLocaleTheTrainingStillRecordsTheArchive() throws Exception {
        // LC_ALL=C (cron jobs, containers, the shared bench): file names are ASCII-only to the JVM
        run(Map.of("LC_ALL", "C", "LANG", "C"), "--version");
        awaitTraining();
        try (Stream<Path> files = Files.list(folder())) {
            List<String> left = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(1, archives().size(), "the training ran to its end under LC_ALL=C: " + left);
        }
    }

    @Test
    void anArchiveRecordedAfterAVersionCommandStillHoldsTheClassesOfASync() throws Exception {
        run(Map.of(), "--version");  // the first command a new user types
        awaitTraining();

        GreenMail server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        server.start();
        try {
            server.setUser("seller@example.org", "seller", "secret").deliver(GreenMailUtil.createTextEmail(
                    "seller@example.org", "a1b2c3@marketplace.amazon.com", "Where is my parcel?",
                    "Hello, it has not arrived yet.", server.getImap().getServerSetup()));
            String output = run(Map.of("RD_LAUNCHER_PASSWORD", "secret", "RELAYDESK_JAVA_OPTIONS", "-Xlog:class+load=info"),
                    "--data-dir", data.toString(), "sync", "--host", "127.0.0.1", "--port",
                    String.valueOf(server.getImap().getPort()), "--user", "seller", "--password-env", "RD_LAUNCHER_PASSWORD",
                    "--plain");
            assertTrue(output.contains("Synced 1 new messages"), output);
            for (String name : new String[] {"com.relaydesk.mail.mime.MimeParser", "com.relaydesk.store.MessageWriter",
                    "org.eclipse.angus.mail.imap.IMAPFolder"}) {
                assertTrue(output.contains(name + " source: shared objects file"), name + " was not in the archive:\n"
                        + output.lines().filter(l -> l.contains(name)).toList());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aTrainingThatFailsIsNotTriedAgainWithEveryCommand(@TempDir Path jdk) throws Exception {
        // A java that runs everything but the training, as on a machine where the training cannot work.
        Path calls = jdk.resolve("calls.log");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/bash\necho \"$*\" >> '" + calls + "'\n"
                + "for a in \"$@\"; do [ \"$a\" = startup-training ] && { echo no training here >&2; exit 1; }; done\n"
                + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());

        run(env, "--version");
        awaitTraining();
        run(env, "--version");
        awaitTraining();
        run(env, "--version");

        long trainings = Files.readAllLines(calls).stream().filter(l -> l.contains("startup-training")).count();
        assertEquals(1, trainings, "tried once: " + Files.readAllLines(calls));
        assertEquals(List.of(), archives());
        try (Stream<Path> files = Files.list(folder())) {
            Path failed = files.filter(f -> f.getFileName().toString().endsWith(".jsa.failed")).findFirst().orElseThrow();
            assertTrue(Files.readString(failed).contains("no training here"), "the failed training's log is kept");
        }
    }

    @Test
    void aCopyOfTheJarElsewhereWithTheSameSizeAndTimeGetsAnArchiveOfItsOwn(@TempDir Path elsewhere) throws Exception {
        // The JVM uses an archive's classes only with the class path it was recorded with, silently.
        Path jar = Path.of(System.getProperty("relaydesk.jar", "target/relaydesk.jar"));
        Path copy = Files.copy(jar, elsewhere.resolve("relaydesk.jar"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        run(Map.of(), "--version");
        awaitTraining();

        run(Map.of("RELAYDESK_JAR", copy.toString()), "--version");
        awaitTraining();
        assertEquals(2, archives().size(), "one archive per jar path: " + archives());

        String output = run(Map.of("RELAYDESK_JAR", copy.toString(), "RELAYDESK_JAVA_OPTIONS", "-Xlog:class+load=info"),
                "--version");
        assertTrue(output.contains("picocli.CommandLine source: shared objects file"),
                "the copy runs with RelayDesk's classes from its archive:\n"
                        + output.lines().filter(l -> l.contains("picocli.CommandLine ")).toList());
    }

    @Test
    void startedThroughASymbolicLinkItFindsTheJarBesideTheRealScript(@TempDir Path bin) throws Exception {
        // As a package installs it: /usr/bin/relaydesk -> /opt/relaydesk/bin/relaydesk, jar beside it.
        Path jar = Path.of("target/relaydesk.jar");
        assertTrue(Files.isRegularFile(jar), "the jar this checkout built, which the launcher looks for beside itself");
        Path link = Files.createSymbolicLink(bin.resolve("relaydesk"), Path.of("installer/relaydesk").toAbsolutePath());
        String output = run(link.toString(), Map.of("RELAYDESK_JAR", ""), "--version");
        assertTrue(output.startsWith("RelayDesk "), output);
    }

    @Test
    void aNewArchiveKeepsOnlyTheTwoNewestOlderOnes() throws Exception {
        Files.createDirectories(folder());
        for (int age = 1; age <= 4; age++) {
            Path old = Files.writeString(folder().resolve("cli-1-" + age + ".jsa"), "an older jar's archive");
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(age))));
        }
        run(Map.of(), "--version");
        awaitTraining();
        List<String> names = archives().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(3, names.size(), names::toString);
        assertTrue(names.containsAll(List.of("cli-1-1.jsa", "cli-1-2.jsa")), names::toString);
    }
}
