package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementFileTest {

    @TempDir
    Path dataFolder;

    @Test
    void aSavedPlacementIsReadBackAsItWas() throws Exception {
        WindowPlacementFile file = new WindowPlacementFile(dataFolder);
        assertEquals(Optional.empty(), file.load(), "no file on first start");
        WindowPlacement placement = new WindowPlacement(-1200.5, 40, 1000, 700.25, true, java.util.List.of(0.2, 0.55));
        file.save(placement);
        assertEquals(Optional.of(placement), new WindowPlacementFile(dataFolder).load());
        try (Stream<Path> files = Files.list(dataFolder)) {
            assertEquals(List.of(dataFolder.resolve(WindowPlacementFile.FILE_NAME)), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aDamagedFileIsIgnoredSoTheWindowOpensAtItsFirstStartSize() throws Exception {
        Path path = dataFolder.resolve(WindowPlacementFile.FILE_NAME);
        for (String damaged : new String[] {"x=12\ny=1\nwidth=1000\n", "x=1\ny=1\nwidth=wide\nheight=700\n",
                "x=NaN\ny=1\nwidth=1000\nheight=700\n", "x=1\ny=1\nwidth=0\nheight=700\n", "\u0000\u0001\\u12"}) {
            Files.writeString(path, damaged);
            assertEquals(Optional.empty(), new WindowPlacementFile(dataFolder).load(), damaged);
        }
        for (String dividers : new String[] {"0.6,0.2", "0.2,1.4", "0.2,x", "0,0.5"}) {
            Files.writeString(path, "x=1\ny=2\nwidth=1000\nheight=700\ndividers=" + dividers + "\n");
            assertEquals(Optional.of(new WindowPlacement(1, 2, 1000, 700, false)), new WindowPlacementFile(dataFolder).load(),
                    "damaged dividers (" + dividers + ") only: the panes are laid out afresh, the window still placed");
        }
    }

    @Test
    void aPlacementThatCannotBeSavedIsNoErrorAtClose() throws Exception {
        Path gone = dataFolder.resolve("removed");
        new WindowPlacementFile(gone).save(new WindowPlacement(0, 0, 800, 600, false));
        assertTrue(Files.notExists(gone.resolve(WindowPlacementFile.FILE_NAME)));
    }
}
