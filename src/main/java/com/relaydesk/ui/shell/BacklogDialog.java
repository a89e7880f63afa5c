package com.relaydesk.ui.shell;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Clear the old backlog…": a mailbox connected for the first time brings years of buyer messages,
 * most answered in Seller Central, whose replies never reach the mailbox; they would all stand in
 * Response Needed, overdue by hundreds of days, in front of today's. The seller picks an age, sees
 * how many messages that is, and marks them No Response Needed in one go (undo: z).
 */
final class BacklogDialog {

    static final ButtonType MARK = new ButtonType("Mark No Response Needed", ButtonBar.ButtonData.OK_DONE);
    private static final List<Integer> AGES = List.of(7, 14, 30, 90, 365);
    private static final int USUAL_AGE = 30;

    private BacklogDialog() {
    }

    static void show(Window owner, MainWindowViewModel viewModel) {
        ComboBox<Integer> age = new ComboBox<>();
        age.setId("backlog-age");
        age.getItems().setAll(AGES);
        age.setValue(USUAL_AGE);
        age.setConverter(com.relaydesk.ui.common.ShownAs.text(days -> days == null ? "" : days + " days"));
        Label count = wrapped("Counting…");
        count.setId("backlog-count");
        Label why = wrapped("Replies written in Seller Central do not reach this mailbox, so the messages they answered "
                + "still count as needing an answer here. The marked messages stay in All; z takes them back.");
        why.getStyleClass().add("muted");
        HBox ask = new HBox(8, new Label("Buyer messages in Response Needed older than"), age);
        ask.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(12, ask, count, why);
        content.setPadding(new javafx.geometry.Insets(16, 16, 4, 16));
        content.setStyle("-fx-pref-width: 41.5em;"); // 540 px at 100 %: in em, wider with larger text

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Clear the old backlog");
        dialog.getDialogPane().setId("backlog-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(MARK, ButtonType.CANCEL);
        javafx.scene.Node mark = dialog.getDialogPane().lookupButton(MARK);
        mark.setDisable(true);
        Runnable recount = () -> {
            int days = age.getValue();
            count.setText("Counting…");
            mark.setDisable(true);
            viewModel.countBacklog(days, n -> {
                if (age.getValue() == days) {
                    count.setText(n == 0 ? "None: nothing that old still needs an answer."
                            : String.format("%,d", n) + (n == 1 ? " message arrived more than " + days
                                    + " days ago and still counts" : " messages arrived more than " + days
                                    + " days ago and still count") + " as needing an answer.");
                    mark.setDisable(n == 0);
                    if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene(); // the count may take two lines
                    }
                }
            });
        };
        age.valueProperty().addListener((obs, old, days) -> recount.run());
        recount.run();
        dialog.showAndWait().filter(MARK::equals).ifPresent(ok -> viewModel.clearBacklog(age.getValue()));
    }

    private static Label wrapped(String text) {
        Label label = com.relaydesk.ui.common.WrappedLabel.of(text);
        label.setStyle("-fx-max-width: 39.1em;"); // 508 px at 100 %
        return label;
    }
}
