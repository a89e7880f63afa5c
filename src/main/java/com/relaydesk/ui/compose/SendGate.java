package com.relaydesk.ui.compose;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Whether Send is enabled, and if not, why: said beside the button, so a disabled Send is never a riddle. */
final class SendGate {

    private final ReplyForm form;
    private final ReplyFindings findings;
    private final ReadOnlyBooleanProperty sending;
    private final ReadOnlyStringProperty adding;
    private final StringBinding reason;
    private final BooleanBinding disabled;

    SendGate(ReplyForm form, ReplyFindings findings, ReadOnlyBooleanProperty sending, ReadOnlyStringProperty adding) {
        this.form = form;
        this.findings = findings;
        this.sending = sending;
        this.adding = adding;
        // On findings too, not only on the body: a change of the body tells these bindings before the
        // linter has run (invalidation listeners go first), so a label showing the reason counted the
        // findings of the text before, e.g. "Fix the 3 blocking findings" after a fix left 2.
        Observable[] inputs = {findings.blockedProperty(), sending, form.to(), form.body(), findings.list(),
                adding};
        reason = Bindings.createStringBinding(this::whyDisabled, inputs);
        disabled = Bindings.createBooleanBinding(() -> !whyDisabled().isEmpty(), inputs);
    }

    private String whyDisabled() {
        if (sending.get()) {
            return "Sending…";
        }
        if (!adding.get().isEmpty()) {
            return "Send waits until the files being added are attached.";
        }
        if (findings.blockedProperty().get()) {
            long blocks = findings.blocking();
            return blocks == 1 ? "Fix the blocking finding first: the relay would refuse it or it breaks a policy."
                    : "Fix the " + blocks + " blocking findings first: the relay would refuse them or they break a policy.";
        }
        if (form.to().get().isBlank()) {
            return "There is no buyer to send to.";
        }
        if (form.body().get().isBlank() || form.untouched()) {
            return "Write a reply first.";
        }
        if (form.body().get().length() > ComposeViewModel.CHARACTER_LIMIT) {
            return "Replies may be at most " + ComposeViewModel.CHARACTER_LIMIT + " characters (E6).";
        }
        return "";
    }

    StringBinding reasonProperty() { return reason; }
    BooleanBinding disabledProperty() { return disabled; }
}
