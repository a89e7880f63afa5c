package com.relaydesk.ui.mailbox;

import com.relaydesk.model.MailboxView;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The list of mailbox views, which one is selected, and the count shown beside each. */
public final class MailboxNavigationViewModel {

    private final ObservableList<MailboxView> views =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(MailboxView.values()));
    private final ObjectProperty<MailboxView> selectedView = new SimpleObjectProperty<>(MailboxView.defaultView());
    private final Map<MailboxView, IntegerProperty> counts = new EnumMap<>(MailboxView.class);

    public MailboxNavigationViewModel() {
        for (MailboxView view : MailboxView.values()) {
            counts.put(view, new SimpleIntegerProperty(0));
        }
    }

    public ObservableList<MailboxView> views() {
        return views;
    }

    public ObjectProperty<MailboxView> selectedViewProperty() {
        return selectedView;
    }

    /** Selects a view; a null selection (the list cleared) falls back to the default view. */
    public void select(MailboxView view) {
        selectedView.set(view == null ? MailboxView.defaultView() : view);
    }

    /**
     * The key that shows a view from anywhere in the main window, in the order listed: 1, 2 and 3
     * for the three views of E1, 4 and 5 for the filters below them (No Response Needed, Reported),
     * where a seller checks what was filed away.
     */
    public static Optional<String> key(MailboxView view) {
        return Optional.of(String.valueOf(view.ordinal() + 1));
    }

    public ReadOnlyIntegerProperty countProperty(MailboxView view) {
        return counts.get(view);
    }

    /** Updated by the mailbox service once messages are cached. */
    public void setCount(MailboxView view, int count) {
        counts.get(view).set(count);
    }
}
