package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.lint.Part;
import com.relaydesk.lint.text.BuyerWords;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The reply as its fields hold it — buyer, subject, text, contact reason, new-message tick and
 * attachments — with the message and order it answers: what the linter checks, a draft keeps and
 * the outbox gets.
 */
final class ReplyForm {

    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<ContactReason> contactReason = new SimpleObjectProperty<>();
    private final BooleanProperty newMessage = new SimpleBooleanProperty();
    private final ObservableList<ContactReason> contactReasons = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private MessageDetail original;
    private Order order;
    private String orderId;
    private List<String> quotedBuyerText = List.of();
    /** What the editor started with: nothing, or the signature under two empty lines. Untouched, it is no reply yet. */
    private String startingBody = "";
    /** The subject the reply opened with; a changed one is something set, to be kept as a draft. */
    private String startingSubject = "";

    ReplyForm() {
        // A new message is not a reply: its untouched subject loses "Re: ", and gets it back when unticked.
        newMessage.addListener((obs, was, isNew) -> {
            String unreplied = startingSubject.replaceFirst("(?i)^re:\\s*", "");
            if (isNew && subject.get().equals(startingSubject)) {
                subject.set(unreplied);
            } else if (!isNew && subject.get().equals(unreplied)) {
                subject.set(startingSubject);
            }
        });
    }

    /** Runs {@code changed} after each change of what the linter reads. */
    void onChange(Runnable changed) {
        subject.addListener((obs, old, now) -> changed.run());
        body.addListener((obs, old, now) -> changed.run());
        contactReason.addListener((obs, old, now) -> changed.run());
        newMessage.addListener((obs, old, now) -> changed.run());
        attachments.addListener((ListChangeListener<Attachment>) change -> changed.run());
    }

    /** Starts over as a reply to {@code message}; the order (when known) decides the contact reasons (B7). */
    void answer(MessageDetail message, Optional<Order> knownOrder) {
        original = message;
        order = knownOrder.orElse(null);
        orderId = message.summary().orderId();
        quotedBuyerText = buyerWords(message);
        contactReasons.setAll(orderStatus() == null ? List.of(ContactReason.values())
                : ContactReason.offeredFor(orderStatus()));
        contactReason.set(null);
        newMessage.set(false);
        attachments.clear();
        to.set(message.buyerAlias() == null ? Optional.ofNullable(message.fromAddress()).orElse("") : message.buyerAlias());
        String originalSubject = message.summary().subject();
        subject.set(originalSubject.regionMatches(true, 0, "Re:", 0, 3) ? originalSubject : "Re: " + originalSubject);
        startingSubject = subject.get();
        startingBody = "";
        body.set("");
    }

    /**
     * What the buyer wrote, the only text a quote in the reply (or its subject after "Re:") may hold
     * without being checked (C11): the subject, and the plain text, else the words of an HTML-only message.
     */
    private static List<String> buyerWords(MessageDetail message) {
        return BuyerWords.ofMessage(message.summary().subject(), message.textBody(), message.htmlBody());
    }

    /** Signs a reply not begun yet, with room above; a begun one (typed, or a draft brought back) is left alone. */
    void startWithSignature(String signature) {
        if (signature == null || signature.isBlank()) {
            return;
        }
        boolean begun = !untouched();
        startingBody = "\n\n" + signature.strip();
        if (!begun) {
            body.set(startingBody);
        }
    }

    /** Nothing written yet: the text is empty or only the signature it started with. */
    boolean untouched() {
        return body.get().isEmpty() || body.get().equals(startingBody);
    }

    /** Nothing set at all — no text written, no attachment, reason, new-message tick or changed subject. */
    boolean nothingSet() {
        return untouched() && attachments.isEmpty() && contactReason.get() == null && !newMessage.get()
                && subject.get().equals(startingSubject);
    }

    /**
     * Chooses {@code reason} when this order offers it (B7); a reason it does not offer, or none,
     * leaves the choice as it was. Says whether it was chosen.
     */
    boolean chooseReason(ContactReason reason) {
        boolean offered = reason != null && contactReasons.contains(reason);
        if (offered) {
            contactReason.set(reason);
        }
        return offered;
    }

    /** What the person wrote: the text, or nothing while it is only the signature. */
    String writtenBody() {
        return untouched() ? "" : body.get();
    }

    MessageKind kind() {
        return newMessage.get() ? MessageKind.UNSOLICITED : MessageKind.REPLY;
    }

    /** A reply in the buyer's thread, so someone else may have answered it meanwhile; not a new message. */
    boolean answersAMessage() {
        return original != null && !newMessage.get();
    }

    /** The buyer message this answers, or 0 for a new message. */
    long answering() {
        return answersAMessage() ? original.id() : 0;
    }

    /** The order the reply is about, or null when unknown. */
    Order order() {
        return order;
    }

    /** What the message answered says (its order ID, the buyer's name), for templates when the order is not imported. */
    com.relaydesk.templates.MessageFacts messageFacts() {
        return original == null ? new com.relaydesk.templates.MessageFacts(orderId, null)
                : new com.relaydesk.templates.MessageFacts(orderId, original.summary().buyerName());
    }

    Draft draft() {
        return new Draft(subject.get(), body.get(), null, List.copyOf(attachments), kind(), contactReason.get(),
                orderStatus(), quotedBuyerText, false);
    }

    private OrderStatus orderStatus() {
        return order == null ? null : order.status();
    }

    /** The reply for the outbox, as the fields hold it now. */
    ReplySender.Reply reply(boolean overAnotherAnswer) {
        return new ReplySender.Reply(answering(), to.get(), subject.get(), body.get(), new ArrayList<>(attachments),
                orderId, contactReason.get(), overAnotherAnswer);
    }

    /** Applies a quick fix to the part it is for. */
    void apply(Fix fix) {
        Draft fixed = draft().apply(fix);
        if (fix.part() == Part.ATTACHMENT) {
            attachments.setAll(fixed.attachments());
        } else if (fix.part() == Part.SUBJECT) {
            subject.set(fixed.subject());
        } else {
            body.set(fixed.text());
        }
    }

    StringProperty to() { return to; }
    StringProperty subject() { return subject; }
    StringProperty body() { return body; }
    ObjectProperty<ContactReason> contactReason() { return contactReason; }
    BooleanProperty newMessage() { return newMessage; }
    ObservableList<ContactReason> contactReasons() { return contactReasons; }
    ObservableList<Attachment> attachments() { return attachments; }
}
