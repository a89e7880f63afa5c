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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jpackage app image of the installer profile ({@code mvn -Pinstaller verify}) as a
 * seller's machine would: its own trimmed runtime, no JDK, no display.
 */
class InstallerImageIT {

    private static final Path IMAGE = Path.of(System.getProperty("relaydesk.appImage", "target/installer/dist/RelayDesk"));

    @TempDir
    Path home;

    private String run(int expectedExit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(IMAGE.resolve("bin/RelayDesk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("RELAYDESK_HOME", home.toString());
        Path output = home.resolve("output.txt");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the app image did not exit within a minute");
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(expectedExit, process.exitValue(), text);
        return text;
    }

    @Test
    void theAppImagePrintsItsVersionAndHelpWithoutADisplayOrAJdk() throws Exception {
        assertTrue(run(0, "--version").startsWith("RelayDesk "));
        String help = run(0, "--help");
        assertTrue(help.contains("demo-server") && help.contains("lint"), help);
    }

    @Test
    void theRuntimeHoldsJavaFxAndOnlyTheJdkModulesTheAppNeeds() throws IOException {
        String release = Files.readString(IMAGE.resolve("lib/runtime/release"));
        String modules = release.lines().filter(line -> line.startsWith("MODULES=")).findFirst().orElseThrow();
        assertTrue(modules.contains("javafx.controls") && modules.contains("java.sql") && modules.contains("jdk.crypto.ec"),
                modules);
        assertFalse(modules.contains("jdk.compiler") || modules.contains("jdk.jshell") || modules.contains("java.corba"),
                "the runtime is not trimmed: " + modules);
        System.out.printf("app image size: %.1f MB (%s)%n", sizeOf(IMAGE) / 1_048_576.0, IMAGE);
    }

    @Test
    void theDebHasADesktopEntryInTheMailCategoryWithTheIcon() throws Exception {
        Path deb;
        try (Stream<Path> files = Files.list(IMAGE.getParent())) {
            deb = files.filter(file -> file.toString().endsWith(".deb")).findFirst().orElseThrow(
                    () -> new AssertionError("no .deb next to the app image in " + IMAGE.getParent()));
        }
        Path extracted = home.resolve("deb");
        Process process = new ProcessBuilder("dpkg-deb", "-x", deb.toString(), extracted.toString()).inheritIO().start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        String entry = Files.readString(extracted.resolve("opt/relaydesk/lib/relaydesk-RelayDesk.desktop"));
        assertTrue(entry.contains("Categories=Network;Email;Office;"), entry);
        assertTrue(entry.contains("Exec=/opt/relaydesk/bin/RelayDesk"), entry);
        assertTrue(Files.exists(extracted.resolve("opt/relaydesk/lib/RelayDesk.png")));
    }

    private static long sizeOf(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
