package com.relaydesk.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.testing.LogRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppearanceFileTest {

    @TempDir
    Path dataFolder;

    @Test
    void aSavedAppearanceIsReadBackAtTheNextStart() throws Exception {
        AppearanceFile file = new AppearanceFile(dataFolder);
        assertEquals(Optional.empty(), file.load(), "no file on first start");
        file.save(new Appearance(TextSize.P130, true));
        assertEquals(Optional.of(new Appearance(TextSize.P130, true)), new AppearanceFile(dataFolder).load());
        String written = Files.readString(dataFolder.resolve(AppearanceFile.FILE_NAME));
        assertTrue(written.contains("text.size=130%") && written.contains("theme=dark"), written);
        try (Stream<Path> files = Files.list(dataFolder)) {
            assertEquals(List.of(dataFolder.resolve(AppearanceFile.FILE_NAME)), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aDamagedFileIsLoggedAndIgnoredSoRelayDeskOpensInItsDefaultLook() throws Exception {
        Path path = dataFolder.resolve(AppearanceFile.FILE_NAME);
        for (String damaged : new String[] {"text.size=huge\ntheme=dark\n", "text.size=115%\ntheme=sepia\n", "\\u12"}) {
            Files.writeString(path, damaged);
            try (LogRecorder log = new LogRecorder(AppearanceFile.class)) {
                assertEquals(Optional.empty(), new AppearanceFile(dataFolder).load(), damaged);
                assertTrue(log.text().contains("could not be read"), "logged: " + log.text());
            }
        }
    }

    @Test
    void anAppearanceThatCannotBeSavedIsNoError() {
        Path gone = dataFolder.resolve("removed");
        new AppearanceFile(gone).save(Appearance.DEFAULT);
        assertTrue(Files.notExists(gone.resolve(AppearanceFile.FILE_NAME)));
    }
}
