package com.relaydesk.ui.account;

import com.relaydesk.account.AccountSignOut;
import com.relaydesk.account.ConnectedAccount;
import com.relaydesk.ui.common.UiTasks;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Sign out…": says what signing out will do for the connected mailbox (withdraw the grant at
 * Google; Microsoft offers no way, so where to remove it by hand), then does it and tells how it
 * went. The app then shows the offline demo.
 */
public final class SignOutViewModel {

    private final ConnectedAccount account;
    private final UiTasks tasks;
    private final Runnable onSignedOut;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    /** @param onSignedOut reopens the mailbox, which is now the offline demo (on the UI thread) */
    public SignOutViewModel(ConnectedAccount account, UiTasks tasks, Runnable onSignedOut) {
        this.account = account;
        this.tasks = tasks;
        this.onSignedOut = onSignedOut;
    }

    /** Reads which mailbox is connected; {@code then} runs on the UI thread once the confirmation is known. */
    public void refresh(Runnable then) {
        tasks.run(account::describe, description -> {
            available.set(description.isPresent());
            confirmation.set(confirmationFor(description));
            then.run();
        }, e -> {
            available.set(false);
            confirmation.set("RelayDesk could not read which mailbox is connected: " + e.getMessage());
            then.run();
        });
    }

    static String confirmationFor(Optional<ConnectedAccount.Description> connected) {
        if (connected.isEmpty()) {
            return "No mailbox is connected: RelayDesk is showing the offline demo.";
        }
        ConnectedAccount.Description d = connected.get();
        String after = " Messages already downloaded stay on this computer. RelayDesk then shows the offline demo "
                + "until you connect a mailbox again.";
        if (d.provider().isEmpty()) {
            return "Sign out of " + d.address() + "? RelayDesk deletes the saved password from this computer." + after;
        }
        String name = d.provider().get();
        String provider = d.revokes() ? " and asks " + name + " to withdraw RelayDesk's access."
                : ". " + name + " offers apps no way to withdraw access: remove RelayDesk yourself at " + d.managePage()
                        + ".";
        return "Sign out of " + d.address() + "? RelayDesk deletes the " + name + " sign-in from this computer"
                + provider + after;
    }

    /** Signs out in the background; {@code done} gets the outcome on the UI thread (after the app reopened). */
    public void signOut(Consumer<AccountSignOut.Outcome> done) {
        busy.set(true);
        outcome.set("Signing out…");
        tasks.run(account::signOut, result -> {
            busy.set(false);
            outcome.set(result.sentence());
            available.set(false);
            if (result.signedOut()) {
                onSignedOut.run();
            }
            done.accept(result);
        }, e -> {
            busy.set(false);
            outcome.set("Not signed out: " + e.getMessage());
            done.accept(new AccountSignOut.Outcome(false, Optional.empty(), outcome.get()));
        });
    }

    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty confirmationProperty() { return confirmation.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
}
