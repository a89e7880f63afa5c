package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplySignature;
import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Linter;
import com.relaydesk.rules.Severity;
import com.relaydesk.ui.common.UiTasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Your signature…": the sign-off put under every reply the person starts. It is checked by the
 * same linter as a reply, since it goes out in every one of them: a phone number or a shop link
 * in a signature (C5, C6) would earn a policy warning on every message, so it is not saved.
 */
public final class SignatureViewModel {

    private final ReplySignature signature;
    private final Linter linter;
    private final UiTasks tasks;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SignatureViewModel(ReplySignature signature, Linter linter, UiTasks tasks) {
        this.signature = signature;
        this.linter = linter;
        this.tasks = tasks;
        text.addListener((obs, old, now) -> lint());
    }

    /** Reads the signature of the person working now into the editor. */
    public void load() {
        tasks.run(signature::text, text::set, e -> message.set("The signature could not be read: " + e.getMessage()));
    }

    /** Saves it for the next replies (a blank one removes it) and runs {@code onSaved}; not while a finding blocks. */
    public void save(Runnable onSaved) {
        if (blocked.get()) {
            Finding first = findings.stream().filter(f -> f.severity() == Severity.BLOCK).findFirst().orElseThrow();
            message.set("Not saved: " + first.ruleId() + ": it would go out in every reply.");
            return;
        }
        String chosen = text.get().strip();
        tasks.run(() -> {
            signature.save(chosen);
            return chosen;
        }, saved -> {
            message.set(saved.isEmpty() ? "No signature: replies start empty." : "Saved: your next replies start with it.");
            onSaved.run();
        }, e -> message.set("The signature could not be saved: " + e.getMessage() + ". Nothing changed."));
    }

    private void lint() {
        findings.setAll(linter.lint(Draft.reply("", text.get())).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList());
        blocked.set(findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK));
        message.set("");
    }

    public StringProperty textProperty() { return text; }
    public ObservableList<Finding> findings() { return findings; }
    public ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
