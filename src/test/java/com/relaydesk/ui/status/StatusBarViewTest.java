package com.relaydesk.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.ui.common.ViewLoader;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar on a 1,024-pixel window, where a long error meets the other items. */
@ExtendWith(ApplicationExtension.class)
class StatusBarViewTest extends FxRobot {

    private final StatusBarViewModel viewModel = new StatusBarViewModel("/home/seller/.local/share/relaydesk", ZoneOffset.UTC);

    @Start
    void start(Stage stage) {
        Map<Class<?>, Supplier<?>> controllers = Map.of(StatusBarView.class, () -> new StatusBarView(viewModel));
        stage.setScene(new Scene(new ViewLoader(controllers).load("status/StatusBar.fxml"), 1024, 40));
        stage.sizeToScene();  // the tests share one stage: each takes its own scene's size
        stage.show();
    }

    @Test
    void aLongErrorGivesWayAndTheUndoOfferStaysReadable() {
        interact(() -> {
            viewModel.connected("Offline demo · relay on 127.0.0.1:37037 · seller@walnut-wick.example");
            viewModel.synced(java.time.Instant.parse("2026-12-01T11:52:38Z"));
            viewModel.undoable("Marked No Response Needed: Margaret Murphy");
            viewModel.failed("Could not mark the message read: The connection to 127.0.0.1:37037 failed (Connection dropped"
                    + " by server?). Check your network connection, then sync again to continue.");
        });
        Label undo = lookup("#status-undo-text").queryAs(Label.class);
        Label error = lookup("#status-error").queryAs(Label.class);

        assertTrue(undo.getWidth() >= undo.prefWidth(-1) - 0.5, "'Mar…phy' no more: " + undo.getWidth());
        assertTrue(error.getWidth() < error.prefWidth(-1), "the error is cut short instead");
    }

    @Test
    void anErrorWhoseDetailsWereReadLeavesTheBarUnlessAnotherCameMeanwhile() {
        interact(() -> viewModel.failed("Could not report the message: the server refused."));
        interact(() -> viewModel.dismissError("Could not report the message: the server refused."));
        assertFalse(lookup("#status-error").query().isVisible());

        interact(() -> {
            viewModel.failed("Could not report the message: the server refused.");
            viewModel.failed("RelayDesk could not connect to 127.0.0.1:3143.");
            viewModel.dismissError("Could not report the message: the server refused.");
        });
        assertEquals("RelayDesk could not connect to 127.0.0.1:3143.", lookup("#status-error").queryAs(Label.class).getText());
    }

    @Test
    void atTheLargestTextTheBarNeverHoldsA1280PixelWindowWider() {
        Stage stage = (Stage) lookup("#status-connection").query().getScene().getWindow();
        interact(() -> {
            stage.getScene().getRoot().setStyle("-fx-font-size: 22.75px;"); // 175 %, as the text size sets it
            stage.setWidth(1280);
            viewModel.connected("Offline demo · relay on 127.0.0.1:45485 · seller@walnut-wick.example");
            viewModel.synced(java.time.Instant.parse("2026-12-01T06:48:35Z"));
            viewModel.outbox(2, 0);
            viewModel.undoable("Marked No Response Needed: Mia Clarke");
        });
        javafx.scene.Parent bar = lookup("#status-connection").query().getParent();
        assertTrue(bar.minWidth(-1) <= 1280, "the bar's least width: " + bar.minWidth(-1));
        Label undo = lookup("#status-undo-text").queryAs(Label.class);
        assertTrue(undo.getWidth() >= undo.prefWidth(-1) - 0.5, "what Undo takes back stays whole: " + undo.getWidth());
        Label connection = lookup("#status-connection").queryAs(Label.class);
        assertTrue(connection.getWidth() < connection.prefWidth(-1), "the connection gives way");
    }
}
