package com.relaydesk.ui.about;

import com.relaydesk.ui.common.ViewLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Opens the About dialog over the main window. */
public final class AboutDialog {

    private final ViewLoader loader;
    private final AboutViewModel viewModel;

    public AboutDialog(ViewLoader loader, AboutViewModel viewModel) {
        this.loader = loader;
        this.viewModel = viewModel;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(viewModel.title());
        dialog.getDialogPane().setContent(loader.load("about/About.fxml"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("about-dialog");
        com.relaydesk.ui.common.DialogWidth.asLaidOut(dialog.getDialogPane());
        dialog.show();
    }
}
