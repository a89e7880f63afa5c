package com.relaydesk.ui.account;

import com.relaydesk.account.CertificateAdvice;
import com.relaydesk.account.CertificateProblem;
import com.relaydesk.ui.common.UiTasks;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The refused certificate in "Connect a mailbox": what it is, its fingerprint to compare with the
 * one the server's owner gives, and "Trust this certificate". Trusting is offered for a
 * certificate nobody vouches for and for one that changed; one already trusted but made out to
 * other names is only explained, as trusting it again would not help.
 */
public final class CertificateTrustViewModel {

    private final UiTasks tasks;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper trustOffered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper names = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private CertificateProblem problem;

    public CertificateTrustViewModel(UiTasks tasks) {
        this.tasks = tasks;
    }

    /** Shows {@code refused}; null hides the panel (the check passed or failed elsewhere). */
    void show(CertificateProblem refused) {
        problem = refused;
        if (refused == null) {
            shown.set(false);
            trustOffered.set(false);
            return;
        }
        heading.set(switch (refused.kind()) {
            case UNTRUSTED -> "The server's certificate is not trusted";
            case CHANGED -> "The server's certificate has changed since you trusted it";
            case NOT_FOR_THIS_HOST -> "The trusted certificate is for another server name";
        });
        subject.set(refused.subject());
        names.set(refused.names().isEmpty() ? "(no names)" : String.join(", ", refused.names()));
        validity.set(CertificateAdvice.validity(refused));
        fingerprint.set(refused.fingerprint());
        trustOffered.set(refused.kind() != CertificateProblem.Kind.NOT_FOR_THIS_HOST);
        advice.set(refused.kind() == CertificateProblem.Kind.NOT_FOR_THIS_HOST ? ""
                : "Compare this SHA-256 fingerprint with the one the server's owner or your trainer gives you, character"
                + " by character. Trust the certificate only if they match; if they differ, do not connect.");
        warning.set(refused.namesHost() ? "" : CertificateAdvice.notForThisHost(refused));
        shown.set(true); // last: the panel appears with everything in it
    }

    /**
     * Trusts the shown certificate: {@code store} keeps it for its server (in the background, it
     * writes a file), then {@code onTrusted} gets its result on the UI thread — the caller checks
     * again with it.
     */
    <T> void trust(Function<CertificateProblem, Callable<T>> store, Consumer<T> onTrusted, Consumer<String> onFailed) {
        if (problem == null || !trustOffered.get()) {
            return;
        }
        CertificateProblem refused = problem;
        busy.set(true);
        tasks.run(store.apply(refused), stored -> {
            busy.set(false);
            show(null);
            onTrusted.accept(stored);
        }, e -> {
            busy.set(false);
            onFailed.accept("The certificate could not be kept: " + e.getMessage());
        });
    }

    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty trustOfferedProperty() { return trustOffered.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subjectProperty() { return subject.getReadOnlyProperty(); }
    public ReadOnlyStringProperty namesProperty() { return names.getReadOnlyProperty(); }
    public ReadOnlyStringProperty validityProperty() { return validity.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fingerprintProperty() { return fingerprint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty adviceProperty() { return advice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
}
