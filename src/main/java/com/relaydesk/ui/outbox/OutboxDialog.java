package com.relaydesk.ui.outbox;

import com.relaydesk.inbox.WaitingMark;
import com.relaydesk.mail.OutboxStore;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows the outbox over the main window; a reply that stopped can be queued again. Under it, when
 * there are any, the marks waiting for the connection (the status bar counts them with the replies).
 */
public final class OutboxDialog {

    private final OutboxViewModel viewModel;

    public OutboxDialog(OutboxViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        ListView<OutboxStore.Entry> list = new ListView<>(viewModel.entries());
        list.setId("outbox-list");
        list.setStyle("-fx-pref-width: 49.2em;"); // 640 px at 100 %: in em, the lines less cut at larger text
        list.setPrefHeight(320);
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
        why.setStyle("-fx-max-width: 49.2em;");
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> OutboxViewModel.why(list.getSelectionModel().getSelectedItem()),
                list.getSelectionModel().selectedItemProperty()));
        Label summary = new Label();
        summary.setId("outbox-summary");
        summary.setWrapText(true); // the marks waiting are a sentence of their own
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());
        // read in the background: the window first opened around an empty sentence, which then stood in
        // a column a word wide over a cut-off Close. Sized again once the label has its text (after this).
        summary.textProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(() -> refit(dialog)));
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
        dialog.initOwner(owner);
        dialog.setTitle("Outbox");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("outbox-dialog");
        VBox replies = new VBox(8, list, why, new javafx.scene.layout.HBox(8, retry, sendAnyway, discard));
        shownWhileAny(replies, viewModel.entries(), dialog); // "The outbox is empty" needs no empty list under it
        VBox content = new VBox(8, summary, replies, waitingMarks(dialog));
        content.getStyleClass().add("dialog-content");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // Esc closes, as in every other window: the lists took the key before the Close button heard it
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                key.consume();
                dialog.setResult(ButtonType.CLOSE);
                dialog.close();
            }
        });
        viewModel.refresh();
        dialog.show();
    }

    /** The marks waiting for the connection, each of which can be withdrawn; hidden while there are none. */
    private VBox waitingMarks(Dialog<?> dialog) {
        Label heading = new Label("Marks waiting for the connection");
        heading.getStyleClass().add("pane-heading");
        ListView<WaitingMark> marks = new ListView<>(viewModel.marks());
        marks.setId("outbox-marks");
        marks.setStyle("-fx-pref-width: 49.2em;");
        marks.setPrefHeight(140);
        marks.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(WaitingMark mark, boolean empty) {
                super.updateItem(mark, empty);
                setText(empty || mark == null ? null : OutboxViewModel.markLine(mark));
                setPrefWidth(0);
            }
        });
        Button withdraw = new Button("Withdraw mark");
        withdraw.setId("outbox-withdraw");
        withdraw.disableProperty().bind(marks.getSelectionModel().selectedItemProperty().isNull());
        withdraw.setOnAction(e -> viewModel.withdraw(marks.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, heading, marks, withdraw);
        shownWhileAny(box, viewModel.marks(), dialog);
        return box;
    }

    /** {@code part} takes room only while {@code items} has some; the window grows and shrinks with it. */
    private static void shownWhileAny(javafx.scene.Node part, javafx.collections.ObservableList<?> items, Dialog<?> dialog) {
        javafx.beans.binding.BooleanBinding any = javafx.beans.binding.Bindings.isNotEmpty(items);
        part.visibleProperty().bind(any);
        part.managedProperty().bind(any);
        any.addListener((obs, had, has) -> refit(dialog));
    }

    /** Sized again around what it shows now, about the same centre: shown small, it grows when the list is read. */
    private static void refit(Dialog<?> dialog) {
        if (dialog.isShowing()) {
            Window window = dialog.getDialogPane().getScene().getWindow();
            double centreX = window.getX() + window.getWidth() / 2;
            double centreY = window.getY() + window.getHeight() / 2;
            window.sizeToScene();
            window.setX(centreX - window.getWidth() / 2);
            window.setY(Math.max(0, centreY - window.getHeight() / 2));
        }
    }
}
