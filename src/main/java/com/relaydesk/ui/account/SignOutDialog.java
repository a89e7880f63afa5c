package com.relaydesk.ui.account;

import com.relaydesk.account.AccountSignOut;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** "Sign out…": a confirmation that says what will happen, then one sentence on how it went. */
public final class SignOutDialog {

    static final ButtonType SIGN_OUT = new ButtonType("Sign out", ButtonBar.ButtonData.OK_DONE);

    private final SignOutViewModel viewModel;

    public SignOutDialog(SignOutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public SignOutViewModel viewModel() {
        return viewModel;
    }

    public void show(Window owner) {
        viewModel.refresh(() -> confirm(owner));
    }

    private void confirm(Window owner) {
        if (!viewModel.availableProperty().get()) {
            Alert none = alert(owner, Alert.AlertType.INFORMATION, "Sign out", viewModel.confirmationProperty().get(),
                    ButtonType.CLOSE);
            none.getDialogPane().setId("sign-out-dialog");
            none.show();
            return;
        }
        Alert confirm = alert(owner, Alert.AlertType.CONFIRMATION, "Sign out?", viewModel.confirmationProperty().get(),
                SIGN_OUT, ButtonType.CANCEL);
        confirm.getDialogPane().setId("sign-out-dialog");
        Button signOut = (Button) confirm.getDialogPane().lookupButton(SIGN_OUT);
        signOut.setId("sign-out-confirm");
        signOut.disableProperty().bind(viewModel.busyProperty());
        confirm.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(viewModel.busyProperty());
        signOut.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // close once it is done, so the progress shows
            confirm.setHeaderText("Signing out…");
            viewModel.signOut(outcome -> {
                confirm.close();
                told(owner, outcome);
            });
        });
        confirm.show();
    }

    private static void told(Window owner, AccountSignOut.Outcome outcome) {
        Alert.AlertType type = outcome.signedOut() && !outcome.grantMayRemain() ? Alert.AlertType.INFORMATION
                : Alert.AlertType.WARNING;
        Alert told = alert(owner, type, outcome.signedOut() ? "Signed out" : "Not signed out", outcome.sentence(),
                ButtonType.OK);
        told.getDialogPane().setId("sign-out-outcome");
        told.show();
    }

    private static Alert alert(Window owner, Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle("Sign out");
        alert.setHeaderText(header);
        Label body = new Label(text);
        body.setId("sign-out-text");
        body.setWrapText(true);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        // A fixed width: otherwise the window is sized for the sentence on one line and opens off screen.
        // 560 px at 100 %, in em: at larger text the sentence wrapped into a column of a few words.
        alert.getDialogPane().setStyle("-fx-pref-width: 43.1em;");
        return alert;
    }
}
