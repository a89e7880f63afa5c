package com.relaydesk.ui.dashboard;

import com.relaydesk.ui.common.ViewLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Opens the response-time dashboard over the main window, with fresh figures. */
public final class DashboardDialog {

    private final ViewLoader loader;
    private final DashboardViewModel viewModel;

    public DashboardDialog(ViewLoader loader, DashboardViewModel viewModel) {
        this.loader = loader;
        this.viewModel = viewModel;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Response times");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(loader.load("dashboard/Dashboard.fxml"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("dashboard-dialog");
        com.relaydesk.ui.common.DialogWidth.asLaidOut(dialog.getDialogPane());
        viewModel.refresh();
        dialog.show();
    }
}
