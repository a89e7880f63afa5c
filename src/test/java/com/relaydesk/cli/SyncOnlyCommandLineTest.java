package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SyncOnlyCommandLineTest {

    @Test
    void theSubcommandIsTheFirstArgumentThatIsNeitherAnOptionNorTheDataFolder() {
        assertEquals("sync", RelayDeskCli.subcommandName(new String[] {"sync", "--host", "x"}));
        assertEquals("sync", RelayDeskCli.subcommandName(new String[] {"--data-dir", "lint", "sync"}));
        assertEquals("sync", RelayDeskCli.subcommandName(new String[] {"--data-dir=lint", "sync"}));
        assertEquals("lint", RelayDeskCli.subcommandName(new String[] {"lint", "sync"}));
        assertNull(RelayDeskCli.subcommandName(new String[] {"--data-dir", "sync"}));
        assertNull(RelayDeskCli.subcommandName(new String[] {}));
    }

    @Test
    void aSyncCommandLineStillParsesTheDataFolderAndSyncsHelp() {
        StringWriter out = new StringWriter();
        CommandLine cli = RelayDeskCli.create((folder, log) -> 0, new String[] {"--data-dir", "lint", "sync", "--help"});
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--data-dir", "lint", "sync", "--help"));
        assertTrue(out.toString().contains("--password-env"), out.toString());
    }

    @Test
    void anyOtherCommandGetsTheFullCommandLine() {
        CommandLine cli = RelayDeskCli.create((folder, log) -> 0, new String[] {"lint", "--help"});
        assertTrue(cli.getSubcommands().keySet().containsAll(java.util.List.of("sync", "lint", "bench")));
        assertEquals(java.util.Set.of("sync"),
                RelayDeskCli.create((folder, log) -> 0, new String[] {"sync"}).getSubcommands().keySet());
    }
}
