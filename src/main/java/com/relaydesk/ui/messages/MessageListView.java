package com.relaydesk.ui.messages;

import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MessageSummary;
import java.time.ZoneId;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.util.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

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
    @FXML
    private TextField search;
    @FXML
    private Label error;
    @FXML
    private javafx.scene.control.ComboBox<ListOrder> order;

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
        viewModel.selectedMessageProperty().addListener((obs, old, now) -> showSelected(now));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        order.getItems().setAll(ListOrder.values());
        order.setConverter(com.relaydesk.ui.common.ShownAs.text(value -> value == null ? "" : value.label()));
        order.valueProperty().bindBidirectional(viewModel.orderProperty());
        // Search results come newest first whatever the list order.
        order.disableProperty().bind(viewModel.searchTextProperty().isNotEmpty());
    }

    private void showSelected(MessageSummary message) {
        if (message == null) {
            messages.getSelectionModel().clearSelection();
        } else if (messages.getSelectionModel().getSelectedItem() != message) {
            messages.getSelectionModel().select(message);
            messages.scrollTo(Math.max(0, messages.getSelectionModel().getSelectedIndex() - 3));
        }
    }

    /** Gives the search field the keyboard ({@code /}). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
