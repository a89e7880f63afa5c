package com.relaydesk.ui.account;

import com.relaydesk.account.ConnectedAccount;
import com.relaydesk.oauth.BrowserOpener;
import com.relaydesk.ui.common.UiTasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "Sign in again" banner: appears when the provider withdrew the mailbox's sign-in (revoked,
 * expired, wrong scope, or refused twice by the mail server). RelayDesk never retries by itself
 * — providers lock out clients that keep failing — so this button is the only way back.
 */
public final class SignInAgainViewModel {

    private final ConnectedAccount account;
    private final UiTasks tasks;
    private final BrowserOpener browser;
    private final Runnable onSignedIn;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper buttonLabel = new ReadOnlyStringWrapper("Sign in again");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private UiTasks.Running signingIn; // the browser sign-in being waited for, if any

    /**
     * @param browser    opens the provider's page; null for the system browser
     * @param onSignedIn reopens the mailbox with the new sign-in (on the UI thread)
     */
    public SignInAgainViewModel(ConnectedAccount account, UiTasks tasks, BrowserOpener browser, Runnable onSignedIn) {
        this.account = account;
        this.tasks = tasks;
        // The address is shown too, for a desktop where no browser opens.
        this.browser = browser != null ? browser : new ShownSignInPage(tasks, address);
        this.onSignedIn = onSignedIn;
    }

    /** From any thread: only a new sign-in helps; {@code reason} is the sentence to show. */
    public void signInRequired(String reason) {
        tasks.run(account::describe, description -> {
            if (description.isEmpty()) {
                return; // signed out meanwhile: a late word from the closed mailbox
            }
            description.flatMap(ConnectedAccount.Description::provider)
                    .ifPresent(name -> buttonLabel.set("Sign in with " + name + " again"));
            message.set(reason);
            busy.set(false);
            visible.set(true);
        }, e -> {
            message.set(reason);
            visible.set(true);
        });
    }

    /** The button: the browser sign-in for the connected mailbox, then the mailbox reopens. */
    public void signIn() {
        busy.set(true);
        message.set("Waiting for you to sign in in the browser…");
        signingIn = tasks.start(() -> account.signInAgain(browser), signedIn -> {
            signingIn = null;
            busy.set(false);
            visible.set(false);
            message.set("");
            address.set("");
            onSignedIn.run();
        }, e -> {
            signingIn = null;
            busy.set(false);
            address.set("");
            message.set("Not signed in: " + e.getMessage());
        });
    }

    /**
     * "Later": hides the banner; the status bar keeps saying why nothing syncs. A browser sign-in
     * still waiting stops, so a tab finished later does not reopen the mailbox unasked.
     */
    public void dismiss() {
        if (signingIn != null) {
            signingIn.cancel();
            signingIn = null;
            busy.set(false);
            address.set("");
            message.set("");
        }
        visible.set(false);
    }

    public ReadOnlyBooleanProperty visibleProperty() { return visible.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty buttonLabelProperty() { return buttonLabel.getReadOnlyProperty(); }
    /** The sign-in page's address while the browser sign-in runs, to copy where no browser opened. */
    public ReadOnlyStringProperty addressProperty() { return address.getReadOnlyProperty(); }
}
