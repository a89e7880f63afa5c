package com.relaydesk.ui.shell;

import com.relaydesk.ui.about.AboutDialog;
import com.relaydesk.ui.account.AccountSetupDialog;
import com.relaydesk.ui.common.AppIcon;
import com.relaydesk.ui.compose.ComposeWindow;
import com.relaydesk.ui.dashboard.DashboardDialog;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import com.relaydesk.ui.messages.MessageListView;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/** The window frame and its keyboard shortcuts; its parts are bound by their own views (fx:include). */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final AboutDialog aboutDialog;
    private final DashboardDialog dashboardDialog;
    private final AccountSetupDialog accountSetupDialog;
    private final com.relaydesk.ui.account.SignOutDialog signOutDialog;
    private final com.relaydesk.ui.account.AccessDialog accessDialog;
    private final ComposeWindow composeWindow;
    private final com.relaydesk.ui.outbox.OutboxDialog outboxDialog;
    private final java.nio.file.Path logFile;

    @FXML
    private Label appTitle;
    @FXML
    private MenuButton appMenu;
    @FXML
    private javafx.scene.control.MenuItem signOutItem;
    @FXML
    private MessageListView messageListController;
    @FXML
    private com.relaydesk.ui.status.StatusBarView statusBarController;
    @FXML
    private Button dashboardButton;
    @FXML
    private Button syncButton;
    @FXML
    private ToggleButton darkMode;
    @FXML
    private javafx.scene.layout.HBox demoBanner;

    public MainWindowView(MainWindowViewModel viewModel, AboutDialog aboutDialog, DashboardDialog dashboardDialog,
                          AccountSetupDialog accountSetupDialog, com.relaydesk.ui.account.SignOutDialog signOutDialog,
                          com.relaydesk.ui.account.AccessDialog accessDialog,
                          ComposeWindow composeWindow,
                          com.relaydesk.ui.outbox.OutboxDialog outboxDialog, java.nio.file.Path logFile) {
        this.viewModel = viewModel;
        this.aboutDialog = aboutDialog;
        this.dashboardDialog = dashboardDialog;
        this.accountSetupDialog = accountSetupDialog;
        this.signOutDialog = signOutDialog;
        this.accessDialog = accessDialog;
        this.composeWindow = composeWindow;
        this.outboxDialog = outboxDialog;
        this.logFile = logFile;
    }

    @FXML
    private void initialize() {
        appTitle.setText(viewModel.windowTitle());
        appMenu.setGraphic(AppIcon.MENU.graphic());
        appMenu.setOnShowing(e -> signOutDialog.viewModel().refresh(() -> { }));
        signOutItem.disableProperty().bind(signOutDialog.viewModel().availableProperty().not());
        dashboardButton.setGraphic(AppIcon.DASHBOARD.graphic());
        syncButton.setGraphic(AppIcon.SYNC.graphic());
        darkMode.setGraphic(AppIcon.DARK_MODE.graphic());
        darkMode.selectedProperty().addListener((obs, old, dark) -> Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
        demoBanner.visibleProperty().bind(viewModel.demoBannerVisibleProperty());
        demoBanner.managedProperty().bind(demoBanner.visibleProperty());
        statusBarController.onClicks(this::showOutbox, message -> com.relaydesk.ui.common.ErrorDialog
                .create(message, logFile).show());
        viewModel.readingPane().setActions(this::reply, viewModel::markNoResponseNeeded, viewModel::reportSelected);
        viewModel.readingPane().setUnreadAction(viewModel::markSelectedUnread);
        appTitle.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_TYPED, event -> onKeyTyped(scene, event));
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> onKeyTyped(scene, event));
            }
        });
    }

    private void onKeyTyped(Scene scene, KeyEvent event) {
        Node focused = scene.getFocusOwner();
        if (focused instanceof TextInputControl) {
            return; // letters typed into a field are text, not commands
        }
        boolean typed = event.getEventType() == KeyEvent.KEY_TYPED;
        Shortcut.typed(event)
                .filter(shortcut -> typed != (shortcut == Shortcut.SYNC_NOW))
                .ifPresent(shortcut -> {
                    run(shortcut);
                    event.consume();
                });
    }

    private void run(Shortcut shortcut) {
        switch (shortcut) {
            case NEXT -> viewModel.messageList().selectNext();
            case PREVIOUS -> viewModel.messageList().selectPrevious();
            case NO_RESPONSE_NEEDED -> viewModel.markNoResponseNeeded();
            case SEARCH -> messageListController.focusSearch();
            case SYNC_NOW -> viewModel.syncNow();
            case HELP -> showShortcuts();
            case REPLY, SEND -> reply();
        }
    }

    @FXML
    private void showShortcuts() {
        GridPane sheet = new GridPane();
        sheet.setHgap(16);
        sheet.setVgap(6);
        sheet.setId("shortcut-sheet");
        Shortcut[] all = Shortcut.values();
        for (int row = 0; row < all.length; row++) {
            Label keys = new Label(all[row].keys());
            keys.getStyleClass().add("shortcut-keys");
            sheet.addRow(row, keys, new Label(all[row].action()));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(appTitle.getScene().getWindow());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(sheet);
        alert.show();
    }

    /** {@code r}: opens the reply editor for the message being read. */
    @FXML
    private void reply() {
        viewModel.withReplyTarget(target -> {
            com.relaydesk.ui.compose.ComposeViewModel editor = composeWindow.open(appTitle.getScene().getWindow(),
                    target.message(), target.order(), viewModel::replyQueued,
                    () -> viewModel.replyClosed(target.message().id()));
            target.claimedByOthers().ifPresent(claim -> editor.warn(claim + ". Check with them before you send."));
        });
    }

    @FXML
    private void dismissDemoBanner() {
        viewModel.dismissDemoBanner();
    }

    @FXML
    private void exportAudit() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export audit log");
        chooser.setInitialFileName("relaydesk-audit.csv");
        java.io.File file = chooser.showSaveDialog(appTitle.getScene().getWindow());
        if (file != null) {
            viewModel.exportAudit(file.toPath());
        }
    }

    @FXML
    private void showOutbox() {
        outboxDialog.show(appTitle.getScene().getWindow());
    }

    @FXML
    private void showDashboard() {
        dashboardDialog.show(appTitle.getScene().getWindow());
    }

    @FXML
    private void syncNow() {
        viewModel.syncNow();
    }

    @FXML
    private void showAccountSetup() {
        accountSetupDialog.show(appTitle.getScene().getWindow());
    }

    @FXML
    private void signOut() {
        signOutDialog.show(appTitle.getScene().getWindow());
    }

    @FXML
    private void showAccess() {
        accessDialog.show(appTitle.getScene().getWindow());
    }

    @FXML
    private void showAbout() {
        aboutDialog.show(appTitle.getScene().getWindow());
    }
}
