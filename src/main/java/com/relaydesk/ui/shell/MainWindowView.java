package com.relaydesk.ui.shell;

import com.relaydesk.ui.common.ChooserFolders;
import com.relaydesk.ui.about.AboutDialog;
import com.relaydesk.ui.account.AccountSetupDialog;
import com.relaydesk.ui.common.AppIcon;
import com.relaydesk.ui.common.QuitApp;
import com.relaydesk.ui.compose.ComposeWindow;
import com.relaydesk.ui.dashboard.DashboardDialog;
import com.relaydesk.ui.appearance.AppearanceViewModel;
import com.relaydesk.ui.appearance.WindowAppearance;
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
    private final com.relaydesk.ui.profiles.ManageProfilesDialog profilesDialog;
    private final com.relaydesk.ui.templates.TemplatesWindow templatesWindow;
    private final AppearanceViewModel appearance;
    private final javafx.animation.Timeline idleCheck = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(javafx.util.Duration.seconds(5), event -> checkIdle()));

    @FXML
    private Label appTitle;
    @FXML
    private MenuButton appMenu;
    @FXML
    private javafx.scene.control.MenuItem signOutItem;
    @FXML
    private javafx.scene.control.MenuItem accountItem;
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
    private javafx.scene.control.MenuItem largerTextItem;
    @FXML
    private javafx.scene.control.MenuItem smallerTextItem;
    @FXML
    private javafx.scene.control.MenuItem actualSizeItem;
    @FXML
    private javafx.scene.layout.HBox demoBanner;
    @FXML
    private javafx.scene.layout.HBox backlogBanner;
    @FXML
    private javafx.scene.layout.HBox ordersBanner;
    /** Kept: a mapped value only a listener holds may be collected, and its listener with it. */
    private javafx.beans.value.ObservableValue<Boolean> windowFocused;
    @FXML
    private Label ordersText;
    @FXML
    private Label backlogText;
    @FXML
    private MenuButton profileMenu;
    @FXML
    private javafx.scene.layout.BorderPane mailboxFrame;
    @FXML
    private javafx.scene.layout.StackPane lockScreen;
    @FXML
    private javafx.scene.control.SplitPane panes;

    public MainWindowView(MainWindowViewModel viewModel, AboutDialog aboutDialog, DashboardDialog dashboardDialog,
                          AccountSetupDialog accountSetupDialog, com.relaydesk.ui.account.SignOutDialog signOutDialog,
                          com.relaydesk.ui.account.AccessDialog accessDialog,
                          ComposeWindow composeWindow,
                          com.relaydesk.ui.outbox.OutboxDialog outboxDialog, java.nio.file.Path logFile,
                          com.relaydesk.ui.profiles.ManageProfilesDialog profilesDialog,
                          com.relaydesk.ui.templates.TemplatesWindow templatesWindow, AppearanceViewModel appearance) {
        this.appearance = appearance;
        this.profilesDialog = profilesDialog;
        this.templatesWindow = templatesWindow;
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

    private static final javafx.scene.input.KeyCombination FIND = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    @FXML
    private void initialize() {
        appTitle.setText(viewModel.appName());
        appMenu.setGraphic(AppIcon.MENU.graphic());
        appMenu.setOnShowing(e -> {
            signOutDialog.viewModel().refresh(() -> { });
            accountSetupDialog.viewModel().refreshConnected();
        });
        accountItem.textProperty().bind(accountSetupDialog.viewModel().titleProperty().concat("…"));
        accountSetupDialog.viewModel().refreshConnected();
        signOutItem.disableProperty().bind(signOutDialog.viewModel().availableProperty().not());
        dashboardButton.setGraphic(AppIcon.DASHBOARD.graphic());
        syncButton.setGraphic(AppIcon.SYNC.graphic());
        darkMode.setGraphic(AppIcon.DARK_MODE.graphic());
        bindAppearance();
        demoBanner.visibleProperty().bind(viewModel.demoBannerVisibleProperty());
        viewModel.arrivalProperty().addListener((obs, old, notice) -> {
            if (appTitle.getScene() != null && appTitle.getScene().getWindow() instanceof javafx.stage.Stage stage) {
                new ArrivalNotifications(stage, viewModel::openArrival).arrived(notice);
            }
        });
        demoBanner.managedProperty().bind(demoBanner.visibleProperty());
        ordersText.textProperty().bind(viewModel.ordersOfferProperty());
        ordersBanner.visibleProperty().bind(viewModel.ordersOfferProperty().isNotEmpty());
        ordersBanner.managedProperty().bind(ordersBanner.visibleProperty());
        viewModel.lookForOrderReportsIn(ChooserFolders::orderReportFolders);
        // back from the browser with the day's report: looked for each time the window comes to the front
        windowFocused = appTitle.sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::focusedProperty).orElse(false);
        windowFocused.addListener((obs, before, focused) -> {
            if (focused) {
                viewModel.lookForNewOrdersReport();
            }
        });
        backlogText.textProperty().bind(viewModel.backlogOfferProperty());
        backlogBanner.visibleProperty().bind(viewModel.backlogOfferProperty().isNotEmpty());
        backlogBanner.managedProperty().bind(backlogBanner.visibleProperty());
        statusBarController.onClicks(this::showOutbox, message -> {
            javafx.scene.control.Alert details = com.relaydesk.ui.common.ErrorDialog.create(message, logFile);
            details.setOnHidden(e -> viewModel.statusBar().dismissError(message));  // read: it gives the bar back
            details.show();
        });
        statusBarController.onUndo(viewModel::undoTriage);
        statusBarController.onStop(viewModel::stopSync);
        viewModel.readingPane().setActions(this::reply, viewModel::markNoResponseNeeded, viewModel::reportSelected);
        viewModel.readingPane().setUnreadAction(viewModel::markUnread);
        bindDesk();
        // The shortcuts listen on the window's scene, once. Not through the toolbar's title: a
        // toolbar moves its items in and out of its overflow menu as the window is resized, and
        // each move handed the title a "new" scene, which got the filters again, so j skipped a
        // message and n marked two.
        javafx.event.EventHandler<KeyEvent> shortcuts = event -> onKeyTyped((Scene) event.getSource(), event);
        mailboxFrame.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_TYPED, shortcuts);
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_TYPED, shortcuts);
                scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                // as in the templates window, and from inside a text field, where / is just a letter
                scene.getAccelerators().put(FIND, messageListController::focusSearch);
                // the menu from the keyboard, as F10 opens a desktop application's menu bar
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F10), () -> {
                    appMenu.requestFocus();
                    appMenu.show();
                });
            }
        });
    }

    /** Dark mode and the text size: the keys work in every window (WindowAppearance); the menu shows them. */
    private void bindAppearance() {
        darkMode.selectedProperty().bindBidirectional(appearance.darkProperty());
        largerTextItem.setAccelerator(WindowAppearance.LARGER.get(0));
        smallerTextItem.setAccelerator(WindowAppearance.SMALLER.get(0));
        actualSizeItem.setAccelerator(WindowAppearance.ACTUAL_SIZE.get(0));
        largerTextItem.disableProperty().bind(appearance.atLargestProperty());
        smallerTextItem.disableProperty().bind(appearance.atSmallestProperty());
        actualSizeItem.disableProperty().bind(appearance.atActualSizeProperty());
        actualSizeItem.textProperty().bind(appearance.actualSizeTextProperty());
        PaneWidths.follow(panes, appearance.textSizeProperty());
    }

    @FXML
    private void largerText() {
        appearance.larger();
    }

    @FXML
    private void smallerText() {
        appearance.smaller();
    }

    @FXML
    private void actualSize() {
        appearance.actualSize();
    }

    /** The profile chip and its quick switch; the lock screen over everything; input keeps the desk awake. */
    private void bindDesk() {
        com.relaydesk.ui.profiles.DeskViewModel desk = viewModel.desk();
        Label chip = new Label();
        chip.getStyleClass().add("profile-chip");
        profileMenu.setGraphic(chip);
        desk.currentProperty().addListener((obs, old, profile) -> {
            com.relaydesk.ui.profiles.ProfileChip.show(chip, profile);
            profileMenu.setText(profile == null ? "" : profile.name());
            fillProfileMenu();
        });
        profileMenu.visibleProperty().bind(desk.currentProperty().isNotNull());
        desk.profiles().addListener((javafx.collections.ListChangeListener<com.relaydesk.team.Profile>) c -> fillProfileMenu());
        // locked: the mailbox is not drawn at all, and other windows (reply editors, dialogs) close
        mailboxFrame.visibleProperty().bind(javafx.beans.binding.Bindings.not(desk.lockedProperty()));
        lockScreen.visibleProperty().bind(desk.lockedProperty());
        desk.lockedProperty().addListener((obs, was, locked) -> {
            if (locked) {
                closeOtherWindows();
            }
        });
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watchInput);
            }
        });
        javafx.stage.Window.getWindows().forEach(this::watchInput);
        idleCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleCheck.play();
    }

    private void fillProfileMenu() {
        com.relaydesk.ui.profiles.DeskViewModel desk = viewModel.desk();
        com.relaydesk.team.Profile me = desk.currentProperty().get();
        profileMenu.getItems().clear();
        for (com.relaydesk.team.Profile profile : desk.profiles()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(profile.name()
                    + (me != null && me.id() == profile.id() ? "  (you)" : ""),
                    com.relaydesk.ui.profiles.ProfileChip.of(profile, false));
            item.setId("switch-to-" + profile.id());
            item.setOnAction(event -> desk.switchTo(profile));
            profileMenu.getItems().add(item);
        }
        javafx.scene.control.MenuItem lock = new javafx.scene.control.MenuItem("Lock now");
        lock.setId("profile-lock-now");
        lock.setOnAction(event -> lockNow());
        javafx.scene.control.MenuItem manage = new javafx.scene.control.MenuItem("Manage profiles…");
        manage.setId("profile-manage");
        manage.setOnAction(event -> showProfiles());
        profileMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), lock, manage);
    }

    private void watchInput(javafx.stage.Window window) {
        if (window.getProperties().putIfAbsent("relaydesk.idle-watch", Boolean.TRUE) == null) {
            window.addEventFilter(javafx.scene.input.InputEvent.ANY, event -> viewModel.desk().userActivity());
        }
    }

    private void checkIdle() {
        viewModel.desk().checkIdle();
    }

    private void closeOtherWindows() {
        javafx.stage.Window main = appTitle.getScene() == null ? null : appTitle.getScene().getWindow();
        for (javafx.stage.Window window : java.util.List.copyOf(javafx.stage.Window.getWindows())) {
            if (window != main && window instanceof javafx.stage.Stage stage) {
                stage.close();
            }
        }
    }

    @FXML
    private void showProfiles() {
        profilesDialog.show(appTitle.getScene().getWindow());
    }

    /** Closes every window; the application then stops as it does when the last window is closed. */
    @FXML
    private void quit() {
        QuitApp.closeEveryWindow();
    }

    @FXML
    private void lockNow() {
        viewModel.desk().lockNow();
    }

    private void onKeyTyped(Scene scene, KeyEvent event) {
        Node focused = scene.getFocusOwner();
        if (focused instanceof TextInputControl field && field.isEditable() || viewModel.desk().lockedProperty().get()) {
            return; // letters typed into a field are text, not commands; the message read (not editable) takes none
        }
        boolean typed = event.getEventType() == KeyEvent.KEY_TYPED;
        Shortcut.typed(event)
                .filter(shortcut -> typed != (shortcut == Shortcut.SYNC_NOW))
                .ifPresent(shortcut -> {
                    viewModel.messageList().whenViewListed(() -> run(shortcut));
                    event.consume();
                });
    }

    private void run(Shortcut shortcut) {
        switch (shortcut) {
            case NEXT -> viewModel.messageList().selectNext();
            case PREVIOUS -> viewModel.messageList().selectPrevious();
            case NO_RESPONSE_NEEDED -> viewModel.markNoResponseNeeded();
            // the buttons' own path: a key does exactly what its button does, undo (z) included
            case REPORT -> viewModel.readingPane().report();
            case MARK_UNREAD -> viewModel.readingPane().markUnread();
            case SHOW_RESPONSE_NEEDED, SHOW_SENT, SHOW_ALL, SHOW_NO_RESPONSE_NEEDED, SHOW_REPORTED ->
                    viewModel.navigation().select(shortcut.view().orElseThrow());
            case UNDO -> viewModel.undoTriage();
            case SEARCH -> messageListController.focusSearch();
            case SYNC_NOW -> viewModel.syncNow();
            case HELP -> showShortcuts();
            case TEMPLATES -> showTemplates();
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
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Ctrl+Enter", never "C..."
            Label action = com.relaydesk.ui.common.WrappedLabel.of(all[row].action());
            action.setStyle("-fx-max-width: 43.1em;"); // 560 px at 100 %: at larger text, wrapped at 560 px
            sheet.addRow(row, keys, action);
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        com.relaydesk.ui.common.DialogWidth.asLaidOut(alert.getDialogPane());
        alert.initOwner(appTitle.getScene().getWindow());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        com.relaydesk.ui.common.DialogHeight.scrollWithin(alert, sheet); // at larger text, taller than the screen
        alert.show();
    }

    /** {@code r}: opens the reply editor for the message being read. */
    @FXML
    private void reply() {
        viewModel.withReplyTarget(target -> {
            com.relaydesk.ui.compose.ComposeViewModel editor = composeWindow.open(appTitle.getScene().getWindow(),
                    target.message(), target.order(), () -> viewModel.replyQueued(target.message().id()),
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
        ChooserFolders.startIn(chooser, ChooserFolders.Purpose.EXPORT_AUDIT);
        java.io.File file = chooser.showSaveDialog(appTitle.getScene().getWindow());
        ChooserFolders.chosen(ChooserFolders.Purpose.EXPORT_AUDIT, file);
        if (file != null) {
            viewModel.exportAudit(file.toPath());
        }
    }

    /**
     * Import orders report…: the "All Orders" report from Seller Central, for the order panel and
     * the templates' order details. Rows it could not read are listed after the import.
     */
    @FXML
    private void importOrders() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import orders report (Seller Central: Reports → Order Reports → All Orders)");
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Order reports (*.txt, *.tsv)", "*.txt", "*.tsv"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
        ChooserFolders.startIn(chooser, ChooserFolders.Purpose.ORDERS_REPORT);
        java.io.File file = chooser.showOpenDialog(appTitle.getScene().getWindow());
        ChooserFolders.chosen(ChooserFolders.Purpose.ORDERS_REPORT, file);
        if (file != null) {
            viewModel.importOrders(file.toPath(), this::showBadOrderRows);
        }
    }

    @FXML
    private void importOfferedOrders() {
        viewModel.importOfferedOrders(this::showBadOrderRows);
    }

    @FXML
    private void declineOrdersOffer() {
        viewModel.declineOrdersOffer();
    }

    private void showBadOrderRows(com.relaydesk.orders.ImportedReport report) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING);
        alert.initOwner(appTitle.getScene().getWindow());
        alert.setTitle("Orders report");
        alert.setHeaderText(report.summary() + ".");
        javafx.scene.control.TextArea rows = new javafx.scene.control.TextArea(BadOrderRows.text(report));
        rows.setEditable(false);
        rows.setWrapText(true);
        rows.setPrefRowCount(8);
        alert.getDialogPane().setContent(rows);
        alert.show();
    }

    /** Templates…: the seller's canned replies; the preview uses the order of the message being read. */
    @FXML
    private void showTemplates() {
        templatesWindow.show(appTitle.getScene().getWindow(), viewModel.readingPane().orderProperty().get());
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
    private void declineBacklog() {
        viewModel.declineBacklogOffer();
    }

    @FXML
    private void clearBacklog() {
        BacklogDialog.show(appTitle.getScene().getWindow(), viewModel);
    }

    @FXML
    private void editSignature() {
        composeWindow.editSignature(appTitle.getScene().getWindow());
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
