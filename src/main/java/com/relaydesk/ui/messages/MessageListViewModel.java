package com.relaydesk.ui.messages;

import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.ResponseClock;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The messages of the selected view, and what to say when there are none. */
public final class MessageListViewModel {

    private final ObjectProperty<MailboxView> view = new SimpleObjectProperty<>(MailboxView.defaultView());
    private final ObservableList<MessageSummary> messages = FXCollections.observableArrayList();
    private final ObjectProperty<MessageSummary> selectedMessage = new SimpleObjectProperty<>();
    private final StringBinding title = Bindings.createStringBinding(() -> view.get().title(), view);
    private final StringBinding emptyTitle = Bindings.createStringBinding(() -> emptyTitleFor(view.get()), view);
    private final StringBinding emptyHint = Bindings.createStringBinding(() -> emptyHintFor(view.get()), view);

    private final Clock clock;
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();

    public MessageListViewModel(Clock clock) {
        this.clock = clock;
        now.set(clock.instant());
    }

    /** Moves the response clocks on; the view calls it on a timer. */
    public void tick() {
        now.set(clock.instant());
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now;
    }

    /** The 24-hour clock (E3) of a message, shown only where an answer is still due. */
    public Optional<ResponseClock.Reading> clockFor(MessageSummary message) {
        return view.get() == MailboxView.RESPONSE_NEEDED
                ? Optional.of(ResponseClock.read(message.time(), now.get()))
                : Optional.empty();
    }

    /** Follows the view selected elsewhere (the navigation list). */
    public void followView(ObservableValue<MailboxView> selected) {
        view.bind(selected);
    }

    public ReadOnlyObjectProperty<MailboxView> viewProperty() {
        return view;
    }

    public ObservableList<MessageSummary> messages() {
        return messages;
    }

    public ObjectProperty<MessageSummary> selectedMessageProperty() {
        return selectedMessage;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding emptyTitleProperty() {
        return emptyTitle;
    }

    public StringBinding emptyHintProperty() {
        return emptyHint;
    }

    static String emptyTitleFor(MailboxView view) {
        return switch (view) {
            case RESPONSE_NEEDED -> "Nothing needs an answer";
            case SENT -> "No replies sent yet";
            case ALL -> "The mailbox is empty";
        };
    }

    static String emptyHintFor(MailboxView view) {
        return switch (view) {
            case RESPONSE_NEEDED -> "Buyer messages that still need a reply appear here, newest first, with the time "
                    + "left to answer within 24 hours. Connect your mailbox, or try the offline demo, to fill it.";
            case SENT -> "Your replies to buyers appear here with their delivery status: delivered, bounced or "
                    + "rejected by the relay.";
            case ALL -> "Every message of the mailbox appears here: buyer messages, your replies and the relay's "
                    + "notices. Connect your mailbox, or try the offline demo, to fill it.";
        };
    }
}
