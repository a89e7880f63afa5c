package com.relaydesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Connect your mailbox…" opens with its whole form in sight, its buttons under it, on a screen with room. */
@ExtendWith(ApplicationExtension.class)
class AccountSetupDialogLayoutTest extends FxRobot {

    @TempDir
    Path data;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage main;
    private AccountSetupDialog dialog;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        AccountSetupViewModel viewModel = AccountSetupForms.viewModel(data, background);
        dialog = new AccountSetupDialog(AccountSetupForms.loader(viewModel), viewModel, () -> { });
        main = stage;
        stage.setScene(new Scene(new Region(), 900, 600));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theFormIsShownWholeWithTheButtonsBelowIt() throws java.util.concurrent.TimeoutException {
        interact(() -> dialog.show(main));
        // it shows once the saved settings are read, in the background
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#account-setup-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup("#account-setup-dialog").queryAs(DialogPane.class);
        ScrollPane scroll = (ScrollPane) pane.getContent();
        double form = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        Window window = pane.getScene().getWindow();
        Node cancel = pane.lookupButton(ButtonType.CANCEL);
        Bounds cancelInPane = pane.sceneToLocal(cancel.localToScene(cancel.getBoundsInLocal()));
        double paneHeight = pane.getHeight();
        double sceneHeight = pane.getScene().getHeight();
        interact(window::hide);

        assertTrue(form > 300, "the form with its servers and ports: " + form);
        // Monocle's screen is 800 pixels high: the form scrolls within what the screen leaves, not in a strip
        assertTrue(viewport >= Math.min(form, 800 - 170) - 1, "the form in sight: viewport " + viewport + " of " + form);
        assertTrue(paneHeight >= sceneHeight - 1, "the pane fills its window: " + paneHeight + " of " + sceneHeight);
        assertTrue(cancelInPane.getMaxY() >= paneHeight - 80, "Cancel at the bottom, not under the first line: "
                + cancelInPane.getMaxY() + " of " + paneHeight);
    }
}
