package com.relaydesk.ui.profiles;

import com.relaydesk.team.Profile;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

/** The "Manage profiles…" dialog's content; what may be changed is decided by its view model. */
public final class ManageProfilesView {

    private final ManageProfilesViewModel viewModel;

    @FXML
    private ListView<Profile> list;
    @FXML
    private TextField newName;
    @FXML
    private Button addButton;
    @FXML
    private Label selectedTitle;
    @FXML
    private TextField name;
    @FXML
    private TextField initials;
    @FXML
    private ColorPicker colour;
    @FXML
    private Button saveButton;
    @FXML
    private Button removeButton;
    @FXML
    private Label secretTitle;
    @FXML
    private PasswordField currentSecret;
    @FXML
    private PasswordField pin;
    @FXML
    private PasswordField pinRepeat;
    @FXML
    private Button setPinButton;
    @FXML
    private Button clearPinButton;
    @FXML
    private Label pinHint;
    @FXML
    private HBox osRow;
    @FXML
    private PasswordField osPassword;
    @FXML
    private Button useOsButton;
    @FXML
    private Spinner<Integer> idleMinutes;
    @FXML
    private Label message;
    @FXML
    private HBox working;
    @FXML
    private Label workingText;

    private boolean showing;

    public ManageProfilesView(ManageProfilesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.profiles());
        list.setCellFactory(view -> new ProfileCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !showing) {
                viewModel.selectedProperty().set(chosen);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, chosen) -> show(chosen));
        addButton.disableProperty().bind(viewModel.ownerActingProperty().not()
                .or(Bindings.createBooleanBinding(() -> newName.getText().isBlank(), newName.textProperty())));
        newName.disableProperty().bind(viewModel.ownerActingProperty().not());
        name.disableProperty().bind(viewModel.canEditProperty().not());
        initials.disableProperty().bind(viewModel.canEditProperty().not());
        colour.disableProperty().bind(viewModel.canEditProperty().not());
        saveButton.disableProperty().bind(viewModel.canEditProperty().not());
        removeButton.disableProperty().bind(viewModel.canRemoveProperty().not());
        // while a secret is derived (slow on purpose), nothing about secrets can be started twice
        javafx.beans.binding.BooleanExpression noSecret = viewModel.canSetPinProperty().not().or(viewModel.busyProperty());
        currentSecret.disableProperty().bind(noSecret);
        pin.disableProperty().bind(noSecret);
        pinRepeat.disableProperty().bind(noSecret);
        setPinButton.disableProperty().bind(noSecret);
        clearPinButton.disableProperty().bind(viewModel.canClearPinProperty().not().or(viewModel.busyProperty()));
        osPassword.disableProperty().bind(noSecret);
        useOsButton.disableProperty().bind(noSecret);
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        workingText.textProperty().bind(viewModel.workingProperty());
        osPassword.setPromptText("Computer password");
        useOsButton.textProperty().bind(viewModel.osUserProperty().map(user -> "Use my computer password (" + user
                + ") instead"));
        viewModel.osPasswordOfferedProperty().addListener((obs, was, now) -> show(viewModel.selectedProperty().get()));
        idleMinutes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1440, 10));
        idleMinutes.getValueFactory().valueProperty().bindBidirectional(viewModel.idleMinutesProperty().asObject());
        idleMinutes.disableProperty().bind(viewModel.ownerActingProperty().not());
        message.textProperty().bind(viewModel.messageProperty());
        colour.setOnAction(event -> {
            if (!showing && viewModel.selectedProperty().get() != null) {
                viewModel.recolour(hex(colour.getValue()));
            }
        });
        show(viewModel.selectedProperty().get());
    }

    private void show(Profile chosen) {
        showing = true;
        try {
            list.getSelectionModel().select(chosen == null ? null
                    : viewModel.profiles().stream().filter(p -> p.id() == chosen.id()).findFirst().orElse(null));
            selectedTitle.setText(chosen == null ? "" : chosen.name() + (chosen.owner() ? " (owner)" : ""));
            name.setText(chosen == null ? "" : chosen.name());
            initials.setText(chosen == null ? "" : chosen.initials());
            colour.setValue(chosen == null ? Color.GRAY : Color.web(chosen.colour()));
            pin.clear();
            pinRepeat.clear();
            currentSecret.clear();
            boolean linked = chosen != null && chosen.linkedToKeySlot();
            secretTitle.setText(linked ? "Passphrase (the one that opens the mailbox, at least 8 characters)"
                    : viewModel.osPasswordOfferedProperty().get() ? "PIN (4 to 12 digits) or computer password"
                    : "PIN (4 to 12 digits)");
            currentSecret.setVisible(linked);
            currentSecret.setManaged(linked);
            pin.setPromptText(linked ? "New" : "New PIN");
            pin.setPrefColumnCount(linked ? 8 : 6);
            pinRepeat.setPrefColumnCount(linked ? 8 : 6);
            // a passphrase is not cleared here: the owner revokes the key slot in "Access on this desktop…"
            clearPinButton.setVisible(!linked);
            clearPinButton.setManaged(!linked);
            clearPinButton.setText(chosen != null && chosen.unlock() == Profile.Unlock.OS_PASSWORD
                    ? "Stop using the computer password" : "Clear PIN");
            osPassword.clear();
            // only where this computer can check an OS password (Linux with PAM's helper), never for a linked profile
            boolean offerOs = chosen != null && !linked && viewModel.osPasswordOfferedProperty().get();
            osRow.setVisible(offerOs);
            osRow.setManaged(offerOs);
            setPinButton.setText(linked ? "Change passphrase" : "Set PIN");
            pinHint.setText(chosen == null ? "" : pinHint(chosen));
        } finally {
            showing = false;
        }
    }

    private String pinHint(Profile chosen) {
        if (chosen.linkedToKeySlot()) {
            String state = chosen.name() + " unlocks this profile with their own passphrase, the same one that opens "
                    + "the mailbox for them on this desktop: one secret for both. Revoking their access in "
                    + "“Access on this desktop…” locks them out of the profile too.";
            return viewModel.canSetPinProperty().get() ? state
                    : state + " Only " + chosen.name() + " can change it, after switching to their profile.";
        }
        String state = switch (chosen.unlock()) {
            case OS_PASSWORD -> chosen.name() + " unlocks with the computer password of " + chosen.osUser()
                    + ", the OS account it was set up under; another account on this computer cannot unlock it "
                    + "that way.";
            case PIN -> chosen.name() + " has a PIN.";
            default -> chosen.name() + " has no PIN: anyone can switch to this profile with a click.";
        };
        return viewModel.canSetPinProperty().get() ? state
                : state + " Only " + chosen.name() + " can set it, after switching to their profile.";
    }

    @FXML
    private void add() {
        viewModel.add(newName.getText());
        newName.clear();
    }

    @FXML
    private void save() {
        viewModel.rename(name.getText(), initials.getText());
    }

    @FXML
    private void remove() {
        viewModel.remove();
    }

    @FXML
    private void setPin() {
        Profile chosen = viewModel.selectedProperty().get();
        if (chosen != null && chosen.linkedToKeySlot()) {
            viewModel.changePassphrase(currentSecret.getText().toCharArray(), pin.getText().toCharArray(),
                    pinRepeat.getText().toCharArray());
        } else {
            viewModel.setPin(pin.getText().toCharArray(), pinRepeat.getText().toCharArray());
        }
        currentSecret.clear();
        pin.clear();
        pinRepeat.clear();
    }

    @FXML
    private void useOsPassword() {
        viewModel.useComputerPassword(osPassword.getText().toCharArray());
        osPassword.clear();
    }

    @FXML
    private void clearPin() {
        viewModel.clearPin();
    }

    @FXML
    private void saveIdle() {
        idleMinutes.increment(0); // commits a typed value
        viewModel.saveIdleMinutes(idleMinutes.getValue());
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A row: chip, name, and whether it is the owner and which secret unlocks it. */
    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile profile, boolean empty) {
            super.updateItem(profile, empty);
            if (empty || profile == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String secret = switch (profile.unlock()) {
                case CLICK -> "";
                case PIN -> "PIN";
                case PASSPHRASE -> "passphrase";
                case OS_PASSWORD -> "computer password";
            };
            Label tags = new Label((profile.owner() ? "owner" : "") + (profile.owner() && !secret.isEmpty() ? " · " : "")
                    + secret);
            tags.getStyleClass().add("profile-tag");
            HBox row = new HBox(ProfileChip.of(profile, false), new Label(profile.name()), tags);
            row.getStyleClass().add("profile-row");
            setGraphic(row);
            setText(null);
        }
    }
}
