package com.relaydesk.ui.messages;

import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.ThanksOnly;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The listed buyer messages that only say thanks ({@link ThanksOnly}) while Response Needed is
 * shown: the mark on their rows, and the link that picks them all for one No Response Needed.
 */
final class ThankYouNotes {

    private final ObservableList<MessageSummary> listed;
    private final ObservableValue<MailboxView> view;
    private final StringBinding pickLabel;

    ThankYouNotes(ObservableList<MessageSummary> listed, ObservableValue<MailboxView> view) {
        this.listed = listed;
        this.view = view;
        this.pickLabel = Bindings.createStringBinding(() -> {
            int notes = all().size();
            return notes < 2 ? "" : "Pick all " + notes + " that only say thanks";
        }, listed, view);
    }

    /** A message still needing an answer whose words only thank: the row says so. */
    boolean is(MessageSummary message) {
        return view.getValue() == MailboxView.RESPONSE_NEEDED && !message.sentBySeller()
                && ThanksOnly.is(message);
    }

    /** The listed ones, in list order. */
    List<MessageSummary> all() {
        return listed.stream().filter(this::is).toList();
    }

    /** "Pick all 4 that only say thanks" while two or more are listed; empty otherwise. */
    StringBinding pickLabel() {
        return pickLabel;
    }
}
