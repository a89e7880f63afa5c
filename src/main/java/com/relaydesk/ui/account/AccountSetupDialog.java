package com.relaydesk.ui.account;

import com.relaydesk.ui.common.ViewLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Connect a mailbox…": the account form in a dialog; Save stays disabled until the form is complete. */
public final class AccountSetupDialog {

    private static final ButtonType SAVE = new ButtonType("Save and connect", ButtonBar.ButtonData.OK_DONE);

    private final ViewLoader loader;
    private final AccountSetupViewModel viewModel;
    private final Runnable onSaved;

    public AccountSetupDialog(ViewLoader loader, AccountSetupViewModel viewModel, Runnable onSaved) {
        this.loader = loader;
        this.viewModel = viewModel;
        this.onSaved = onSaved;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Connect a mailbox");
        dialog.getDialogPane().setId("account-setup-dialog");
        com.relaydesk.ui.common.DialogWidth.asLaidOut(dialog.getDialogPane());
        com.relaydesk.ui.common.DialogHeight.scrollWithin(dialog, loader.load("account/AccountSetup.fxml"));
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(viewModel.completeProperty().not().or(viewModel.busyProperty()));
        save.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume(); // close only once the save has worked
            viewModel.save(() -> {
                dialog.close();
                onSaved.run();
            });
        });
        viewModel.signedInProperty().addListener((obs, was, now) -> {
            if (now) { // an OAuth sign-in saves the account itself
                dialog.close();
                onSaved.run();
            }
        });
        // Cancel or closing the window while the browser is open stops the sign-in: a mailbox must not
        // connect minutes later because the browser tab was finished after all.
        dialog.setOnHidden(event -> viewModel.cancelSignIn());
        dialog.show();
    }
}
