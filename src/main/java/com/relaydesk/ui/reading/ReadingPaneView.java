package com.relaydesk.ui.reading;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Binds the reading pane to its view model. */
public final class ReadingPaneView {

    private final ReadingPaneViewModel viewModel;

    @FXML
    private VBox emptyState;
    @FXML
    private VBox content;
    @FXML
    private Label emptyTitle;
    @FXML
    private Label emptyHint;
    @FXML
    private Label subject;

    public ReadingPaneView(ReadingPaneViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emptyTitle.setText(viewModel.emptyTitle());
        emptyHint.setText(viewModel.emptyHint());
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        subject.textProperty().bind(viewModel.subjectProperty());
    }
}
