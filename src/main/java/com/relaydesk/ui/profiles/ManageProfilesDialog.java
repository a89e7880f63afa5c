package com.relaydesk.ui.profiles;

import com.relaydesk.ui.common.ViewLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Opens "Manage profiles…" over the main window. */
public final class ManageProfilesDialog {

    private final ViewLoader loader;
    private final ManageProfilesViewModel viewModel;

    public ManageProfilesDialog(ViewLoader loader, ManageProfilesViewModel viewModel) {
        this.loader = loader;
        this.viewModel = viewModel;
    }

    public void show(Window owner) {
        viewModel.opened();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Profiles on this desktop");
        com.relaydesk.ui.common.DialogWidth.asLaidOut(dialog.getDialogPane());
        // The content grows after it opens (a new person's two-line hint, "Setting PIN…"): the dialog
        // grows with it, up to the screen, then scrolls — a fixed height squashed the colour picker.
        com.relaydesk.ui.common.DialogHeight.scrollWithin(dialog, loader.load("profiles/ManageProfiles.fxml"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("profiles-dialog");
        dialog.show();
    }
}
