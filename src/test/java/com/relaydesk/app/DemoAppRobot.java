package com.relaydesk.app;

import com.relaydesk.model.MessageSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, headless, with no account: it opens the offline demo, and each test starts once the
 * message list has rows. Lookups for the flows that walk it.
 */
abstract class DemoAppRobot extends FxRobot {

    @TempDir
    Path dataDir;

    private Application application;

    @BeforeEach
    void startTheAppWithNoAccount() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(RelayDeskApplication.class, "--data-dir=" + dataDir);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Stops the app (as closing it does) and starts it again on the same data folder. */
    void restartTheApp() throws TimeoutException {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        startTheAppWithNoAccount();
    }

    @AfterEach
    void stopTheApp() throws TimeoutException {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    /** A showing window whose title starts so, looked up each time so a closed one never answers. */
    Optional<Window> shown(String titleStart) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage stage
                && stage.getTitle() != null && stage.getTitle().startsWith(titleStart)).findFirst();
    }

    /** {@code query} inside the showing window whose title starts with {@code titleStart}. */
    NodeQuery in(String titleStart, String query) {
        Parent root = shown(titleStart).orElseThrow(() -> new AssertionError("no window " + titleStart)).getScene().getRoot();
        return from(root).lookup(query);
    }

    /** The list's rows, copied on the FX thread: the app reloads them while the test looks. */
    List<MessageSummary> rows() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> List.copyOf(messages().getItems())).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the message list", e);
        }
    }

    ListView<MessageSummary> messages() {
        return lookup("#message-list").queryListView();
    }

    Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }
}
