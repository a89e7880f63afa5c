package com.relaydesk.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds "Access on this desktop" to its view model; asks before revoking or signing out. */
public final class AccessView {

    private final AccessViewModel viewModel;
    private final Runnable onSignedOut;

    @FXML private Label passwordStatus;
    @FXML private Label storage;
    @FXML private PasswordField ownerPassphrase;
    @FXML private VBox slots;
    @FXML private VBox controls;
    @FXML private ListView<String> assistants;
    @FXML private Button revoke;
    @FXML private TextField assistantName;
    @FXML private PasswordField assistantPassphrase;
    @FXML private Button add;
    @FXML private Button signOut;
    @FXML private Label outcome;

    /** @param onSignedOut reopens the window once this desktop's credential is deleted */
    public AccessView(AccessViewModel viewModel, Runnable onSignedOut) {
        this.viewModel = viewModel;
        this.onSignedOut = onSignedOut;
    }

    @FXML
    private void initialize() {
        passwordStatus.textProperty().bind(viewModel.passwordStatusProperty());
        storage.textProperty().bind(viewModel.storageProperty());
        ownerPassphrase.textProperty().bindBidirectional(viewModel.ownerPassphraseProperty());
        ownerPassphrase.visibleProperty().bind(viewModel.keyringProperty().not());
        ownerPassphrase.getParent().visibleProperty().bind(ownerPassphrase.visibleProperty());
        ownerPassphrase.getParent().managedProperty().bind(ownerPassphrase.visibleProperty());
        controls.visibleProperty().bind(viewModel.connectedProperty());
        controls.managedProperty().bind(controls.visibleProperty());
        storage.visibleProperty().bind(viewModel.connectedProperty());
        storage.managedProperty().bind(storage.visibleProperty());
        slots.visibleProperty().bind(viewModel.keyringProperty().not());
        slots.managedProperty().bind(slots.visibleProperty());
        assistants.setItems(viewModel.assistants());
        assistants.setPlaceholder(new Label("Only the owner so far."));
        viewModel.selectedProperty().bind(assistants.getSelectionModel().selectedItemProperty());
        assistantName.textProperty().bindBidirectional(viewModel.assistantNameProperty());
        assistantPassphrase.textProperty().bindBidirectional(viewModel.assistantPassphraseProperty());
        add.disableProperty().bind(viewModel.canAdd().not());
        revoke.disableProperty().bind(viewModel.canRevoke().not());
        signOut.disableProperty().bind(viewModel.canSignOut().not());
        outcome.textProperty().bind(viewModel.outcomeProperty());
        // texts arrive after the dialog was first laid out: let its window grow to show them whole
        javafx.beans.InvalidationListener fit = changed -> javafx.application.Platform.runLater(() -> {
            if (outcome.getScene() != null && outcome.getScene().getWindow() != null) {
                outcome.getScene().getWindow().sizeToScene();
            }
        });
        viewModel.storageProperty().addListener(fit);
        viewModel.outcomeProperty().addListener(fit);
        viewModel.load();
    }

    @FXML
    private void add() {
        viewModel.addAssistant();
    }

    @FXML
    private void revoke() {
        String name = viewModel.selectedProperty().get();
        if (confirm("Revoke " + name + "'s access?", name + "'s passphrase will open nothing on this desktop from now "
                + "on, neither the mailbox nor their profile. If " + name + " may have copied the password, change the "
                + "mailbox password as well.")) {
            viewModel.revokeSelected();
        }
    }

    @FXML
    private void signOut() {
        if (confirm("Sign this desktop out?", "The saved mailbox password is deleted here, and RelayDesk opens the "
                + "offline demo until the owner connects the mailbox again. Messages, drafts and the outbox stay.")) {
            viewModel.signOut(onSignedOut);
        }
    }

    private boolean confirm(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(outcome.getScene().getWindow());
        alert.setHeaderText(header);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
