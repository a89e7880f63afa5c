package com.relaydesk.app;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks the owner's or an assistant's passphrase, which unlocks saved passwords where the desktop has no keyring. */
final class PassphrasePrompt {

    private PassphrasePrompt() {
    }

    static Optional<char[]> ask(Window owner) {
        return ask(owner, null);
    }

    /** @param problem why it is asked again (the last passphrase opened nothing), or null */
    static Optional<char[]> ask(Window owner, String problem) {
        PasswordField field = new PasswordField();
        field.setId("passphrase-field");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Unlock the mailbox");
        Label why = new Label("This computer has no keyring, so RelayDesk keeps the mailbox password encrypted. "
                + "Type the owner's passphrase, or your own if the owner gave you access; the password itself is "
                + "never shown.");
        why.setWrapText(true);
        why.setStyle("-fx-max-width: 32.3em;"); // 420 px at 100 %: in em, wider with larger text
        VBox content = new VBox(8, why, field);
        content.setPadding(new Insets(12, 12, 4, 12)); // the theme gives dialog content no padding of its own
        if (problem != null) {
            Label again = new Label(problem);
            again.setId("passphrase-problem");
            again.setWrapText(true);
            again.setStyle("-fx-max-width: 32.3em; -fx-text-fill: -color-danger-fg;");
            content.getChildren().add(again);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // An empty passphrase unlocks nothing: OK waits for one (it used to fail the opening, leaving
        // the window on "Connecting…" until a restart). The field takes the keys once the dialog shows.
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(event -> field.requestFocus());
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> field.getText().toCharArray());
    }
}
