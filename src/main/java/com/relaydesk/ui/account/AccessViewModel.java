package com.relaydesk.ui.account;

import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import com.relaydesk.ui.common.UiTasks;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Access on this desktop": where the mailbox credential is kept, who may unlock it, and the
 * owner's actions — add an assistant, revoke one, sign this desktop out. Every action needs the
 * owner's passphrase and runs off the UI thread (key derivation takes a moment). The password
 * itself is never read here.
 */
public final class AccessViewModel {

    private final DesktopCredentials credentials;
    private final UiTasks tasks;
    private final ReadOnlyStringWrapper storage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keyring = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> assistants = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty();
    private final StringProperty ownerPassphrase = new SimpleStringProperty("");
    private final StringProperty assistantName = new SimpleStringProperty("");
    private final StringProperty assistantPassphrase = new SimpleStringProperty("");

    private final java.util.function.Supplier<com.relaydesk.team.Profiles> profiles;

    public AccessViewModel(DesktopCredentials credentials, UiTasks tasks) {
        this(credentials, tasks, () -> null);
    }

    /**
     * @param profiles the profiles of the open mailbox (null when none is open): an assistant added
     *                 here gets a profile linked to their key slot, so their passphrase unlocks it
     */
    public AccessViewModel(DesktopCredentials credentials, UiTasks tasks,
            java.util.function.Supplier<com.relaydesk.team.Profiles> profiles) {
        this.credentials = credentials;
        this.tasks = tasks;
        this.profiles = profiles;
    }

    /** Reads the current state from disk (in the background). */
    public void load() {
        busy.set(true);
        tasks.run(credentials::status, this::show, e -> {
            busy.set(false);
            outcome.set("Could not read the saved access: " + e.getMessage());
        });
    }

    private void show(DesktopCredentials.Status status) {
        busy.set(false);
        keyring.set(status.keyring());
        saved.set(status.credentialSaved());
        connected.set(status.mailbox().isPresent());
        storage.set(status.keyring()
                ? "The mailbox password is kept in " + status.storage() + " of this computer's user account: whoever "
                + "logs in to that account can use the mailbox. On an account several assistants share, their "
                + "profile PINs are the protection; to take access away, sign this desktop out or change the "
                + "mailbox password."
                : "The mailbox password is kept in an encrypted file in the data folder. The owner's passphrase "
                + "opens it, and so does each assistant's own passphrase, added here; nobody sees the password. "
                + "An assistant's passphrase also unlocks their profile on the lock screen: one secret for both.");
        passwordStatus.set(status.mailbox().map(address -> address + ": password "
                + (status.credentialSaved() ? "saved — only the owner can change it" : "not saved on this desktop"))
                .orElse("No mailbox is connected on this desktop: connect one first (menu → Connect a mailbox…), "
                        + "then give assistants access here."));
        assistants.setAll(status.assistants());
    }

    /** Gives the assistant typed in their own passphrase; they type it at the owner's desk. */
    public void addAssistant() {
        String name = assistantName.get().strip();
        char[] owner = ownerPassphrase.get().toCharArray();
        char[] theirs = assistantPassphrase.get().toCharArray();
        act(() -> {
            credentials.addAssistant(owner, name, theirs);
            com.relaydesk.team.Profiles open = profiles.get();
            if (open == null) {
                return name + " can now open the mailbox on this desktop with their own passphrase.";
            }
            com.relaydesk.team.Profile profile = open.forKeySlot(name);
            return name + " can now open the mailbox on this desktop with their own passphrase; the same passphrase "
                    + "unlocks their profile (" + profile.name() + ", " + profile.initials() + ") on the lock screen.";
        });
    }

    /** Revokes the selected assistant: their passphrase opens nothing from now on. */
    public void revokeSelected() {
        String name = selected.get();
        char[] owner = ownerPassphrase.get().toCharArray();
        act(() -> {
            credentials.revoke(owner, name);
            return name + "'s access is revoked and the saved passwords are re-encrypted under a new key; their "
                    + "passphrase no longer unlocks their profile either. If " + name + " may have copied the password "
                    + "elsewhere, change the mailbox password too.";
        });
    }

    /** Deletes the saved credential here; {@code onSignedOut} reopens the window (the demo). */
    public void signOut(Runnable onSignedOut) {
        char[] owner = ownerPassphrase.get().toCharArray();
        busy.set(true);
        tasks.run(() -> {
            credentials.signOut(owner);
            return credentials.status();
        }, status -> {
            clearPassphrases();
            show(status);
            outcome.set("Signed out: the mailbox password is deleted from this desktop. The owner connects the "
                    + "mailbox again with “Connect a mailbox…”.");
            onSignedOut.run();
        }, this::failed);
    }

    private void act(Callable<String> action) {
        busy.set(true);
        tasks.run(() -> new Done(action.call(), credentials.status()), done -> {
            clearPassphrases();
            assistantName.set("");
            show(done.status());
            outcome.set(done.sentence());
        }, this::failed);
    }

    private record Done(String sentence, DesktopCredentials.Status status) { }

    private void failed(Exception e) {
        busy.set(false);
        outcome.set(e.getMessage());
    }

    private void clearPassphrases() {
        ownerPassphrase.set("");
        assistantPassphrase.set("");
    }

    public BooleanBinding canAdd() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !keyring.get() && saved.get()
                        && !ownerPassphrase.get().isEmpty() && !assistantName.get().isBlank()
                        && assistantPassphrase.get().length() >= EncryptedFileSecretStore.MIN_PASSPHRASE,
                busy, keyring, saved, ownerPassphrase, assistantName, assistantPassphrase);
    }

    public BooleanBinding canRevoke() {
        return Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null
                && !ownerPassphrase.get().isEmpty(), busy, selected, ownerPassphrase);
    }

    public BooleanBinding canSignOut() {
        return Bindings.createBooleanBinding(() -> !busy.get() && saved.get()
                && (keyring.get() || !ownerPassphrase.get().isEmpty()), busy, saved, keyring, ownerPassphrase);
    }

    public ReadOnlyStringProperty storageProperty() { return storage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty passwordStatusProperty() { return passwordStatus.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty keyringProperty() { return keyring.getReadOnlyProperty(); }
    /** False on the demo or before a mailbox is connected: there is no access to give yet. */
    public ReadOnlyBooleanProperty connectedProperty() { return connected.getReadOnlyProperty(); }
    public ObservableList<String> assistants() { return assistants; }
    public StringProperty selectedProperty() { return selected; }
    public StringProperty ownerPassphraseProperty() { return ownerPassphrase; }
    public StringProperty assistantNameProperty() { return assistantName; }
    public StringProperty assistantPassphraseProperty() { return assistantPassphrase; }
}
