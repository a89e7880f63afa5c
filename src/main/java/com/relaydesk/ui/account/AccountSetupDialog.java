package com.relaydesk.ui.account;

import com.relaydesk.ui.common.ViewLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * "Connect a mailbox…", or "Mailbox settings…" once one is connected: the account form in a dialog,
 * filled in from the saved settings; Save stays disabled until the form is complete.
 */
public final class AccountSetupDialog {

    private final ViewLoader loader;
    private final AccountSetupViewModel viewModel;
    private final Runnable onSaved;

    public AccountSetupDialog(ViewLoader loader, AccountSetupViewModel viewModel, Runnable onSaved) {
        this.loader = loader;
        this.viewModel = viewModel;
        this.onSaved = onSaved;
    }

    public AccountSetupViewModel viewModel() {
        return viewModel;
    }

    /** Shows the dialog once the saved settings are read into the form (a few milliseconds, in the background). */
    public void show(Window owner) {
        viewModel.load(() -> showLoaded(owner));
    }

    private void showLoaded(Window owner) {
        ButtonType save = new ButtonType(viewModel.connectedProperty().get() ? "Save and reconnect" : "Save and connect",
                ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.titleProperty().bind(viewModel.titleProperty());
        dialog.getDialogPane().setId("account-setup-dialog");
        com.relaydesk.ui.common.DialogWidth.asLaidOut(dialog.getDialogPane());
        com.relaydesk.ui.common.DialogHeight.scrollWithin(dialog, loader.load("account/AccountSetup.fxml"));
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(viewModel.completeProperty().not().or(viewModel.busyProperty()));
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume(); // close only once the save has worked
            viewModel.save(() -> {
                dialog.close();
                onSaved.run();
            });
        });
        javafx.beans.value.ChangeListener<Boolean> signedIn = (obs, was, now) -> {
            if (now) { // an OAuth sign-in saves the account itself
                dialog.close();
                onSaved.run();
            }
        };
        viewModel.signedInProperty().addListener(signedIn);
        // Cancel or closing the window while the browser is open stops the sign-in: a mailbox must not
        // connect minutes later because the browser tab was finished after all. The listener goes with
        // the dialog, or the next dialog's sign-in would reopen the mailbox once per dialog shown before.
        dialog.setOnHidden(event -> {
            viewModel.cancelSignIn();
            viewModel.signedInProperty().removeListener(signedIn);
        });
        dialog.show();
    }
}
