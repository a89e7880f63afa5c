package com.relaydesk.ui.reading;

import com.relaydesk.model.MessageSummary;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/** The message being read; empty until one is selected. */
public final class ReadingPaneViewModel {

    static final String EMPTY_TITLE = "No message selected";
    static final String EMPTY_HINT = "Pick a message in the list to read the whole conversation with that buyer, "
            + "grouped by order.";

    private final ObjectProperty<MessageSummary> message = new SimpleObjectProperty<>();
    private final BooleanBinding empty = message.isNull();
    private final StringBinding subject = Bindings.createStringBinding(
            () -> message.get() == null ? "" : message.get().subject(), message);

    /** Shows whatever is selected in the message list. */
    public void follow(ObservableValue<MessageSummary> selected) {
        message.bind(selected);
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }

    public StringBinding subjectProperty() {
        return subject;
    }

    public String emptyTitle() {
        return EMPTY_TITLE;
    }

    public String emptyHint() {
        return EMPTY_HINT;
    }
}
