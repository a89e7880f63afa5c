package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.platform.DataFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RelayDeskCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private DataFolder openedWith;

    private int run(String... args) {
        CommandLine cli = RelayDeskCli.create((folder, log) -> {
            openedWith = folder;
            return 0;
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpListsEverySubcommand() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"demo-server", "sync", "lint", "bench"}) {
            assertTrue(out.toString().contains(command), () -> command + " missing from:\n" + out);
        }
        assertNull(openedWith, "--help must not open the window");
    }

    @Test
    void versionPrintsTheProductVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("RelayDesk "), out.toString());
    }

    @Test
    void noArgumentsOpensTheWindowWithTheChosenDataFolder(@TempDir Path temp) {
        assertEquals(0, run("--data-dir", temp.toString()));
        assertNotNull(openedWith);
        assertEquals(temp, openedWith.root());
        assertTrue(Files.isDirectory(temp.resolve("logs")), "the log folder is created");
    }

    @Test
    void aSubcommandThatHasNotLandedSaysSoWithExitCodeTwo() {
        CommandLine probe = new CommandLine(new NotLandedYet());
        probe.setErr(new PrintWriter(err));
        assertEquals(2, probe.execute());
        assertTrue(err.toString().contains("not yet available"), err.toString());
    }

    @Test
    void anUnknownOptionIsAUsageErrorNotAStackTrace() {
        assertEquals(2, run("--no-such-option"));
        assertTrue(err.toString().contains("Unknown option"), err.toString());
        assertTrue(!err.toString().contains("at com.relaydesk"), err.toString());
    }

    @Test
    void anUnusableDataFolderIsReportedInOneSentence(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertEquals(1, run("--data-dir", file.resolve("sub").toString()));
        assertTrue(err.toString().contains("cannot write to its data folder"), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @CommandLine.Command(name = "probe")
    static final class NotLandedYet extends NotYetAvailable {
    }

    @Test
    void benchWithoutAPartToMeasureSaysWhatToMeasure() {
        assertEquals(2, run("bench"));
        assertTrue(err.toString().contains("Say what to measure"), err.toString());
    }
}
