package com.relaydesk.ui.outbox;

import com.relaydesk.mail.OutboxStore;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows the outbox over the main window; a reply that stopped can be queued again. */
public final class OutboxDialog {

    private final OutboxViewModel viewModel;

    public OutboxDialog(OutboxViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public void show(Window owner) {
        ListView<OutboxStore.Entry> list = new ListView<>(viewModel.entries());
        list.setId("outbox-list");
        list.setPrefSize(640, 320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(OutboxStore.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : viewModel.headlineWithName(entry));
                setPrefWidth(0); // as wide as the list, the line cut short with an ellipsis: no sideways scrolling
            }
        });
        // the whole reason for the chosen reply: who answered first, or what is not known and what to do
        Label why = new Label();
        why.setId("outbox-why");
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        why.setMaxWidth(640);
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> OutboxViewModel.why(list.getSelectionModel().getSelectedItem()),
                list.getSelectionModel().selectedItemProperty()));
        Label summary = new Label();
        summary.setId("outbox-summary");
        summary.setWrapText(true); // the marks waiting are a sentence of their own
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());
        Button retry = new Button("Queue again");
        retry.setId("outbox-retry");
        retry.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            OutboxStore.Entry chosen = list.getSelectionModel().getSelectedItem();
            return chosen == null || chosen.state() != OutboxStore.State.FAILED;
        }, list.getSelectionModel().selectedItemProperty()));
        retry.setOnAction(e -> viewModel.retry(list.getSelectionModel().getSelectedItem()));
        // a reply held (someone else answered first, or the server never confirmed it): the seller decides
        Button sendAnyway = new Button("Send anyway");
        sendAnyway.setId("outbox-send-anyway");
        sendAnyway.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            OutboxStore.Entry chosen = list.getSelectionModel().getSelectedItem();
            return chosen == null || chosen.state() != OutboxStore.State.HELD;
        }, list.getSelectionModel().selectedItemProperty()));
        sendAnyway.setOnAction(e -> viewModel.sendAnyway(list.getSelectionModel().getSelectedItem()));
        Button discard = new Button("Discard");
        discard.setId("outbox-discard");
        discard.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !OutboxViewModel.canDiscard(list.getSelectionModel().getSelectedItem()),
                list.getSelectionModel().selectedItemProperty()));
        discard.setOnAction(e -> viewModel.discard(list.getSelectionModel().getSelectedItem()));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Outbox");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("outbox-dialog");
        dialog.getDialogPane().setContent(new VBox(8, summary, list, why,
                new javafx.scene.layout.HBox(8, retry, sendAnyway, discard)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        viewModel.refresh();
        dialog.show();
    }
}
