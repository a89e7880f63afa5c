package com.relaydesk.ui.shell;

import com.relaydesk.ui.about.AboutDialog;
import com.relaydesk.ui.common.AppIcon;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;

/** The window frame; its parts are bound by their own views (fx:include). */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final AboutDialog aboutDialog;

    @FXML
    private Label appTitle;
    @FXML
    private MenuButton appMenu;

    public MainWindowView(MainWindowViewModel viewModel, AboutDialog aboutDialog) {
        this.viewModel = viewModel;
        this.aboutDialog = aboutDialog;
    }

    @FXML
    private void initialize() {
        appTitle.setText(viewModel.windowTitle());
        appMenu.setGraphic(AppIcon.MENU.graphic());
    }

    @FXML
    private void showAbout() {
        aboutDialog.show(appTitle.getScene().getWindow());
    }
}
