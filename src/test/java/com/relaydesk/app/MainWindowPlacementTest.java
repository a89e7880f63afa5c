package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.ui.shell.WindowPlacement;
import com.relaydesk.ui.shell.WindowPlacementFile;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.SplitPane;
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
        new WindowPlacementFile(dataDir).save(new WindowPlacement(60, 40, 1200, 700, false, List.of(0.25, 0.6)));
        Stage stage = FxToolkit.registerPrimaryStage();
        var application = FxToolkit.setupApplication(RelayDeskApplication.class, "--data-dir=" + dataDir);
        assertEquals(new WindowPlacement(60, 40, 1200, 700, false), bounds(stage), "as it was saved");
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane panes = lookup(".main-panes").queryAs(SplitPane.class);
        assertArrayEquals(new double[] {0.25, 0.6}, panes.getDividerPositions(), 0.01, "the panes as they were");

        interact(() -> {
            stage.setX(20);
            stage.setWidth(1250);
            stage.setHeight(720);
            panes.setDividerPositions(0.25, 0.65);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] dividers = panes.getDividerPositions();
        FxToolkit.cleanupApplication(application);
        WindowPlacement saved = new WindowPlacementFile(dataDir).load().orElseThrow();
        assertEquals(new WindowPlacement(20, 40, 1250, 720, false), new WindowPlacement(saved.x(), saved.y(), saved.width(),
                saved.height(), saved.maximized()), "saved as the app closed");
        assertArrayEquals(dividers, saved.dividers().stream().mapToDouble(Double::doubleValue).toArray(), 1e-9);
        assertEquals(0.65, dividers[1], 0.01, "with the divider where it was moved");
    }

    @Test
    void theViewsKeepTheirWidthAsTheWindowGrowsAndTheRoomGoesToTheListAndTheMessage() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        var application = FxToolkit.setupApplication(RelayDeskApplication.class, "--data-dir=" + dataDir);
        interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane panes = lookup(".main-panes").queryAs(SplitPane.class);
        double views = panes.getItems().get(0).getLayoutBounds().getWidth();
        double list = panes.getItems().get(1).getLayoutBounds().getWidth();
        interact(() -> stage.setWidth(1250));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(views, panes.getItems().get(0).getLayoutBounds().getWidth(), 1, "the views pane");
        assertTrue(panes.getItems().get(1).getLayoutBounds().getWidth() > list, "the list grew");
        FxToolkit.cleanupApplication(application);
    }

    private static WindowPlacement bounds(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
