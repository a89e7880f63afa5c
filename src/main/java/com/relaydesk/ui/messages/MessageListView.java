package com.relaydesk.ui.messages;

import com.relaydesk.model.MessageSummary;
import java.time.ZoneId;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.util.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** Binds the message list and its empty state to the view model. */
public final class MessageListView {

    /** Response clocks show minutes, so a tick every 30 s keeps them right without churn. */
    private static final Duration TICK = Duration.seconds(30);

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
        messages.setCellFactory(list -> new MessageCell(viewModel, ZoneId.systemDefault()));
        viewModel.nowProperty().addListener((obs, old, now) -> messages.refresh());
        viewModel.viewProperty().addListener((obs, old, now) -> messages.refresh());
        Timeline ticker = new Timeline(new KeyFrame(TICK, event -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        messages.accessibleTextProperty().bind(viewModel.titleProperty());
        messages.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> viewModel.selectedMessageProperty().set(now));
    }
}
