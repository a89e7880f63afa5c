package com.relaydesk.ui.status;

import com.relaydesk.ui.common.AppIcon;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Binds the status bar to its view model. */
public final class StatusBarView {

    private final StatusBarViewModel viewModel;

    @FXML
    private Label connection;
    @FXML
    private Label lastSync;
    @FXML
    private Label dataFolder;

    public StatusBarView(StatusBarViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        connection.setGraphic(AppIcon.OFFLINE.graphic());
        connection.textProperty().bind(viewModel.connectionProperty());
        lastSync.setGraphic(AppIcon.SYNC.graphic());
        lastSync.textProperty().bind(viewModel.lastSyncProperty());
        dataFolder.textProperty().bind(viewModel.dataFolderProperty());
    }
}
