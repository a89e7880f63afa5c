package com.relaydesk.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Binds the "Sign in again" banner of the main window to its view model. */
public final class SignInAgainBannerView {

    private final SignInAgainViewModel viewModel;

    @FXML private HBox banner;
    @FXML private Label message;
    @FXML private Button signIn;
    @FXML private Button later;
    @FXML private javafx.scene.layout.VBox text;
    @FXML private javafx.scene.layout.HBox addressRow;
    @FXML private javafx.scene.control.TextField address;

    public SignInAgainBannerView(SignInAgainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        banner.visibleProperty().bind(viewModel.visibleProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        message.textProperty().bind(viewModel.messageProperty());
        signIn.textProperty().bind(viewModel.buttonLabelProperty());
        signIn.disableProperty().bind(viewModel.busyProperty());
        address.textProperty().bind(viewModel.addressProperty());
        addressRow.visibleProperty().bind(viewModel.addressProperty().isNotEmpty());
        addressRow.managedProperty().bind(addressRow.visibleProperty());
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void copyAddress() {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(address.getText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void later() {
        viewModel.dismiss();
    }
}
