package com.relaydesk.ui.messages;

import com.relaydesk.model.MessageSummary;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** Binds the message list and its empty state to the view model. */
public final class MessageListView {

    private final MessageListViewModel viewModel;

    @FXML
    private Label title;
    @FXML
    private ListView<MessageSummary> messages;
    @FXML
    private Label emptyTitle;
    @FXML
    private Label emptyHint;

    public MessageListView(MessageListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        emptyTitle.textProperty().bind(viewModel.emptyTitleProperty());
        emptyHint.textProperty().bind(viewModel.emptyHintProperty());
        messages.setItems(viewModel.messages());
        messages.accessibleTextProperty().bind(viewModel.titleProperty());
        messages.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> viewModel.selectedMessageProperty().set(now));
    }
}
