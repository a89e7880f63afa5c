package com.relaydesk.ui.profiles;

import com.relaydesk.team.DeskLock;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import com.relaydesk.ui.common.UiTasks;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * "Manage profiles…": add, rename, recolour, set or clear a PIN (or change the passphrase of a
 * profile linked to an assistant key slot), remove, and the idle time. What
 * may be done follows {@link Profiles}: the owner adds and removes, everyone edits their own
 * profile, the owner may take anyone's PIN off. Every change is written in the background.
 */
public final class ManageProfilesViewModel {

    private final DeskViewModel deskView;
    private final UiTasks tasks;
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    /** What is being done now that takes a while ("Setting PIN…": the key derivation is slow on purpose), else empty. */
    private final javafx.beans.property.ReadOnlyStringWrapper working = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final BooleanBinding busy = working.isNotEmpty();
    private final javafx.beans.property.BooleanProperty osPasswordOffered = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty osUser = new SimpleStringProperty("");
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty(Profiles.DEFAULT_IDLE_LOCK_MINUTES);
    private final BooleanBinding ownerActing;
    private final BooleanBinding canEdit;
    private final BooleanBinding canRemove;
    private final BooleanBinding canSetPin;
    private final BooleanBinding canClearPin;

    public ManageProfilesViewModel(DeskViewModel deskView, UiTasks tasks) {
        this.deskView = deskView;
        this.tasks = tasks;
        ObjectProperty<Profile> me = deskView.currentProperty();
        ownerActing = Bindings.createBooleanBinding(() -> me.get() != null && me.get().owner(), me);
        canEdit = Bindings.createBooleanBinding(() -> selected.get() != null && me.get() != null
                && (me.get().owner() || me.get().id() == selected.get().id()), selected, me);
        canRemove = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().owner()
                && me.get() != null && me.get().owner(), selected, me);
        canSetPin = Bindings.createBooleanBinding(() -> selected.get() != null && me.get() != null
                && me.get().id() == selected.get().id(), selected, me);
        canClearPin = Bindings.createBooleanBinding(() -> canEdit.get() && selected.get().needsSecret()
                && !selected.get().linkedToKeySlot(), canEdit, selected);
        // a linked profile has no PIN to clear: its passphrase is taken away by revoking the key slot
    }

    /** The dialog opens: select the person working now and read the idle time. */
    public void opened() {
        message.set("");
        selected.set(deskView.currentProperty().get());
        DeskLock desk = deskView.desk();
        if (desk != null) {
            tasks.run(() -> desk.profiles().idleLockMinutes(), idleMinutes::set, this::failed);
            osUser.set(desk.profiles().osPassword().currentUser());
            osPasswordOffered.set(desk.profiles().osPassword().available());
        }
    }

    public void add(String name) {
        change(profiles -> profiles.add(me(), name), added -> "Added " + added.name() + " (" + added.initials()
                + "). They can set their own PIN after switching to their profile.");
    }

    public void rename(String name, String initials) {
        Profile target = selected.get();
        change(profiles -> profiles.rename(me(), target.id(), name, initials), renamed -> "Saved " + renamed.name() + ".");
    }

    public void recolour(String hex) {
        Profile target = selected.get();
        change(profiles -> profiles.recolour(me(), target.id(), hex), recoloured -> "Colour saved.");
    }

    /** Sets the PIN of one's own profile; both entries must match. Clears both arrays. */
    public void setPin(char[] pin, char[] repeat) {
        Profile target = selected.get();
        boolean same = java.util.Arrays.equals(pin, repeat);
        java.util.Arrays.fill(repeat, '\0');
        if (!same) {
            java.util.Arrays.fill(pin, '\0');
            message.set("The two PINs differ. Type the same PIN twice.");
            return;
        }
        change(profiles -> {
            try {
                profiles.setPin(me(), target.id(), pin);
            } finally {
                java.util.Arrays.fill(pin, '\0');
            }
            return target;
        }, done -> "PIN set. Switching to " + target.name() + " now asks for it.", "Setting PIN…", "The PIN was not set");
    }

    /**
     * Changes the passphrase of one's own profile linked to a key slot: the same passphrase opens the
     * mailbox, so both change. Clears all three arrays.
     */
    public void changePassphrase(char[] current, char[] next, char[] repeat) {
        Profile target = selected.get();
        boolean same = java.util.Arrays.equals(next, repeat);
        java.util.Arrays.fill(repeat, '\0');
        if (!same) {
            java.util.Arrays.fill(current, '\0');
            java.util.Arrays.fill(next, '\0');
            message.set("The two new passphrases differ. Type the same one twice.");
            return;
        }
        change(profiles -> {
            try {
                profiles.changePassphrase(me(), target.id(), current, next);
            } finally {
                java.util.Arrays.fill(current, '\0');
                java.util.Arrays.fill(next, '\0');
            }
            return target;
        }, done -> "Passphrase changed. " + target.name() + " opens the mailbox and unlocks this profile with the "
                + "new one from now on.", "Changing the passphrase…", "The passphrase was not changed");
    }

    /**
     * One's own profile unlocks with the OS account's password from now on, once it is typed right
     * here. Clears the array.
     */
    public void useComputerPassword(char[] password) {
        Profile target = selected.get();
        change(profiles -> {
            try {
                profiles.useComputerPassword(me(), target.id(), password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            return target;
        }, done -> target.name() + " unlocks with the computer password of " + osUser.get() + " from now on.",
                "Checking the computer password…", ""); // its refusals say already what to type
    }

    public void clearPin() {
        Profile target = selected.get();
        change(profiles -> {
            profiles.clearPin(me(), target.id());
            return target;
        }, done -> target.name() + " unlocks with a click now.");
    }

    public void remove() {
        Profile target = selected.get();
        change(profiles -> {
            profiles.remove(me(), target.id());
            return target;
        }, done -> "Removed " + target.name() + " with their read state and drafts.");
    }

    public void saveIdleMinutes(int minutes) {
        change(profiles -> {
            profiles.setIdleLockMinutes(minutes);
            return profiles.lockKeepsSomeoneOut();
        }, locksNow -> minutes == 0 ? "This desktop never locks by itself."
                : "This desktop locks after " + minutes + " minute" + (minutes == 1 ? "" : "s") + " without input"
                + (locksNow ? "." : " once someone else has a profile here or you set a PIN (until then a lock "
                        + "would keep nobody out)."));
    }

    private interface Change<T> {
        T apply(Profiles profiles);
    }

    private <T> void change(Change<T> work, java.util.function.Function<T, String> said) {
        change(work, said, "", "");
    }

    /**
     * Runs a change in the background; a slow one ({@code doing} not empty) says so meanwhile and
     * keeps the secret buttons disabled, and a failure is said after {@code failedAs}.
     */
    private <T> void change(Change<T> work, java.util.function.Function<T, String> said, String doing, String failedAs) {
        DeskLock desk = deskView.desk();
        if (desk == null) {
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        Callable<T> call = () -> work.apply(desk.profiles());
        if (!doing.isEmpty()) {
            message.set("");
            working.set(doing);
        }
        tasks.run(call, result -> {
            working.set("");
            message.set(said.apply(result));
            deskView.reload();
            reselect(result instanceof Profile p && p.id() != (keep == null ? -1 : keep) ? p.id() : keep);
        }, e -> {
            working.set("");
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage();
            message.set(failedAs.isEmpty() ? reason : failedAs + ": " + reason
                    + (reason.endsWith(".") ? "" : ".") + " Nothing changed; try again.");
        });
    }

    private void reselect(Long id) {
        DeskLock desk = deskView.desk();
        if (desk == null) {
            return;
        }
        tasks.run(() -> id == null ? java.util.Optional.<Profile>empty() : desk.profiles().find(id),
                found -> selected.set(found.orElse(desk.current())), this::failed);
    }

    private void failed(Exception e) {
        message.set(e.getMessage());
    }

    private Profile me() {
        return deskView.desk().current();
    }

    public ObservableList<Profile> profiles() {
        return deskView.profiles();
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    /** Whether this computer can check OS passwords, so "Use my computer password" is offered. */
    public javafx.beans.property.ReadOnlyBooleanProperty osPasswordOfferedProperty() {
        return osPasswordOffered;
    }

    /** The OS account running RelayDesk, whose password a profile may choose. */
    public StringProperty osUserProperty() {
        return osUser;
    }

    /** "Setting PIN…" while a secret is being set, else empty. */
    public javafx.beans.property.ReadOnlyStringProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** A secret is being set: its fields and buttons wait. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public BooleanBinding ownerActingProperty() {
        return ownerActing;
    }

    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    public BooleanBinding canSetPinProperty() {
        return canSetPin;
    }

    public BooleanBinding canClearPinProperty() {
        return canClearPin;
    }
}
