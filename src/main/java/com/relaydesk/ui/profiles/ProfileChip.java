package com.relaydesk.ui.profiles;

import com.relaydesk.team.Profile;
import javafx.scene.control.Label;

/** A round chip with a profile's initials in its colour: the toolbar, the lock screen, the manage list. */
public final class ProfileChip {

    private ProfileChip() {
    }

    public static Label of(Profile profile, boolean large) {
        Label chip = new Label();
        chip.getStyleClass().add("profile-chip");
        if (large) {
            chip.getStyleClass().add("large");
        }
        show(chip, profile);
        return chip;
    }

    /** Shows another profile on an existing chip (the toolbar's, after a switch). */
    public static void show(Label chip, Profile profile) {
        chip.setText(profile == null ? "" : profile.initials());
        chip.setStyle(profile == null ? "" : "-fx-background-color: " + profile.colour() + ";");
        chip.setAccessibleText(profile == null ? "" : profile.name());
    }
}
