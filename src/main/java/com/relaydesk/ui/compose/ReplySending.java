package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.ui.common.UiTasks;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Sending a reply: first asks the server whether someone answered the buyer meanwhile (a shared
 * mailbox) and lets the seller decide if so, then queues the reply in the outbox; all in the background.
 */
final class ReplySending {

    private final UiTasks tasks;
    private final ReplyForm form;
    private final Consumer<String> status;
    /** Send is enabled: asked again once the check is back, for the reply may have changed meanwhile. */
    private final BooleanSupplier allowed;
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private Consumer<String> confirmation = reason -> { };
    private Runnable onSent = () -> { };
    private ReplySender sender;

    ReplySending(UiTasks tasks, ReplyForm form, Consumer<String> status, BooleanSupplier allowed) {
        this.tasks = tasks;
        this.form = form;
        this.status = status;
        this.allowed = allowed;
    }

    void attach(ReplySender replySender) {
        this.sender = replySender;
    }

    /** The outbox to send to, or null when no mailbox is open. */
    ReplySender sender() {
        return sender;
    }

    void onSent(Runnable afterSent) {
        this.onSent = afterSent;
    }

    /** Asked when the buyer was answered meanwhile, with who answered and when. */
    void onAlreadyAnswered(Consumer<String> ask) {
        this.confirmation = ask;
    }

    void send() {
        if (!allowed.getAsBoolean() || sender == null) {
            if (sender == null) {
                status.accept("No mailbox is open to send from.");
            }
            return;
        }
        if (!form.answersAMessage()) {
            queue(false);
            return;
        }
        sending.set(true);
        status.accept("Checking that nobody answered meanwhile…");
        ReplySender target = sender;
        long answering = form.answering();
        tasks.run(() -> target.answeredElsewhere(answering), answered -> {
            sending.set(false);
            status.accept("");
            if (answered.isPresent()) {
                confirmation.accept(answered.get());
            } else {
                queue(false);
            }
        }, e -> {
            sending.set(false);
            queue(false); // offline: the outbox checks again just before submitting
        });
    }

    /** The seller saw the other answer and still sends: the outbox will not hold it for that answer either. */
    void sendAnyway() {
        queue(true);
    }

    private void queue(boolean overAnotherAnswer) {
        if (!allowed.getAsBoolean() || sender == null) {
            return;
        }
        ReplySender.Reply reply = form.reply(overAnotherAnswer);
        sending.set(true);
        status.accept("Sending…");
        ReplySender target = sender;
        tasks.run(() -> {
            target.send(reply);
            return reply;
        }, sent -> {
            sending.set(false);
            status.accept("Queued in the outbox; it goes out now.");
            onSent.run();
        }, e -> {
            sending.set(false);
            status.accept("Not sent: " + e.getMessage());
        });
    }

    ReadOnlyBooleanProperty sendingProperty() { return sending.getReadOnlyProperty(); }
}
