package com.relaydesk.ui.about;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the About dialog's content. */
public final class AboutView {

    private final AboutViewModel viewModel;

    @FXML
    private Label nameAndVersion;
    @FXML
    private Label tagline;
    @FXML
    private Label javaVersion;
    @FXML
    private TextField dataFolder;
    @FXML
    private TextField logFile;
    @FXML
    private Label license;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        nameAndVersion.setText(viewModel.nameAndVersion());
        tagline.setText(viewModel.tagline());
        javaVersion.setText(viewModel.javaVersion());
        dataFolder.setText(viewModel.dataFolder());
        logFile.setText(viewModel.logFile());
        license.setText(viewModel.license());
    }
}
