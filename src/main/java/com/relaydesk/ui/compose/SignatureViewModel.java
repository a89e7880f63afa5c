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
    /** Whose replies the signature is for: {@link ReplySignature#ANY_LANGUAGE} (the general one) or a language. */
    private final StringProperty language = new SimpleStringProperty(ReplySignature.ANY_LANGUAGE);
    private final ObservableList<String> languages = FXCollections.observableArrayList();

    public SignatureViewModel(ReplySignature signature, Linter linter, UiTasks tasks) {
        this.signature = signature;
        this.linter = linter;
        this.tasks = tasks;
        text.addListener((obs, old, now) -> lint());
        languages.add(ReplySignature.ANY_LANGUAGE);
        languages.addAll(com.relaydesk.rules.BuyerLanguage.all());
        language.addListener((obs, old, now) -> load());
    }

    /** Reads the signature of the person working now, for the language chosen, into the editor. */
    public void load() {
        String chosen = language.get();
        tasks.run(() -> signature.text(chosen), text::set,
                e -> message.set("The signature could not be read: " + e.getMessage()));
    }

    /** "Replies in any language" for the general signature, "Replies in Spanish" for one language's. */
    public static String languageLabel(String tag) {
        return tag == null || tag.isEmpty() ? "Replies in any language"
                : "Replies in " + com.relaydesk.rules.BuyerLanguage.displayName(tag);
    }

    /** What an empty text means for the language chosen: the prompt the editor shows. */
    public String emptyMeaning() {
        return language.get().isEmpty() ? "Kind regards, Anna · Walnut & Wick"  // a prompt is one line
                : "Empty: replies in " + com.relaydesk.rules.BuyerLanguage.displayName(language.get())
                        + " get your signature for any language.";
    }

    /** Saves it for the next replies (a blank one removes it) and runs {@code onSaved}; not while a finding blocks. */
    public void save(Runnable onSaved) {
        if (blocked.get()) {
            Finding first = findings.stream().filter(f -> f.severity() == Severity.BLOCK).findFirst().orElseThrow();
            message.set("Not saved: " + first.ruleId() + ": it would go out in every reply.");
            return;
        }
        String chosen = text.get().strip();
        String forLanguage = language.get();
        tasks.run(() -> {
            signature.save(forLanguage, chosen);
            return chosen;
        }, saved -> {
            message.set(savedMessage(forLanguage, saved.isEmpty()));
            onSaved.run();
        }, e -> message.set("The signature could not be saved: " + e.getMessage() + ". Nothing changed."));
    }

    private static String savedMessage(String language, boolean removed) {
        if (language.isEmpty()) {
            return removed ? "No signature: replies start empty." : "Saved: your next replies start with it.";
        }
        String name = com.relaydesk.rules.BuyerLanguage.displayName(language);
        return removed ? "Replies in " + name + " get your signature for any language."
                : "Saved: your next replies in " + name + " start with it.";
    }

    private void lint() {
        findings.setAll(linter.lint(Draft.reply("", text.get())).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList());
        blocked.set(findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK));
        message.set("");
    }

    public StringProperty textProperty() { return text; }
    public StringProperty languageProperty() { return language; }
    public ObservableList<String> languages() { return languages; }
    public ObservableList<Finding> findings() { return findings; }
    public ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
