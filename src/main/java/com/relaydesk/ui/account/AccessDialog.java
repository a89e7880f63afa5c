package com.relaydesk.ui.account;

import com.relaydesk.ui.common.ViewLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Access on this desktop…": who may open the mailbox here, and the owner's actions. */
public final class AccessDialog {

    private final ViewLoader loader;

    public AccessDialog(ViewLoader loader) {
        this.loader = loader;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Access on this desktop");
        dialog.getDialogPane().setId("access-dialog");
        dialog.getDialogPane().setContent(loader.load("account/Access.fxml"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }
}
