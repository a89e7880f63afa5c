package com.relaydesk.ui.profiles;

import com.relaydesk.team.Profile;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/** The lock screen: pick yourself, type your PIN or passphrase (or just click Unlock when you have none). */
public final class LockScreenView {

    /** The person unlocks with the owner's passphrase: a wider field than for a PIN. */
    private static final javafx.css.PseudoClass KEY_SLOT = javafx.css.PseudoClass.getPseudoClass("key-slot");

    private final DeskViewModel viewModel;

    @FXML
    private FlowPane people;
    @FXML
    private Label who;
    @FXML
    private PasswordField pin;
    @FXML
    private Button unlockButton;
    @FXML
    private Label message;

    private final ToggleGroup choice = new ToggleGroup();

    public LockScreenView(DeskViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(viewModel.lockMessageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        unlockButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.checkingProperty().get() || viewModel.unlockAsProperty().get() == null,
                viewModel.checkingProperty(), viewModel.unlockAsProperty()));
        viewModel.profiles().addListener((ListChangeListener<Profile>) change -> showPeople());
        viewModel.unlockAsProperty().addListener((obs, old, chosen) -> showChosen(chosen));
        viewModel.lockedProperty().addListener((obs, was, locked) -> {
            if (locked) {
                pin.clear();
                showChosen(viewModel.unlockAsProperty().get());
            }
        });
        showPeople();
        showChosen(viewModel.unlockAsProperty().get());
    }

    private void showPeople() {
        people.getChildren().clear();
        choice.getToggles().clear();
        for (Profile profile : viewModel.profiles()) {
            ToggleButton person = new ToggleButton(profile.name(), ProfileChip.of(profile, true));
            person.setId("lock-person-" + profile.id());
            person.getStyleClass().add("lock-person");
            person.setToggleGroup(choice);
            person.setUserData(profile);
            Profile chosen = viewModel.unlockAsProperty().get();
            person.setSelected(chosen != null && chosen.id() == profile.id());
            person.setOnAction(event -> {
                person.setSelected(true); // a second click keeps the choice
                viewModel.lockMessageProperty().set("");
                viewModel.unlockAsProperty().set(profile);
            });
            people.getChildren().add(person);
        }
    }

    private void showChosen(Profile chosen) {
        choice.getToggles().forEach(t -> t.setSelected(chosen != null && ((Profile) t.getUserData()).id() == chosen.id()));
        boolean needsPin = chosen != null && chosen.needsSecret();
        who.setText(chosen == null ? "" : DeskViewModel.askFor(chosen));
        pin.setPromptText(chosen == null ? "" : DeskViewModel.secretName(chosen));
        pin.setAccessibleText(pin.getPromptText());
        // wider for a passphrase (the stylesheet's em: a width set here lost to it, so both were 200 px)
        pin.pseudoClassStateChanged(KEY_SLOT, chosen != null && chosen.linkedToKeySlot());
        pin.setVisible(needsPin);
        pin.setManaged(needsPin);
        pin.clear();
        if (needsPin) {
            Platform.runLater(pin::requestFocus);
        } else if (chosen != null && viewModel.lockedProperty().get()) {
            // nothing to type: Enter unlocks (the keyboard stayed on the locked window's list behind)
            Platform.runLater(unlockButton::requestFocus);
        }
    }

    @FXML
    private void unlock() {
        viewModel.unlock(pin.getText().toCharArray());
        pin.clear();
    }
}
