package com.relaydesk.ui.status;

import com.relaydesk.ui.common.AppIcon;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** Binds the status bar to its view model. */
public final class StatusBarView {

    private final StatusBarViewModel viewModel;

    @FXML
    private Label connection;
    @FXML
    private Label lastSync;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label outbox;
    @FXML
    private Label error;
    @FXML
    private Label dataFolder;
    @FXML
    private javafx.scene.layout.HBox undoBox;
    @FXML
    private Label undoText;
    @FXML
    private javafx.scene.control.Hyperlink undo;
    @FXML
    private javafx.scene.control.Hyperlink stop;

    public StatusBarView(StatusBarViewModel viewModel) {
        this.viewModel = viewModel;
    }

    private Runnable showOutbox = () -> { };
    private java.util.function.Consumer<String> showError = message -> { };
    private Runnable undoAction = () -> { };
    private Runnable stopAction = () -> { };

    /** What clicking the outbox count and an error does (the main window decides). */
    public void onClicks(Runnable outboxClicked, java.util.function.Consumer<String> errorClicked) {
        this.showOutbox = outboxClicked;
        this.showError = errorClicked;
    }

    /** What clicking Stop next to a running sync's progress does. */
    public void onStop(Runnable action) {
        this.stopAction = action;
    }

    /** What clicking Undo next to the last triage mark does. */
    public void onUndo(Runnable action) {
        this.undoAction = action;
    }

    @FXML
    private void initialize() {
        connection.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> (viewModel.onlineProperty().get() ? AppIcon.ONLINE : AppIcon.OFFLINE).graphic(),
                viewModel.onlineProperty()));
        connection.textProperty().bind(viewModel.connectionProperty());
        // cut short when the bar is narrow: the whole line on hover
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(viewModel.connectionProperty());
        connection.setTooltip(whole);
        lastSync.setGraphic(AppIcon.SYNC.graphic());
        lastSync.textProperty().bind(viewModel.lastSyncProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        // shown (empty) from a folder's first message on, so Stop beside it does not jump when it appears
        progress.visibleProperty().bind(viewModel.progressProperty().isNotEqualTo(0, 1e-9).or(viewModel.runningProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        stop.visibleProperty().bind(viewModel.runningProperty());  // while a sync runs: years of mail can take minutes
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> stopAction.run());
        outbox.textProperty().bind(viewModel.outboxProperty());
        outbox.visibleProperty().bind(viewModel.outboxProperty().isNotEmpty());
        outbox.setOnMouseClicked(e -> showOutbox.run());
        outbox.setCursor(javafx.scene.Cursor.HAND);
        error.setOnMouseClicked(e -> showError.accept(error.getText()));
        error.setCursor(javafx.scene.Cursor.HAND);
        error.setTooltip(new javafx.scene.control.Tooltip("Details"));
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        dataFolder.textProperty().bind(viewModel.dataFolderProperty());
        undoText.textProperty().bind(viewModel.undoableProperty());
        undoBox.visibleProperty().bind(viewModel.undoableProperty().isNotEmpty());
        undoBox.managedProperty().bind(undoBox.visibleProperty());
        undo.setOnAction(e -> undoAction.run());
    }
}
