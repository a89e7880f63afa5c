package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.ui.shell.WindowPlacement;
import com.relaydesk.ui.shell.WindowPlacementFile;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application, headless: the main window opens where it was closed last time. */
class MainWindowPlacementTest extends FxRobot {

    @TempDir
    Path dataDir;

    @AfterEach
    void closeStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensWhereItWasLeftAndRemembersWhereItIsClosed() throws Exception {
        new WindowPlacementFile(dataDir).save(new WindowPlacement(60, 40, 900, 620, false));
        Stage stage = FxToolkit.registerPrimaryStage();
        var application = FxToolkit.setupApplication(RelayDeskApplication.class, "--data-dir=" + dataDir);
        assertEquals(new WindowPlacement(60, 40, 900, 620, false), bounds(stage), "as it was saved");

        interact(() -> {
            stage.setX(120);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(application);
        assertEquals(Optional.of(new WindowPlacement(120, 40, 1000, 700, false)), new WindowPlacementFile(dataDir).load(),
                "saved as the app closed");
    }

    private static WindowPlacement bounds(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
