package com.relaydesk.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The window frame; its parts are bound by their own views (fx:include). */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;

    @FXML
    private Label appTitle;

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        appTitle.setText(viewModel.windowTitle());
    }
}
