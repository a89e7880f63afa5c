package com.relaydesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/seller");

    @Test
    void anExplicitDataDirWinsOverTheEnvironment() {
        DataFolder folder = DataFolder.resolve(Path.of("/srv/desk"), Map.of("RELAYDESK_HOME", "/env/desk"), "Linux", HOME);
        assertEquals(Path.of("/srv/desk"), folder.root());
    }

    @Test
    void relayDeskHomeWinsOverThePlatformDefault() {
        DataFolder folder = DataFolder.resolve(null, Map.of("RELAYDESK_HOME", "/env/desk", "XDG_DATA_HOME", "/xdg"), "Linux", HOME);
        assertEquals(Path.of("/env/desk"), folder.root());
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/xdg/relaydesk"), DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME).root());
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        Path expected = Path.of("/home/seller/.local/share/relaydesk");
        assertEquals(expected, DataFolder.resolve(null, Map.of(), "Linux", HOME).root());
        assertEquals(expected, DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME).root());
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/c/Users/seller/AppData/Roaming/RelayDesk"),
                DataFolder.resolve(null, Map.of("APPDATA", "/c/Users/seller/AppData/Roaming"), "Windows 11", HOME).root());
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/seller/Library/Application Support/RelayDesk"),
                DataFolder.resolve(null, Map.of(), "Mac OS X", HOME).root());
    }

    @Test
    void ensureWritableCreatesTheFolderAndItsLogFolder(@TempDir Path temp) {
        DataFolder folder = DataFolder.at(temp.resolve("a/b")).ensureWritable();
        assertTrue(Files.isDirectory(folder.root()));
        assertTrue(Files.isDirectory(folder.logs()));
    }

    @Test
    void anUnusableFolderGivesAnErrorThatSaysWhatToDo(@TempDir Path temp) throws IOException {
        Path blocker = Files.writeString(temp.resolve("not-a-folder"), "x");
        DataFolder.DataFolderException error = assertThrows(DataFolder.DataFolderException.class,
                () -> DataFolder.at(blocker.resolve("desk")).ensureWritable());
        assertTrue(error.getMessage().contains(blocker.resolve("desk").toString()), error.getMessage());
        assertTrue(error.getMessage().contains("--data-dir"), error.getMessage());
    }
}
