package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.MailboxView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application, headless, as the launcher does, and drives its main window. */
class MainWindowTest extends FxRobot {

    @TempDir
    Path dataDir;

    private Application application;

    @BeforeEach
    void startApplication() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(RelayDeskApplication.class, "--data-dir=" + dataDir);
    }

    @AfterEach
    void stopApplication() throws TimeoutException {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowListsTheThreeViewsWithResponseNeededSelected() throws TimeoutException {
        ListView<MailboxView> views = lookup("#mailbox-views").queryListView();
        assertEquals(List.of(MailboxView.RESPONSE_NEEDED, MailboxView.SENT, MailboxView.ALL,
                MailboxView.NO_RESPONSE_NEEDED, MailboxView.REPORTED), views.getItems());
        assertEquals(MailboxView.RESPONSE_NEEDED, views.getSelectionModel().getSelectedItem());
        assertEquals("Response Needed", label("#message-list-title").getText());
        // "Opening the mailbox…" while the demo starts, then what an empty Response Needed means
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> label("#message-list-empty-title").getText().equals("Nothing needs an answer"));
    }

    @Test
    void clickingAViewSelectsItAndTheListSaysWhatWillAppearThere() throws TimeoutException {
        // the demo banner appears once the mailbox opens and moves the list down: click after it did
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> label("#status-connection").getText().startsWith("Offline demo"));
        // the first sync of the demo has stored its messages: the empty states below are the lists' own
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> label("#status-last-sync").getText().startsWith("Synced"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Sent");
        assertEquals("Sent", label("#message-list-title").getText());

        clickOn("Reported");
        assertEquals("Reported", label("#message-list-title").getText());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "Nothing reported".equals(label("#message-list-empty-title").getText()));

        clickOn("Response Needed");
        assertEquals("Response Needed", label("#message-list-title").getText());
    }

    @Test
    void theReadingPaneAndStatusBarExplainTheirEmptyState() {
        assertEquals("No message selected", label("#reading-empty-title").getText());
        // with no account configured, the app opens the offline demo on the embedded relay
        String connection = label("#status-connection").getText();
        assertTrue(connection.startsWith("Starting the offline demo") || connection.startsWith("Offline demo"), connection);
        assertTrue(label("#status-data-folder").getText().contains(dataDir.toString()));
    }

    @Test
    void anUncaughtFailureShowsADialogWithASentenceAndTheLogPathNotAStackTrace() {
        Platform.runLater(() -> {
            throw new IllegalStateException("internal detail at Foo.java:12");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = label("#error-summary");
        assertEquals("An unexpected internal error occurred (IllegalStateException).", summary.getText());
        TextField logPath = lookup("#error-log-path").queryAs(TextField.class);
        assertTrue(logPath.getText().startsWith(dataDir.resolve("logs").toString()), logPath.getText());
        Window dialog = summary.getScene().getWindow();
        interact(() -> ((Stage) dialog).close());
    }

    @Test
    void theAboutDialogShowsTheNameAndVersion() {
        clickOn("#app-menu");
        clickOn("About RelayDesk");
        Label nameAndVersion = label("#about-name-version");
        assertTrue(nameAndVersion.getText().matches("RelayDesk \\d+\\.\\d+\\.\\d+.*"), nameAndVersion.getText());
        TextField logFile = lookup("#about-log-file").queryAs(TextField.class);
        javafx.scene.layout.Region facts = (javafx.scene.layout.Region) logFile.getParent();
        assertTrue(logFile.getBoundsInParent().getMaxX() >= facts.getWidth() - facts.snappedRightInset() - 1,
                "the log file's path gets the dialog's width, to be read and copied whole: " + logFile.getWidth());
        interact(() -> ((Stage) nameAndVersion.getScene().getWindow()).close());
    }

    @Test
    void theWindowTitleSaysHowManyMessagesNeedAnAnswerForTheTaskbar() throws TimeoutException {
        Stage main = (Stage) label("#message-list-title").getScene().getWindow();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> label("#status-last-sync").getText().startsWith("Synced"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> main.getTitle().matches("RelayDesk — [\\d,]+ need an answer"));
        // The list's virtual flow keeps a spare cell for measuring, which may hold an earlier count:
        // the badge on screen is the one that shows what the title says.
        String count = main.getTitle().replaceAll("[^0-9,]", "");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> lookup(".view-row")
                .match((javafx.scene.layout.HBox r) -> r.getChildren().get(0) instanceof Label title
                        && title.getText().equals("Response Needed")).queryAll().stream()
                .anyMatch(row -> ((Label) ((javafx.scene.layout.HBox) row).getChildren().get(2)).getText().equals(count)));
    }

    @Test
    void ctrlQQuitsClosingTheMainWindowAndItsDialogs() {
        Window main = label("#message-list-title").getScene().getWindow();
        clickOn("#mailbox-views");
        write("?");
        Window sheet = lookup("#shortcut-sheet").query().getScene().getWindow();
        interact(main::requestFocus);
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Q).release(javafx.scene.input.KeyCode.Q,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!main.isShowing() && !sheet.isShowing(), "every window is closed");
    }

    @Test
    void questionMarkShowsEveryShortcutAndSlashGoesToSearch() {
        clickOn("#mailbox-views");
        write("?");
        javafx.scene.layout.GridPane sheet = lookup("#shortcut-sheet").queryAs(javafx.scene.layout.GridPane.class);
        assertEquals(com.relaydesk.ui.shell.Shortcut.values().length * 2, sheet.getChildren().size());
        assertTrue(from(sheet).lookup(".shortcut-keys").queryAllAs(Label.class).stream()
                .allMatch(keys -> keys.getWidth() >= keys.prefWidth(-1) - 0.5), "every key shows whole (Ctrl+Enter, not C...)");
        interact(() -> ((Stage) sheet.getScene().getWindow()).close());

        clickOn("#mailbox-views");
        write("/");
        TextField search = lookup("#message-search").queryAs(TextField.class);
        assertTrue(search.isFocused());
        assertTrue(from(search).lookup((javafx.scene.text.Text text) -> text.getText().equals(search.getPromptText())
                && text.isVisible()).tryQuery().isPresent(), "the focused empty field still says what it searches");
        write("j?");
        assertEquals("j?", lookup("#message-search").queryAs(TextField.class).getText(),
                "letters typed into the search field are text, not shortcuts");

        clickOn("#mailbox-views");
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F).release(javafx.scene.input.KeyCode.F,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(search.isFocused(), "Ctrl+F goes to search as well");
        assertEquals("j?", search.getSelectedText(), "with what was searched before selected, to type over");
    }

    @Test
    void f10OpensTheMenuForTheKeyboardAndEscClosesIt() {
        clickOn("#mailbox-views");
        javafx.scene.control.MenuButton menu = lookup("#app-menu").queryAs(javafx.scene.control.MenuButton.class);
        push(javafx.scene.input.KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu.isShowing(), "F10 opens the menu: the Outbox, profiles, signature and lock without a mouse");
        push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(menu.isShowing());
    }

    @Test
    void theResponseTimeDashboardOpensFromTheToolbarWithFiguresOfTheDemoMailbox() throws Exception {
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> label("#status-last-sync").getText().startsWith("Synced"));
        // fire() rather than a robot click: under a loaded CI machine the pointer can land mid-layout
        interact(() -> lookup("#dashboard-button").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#dashboard-received").tryQuery().isPresent());
        Label received = label("#dashboard-received");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> received.getText().matches("[1-9]\\d* buyer messages.*"));
        assertTrue(label("#dashboard-share").getText().endsWith("%"), label("#dashboard-share").getText());
        interact(() -> ((Stage) received.getScene().getWindow()).close());
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }
}
