package com.relaydesk.ui.messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The line above the list while a mailbox just connected is still downloading its older mail: the
 * newest came first and the lists hold only mail from a day on, so counts that grow later and a
 * buyer missing from the list are explained, not a surprise. Empty when every message is shown.
 */
final class OlderMailNote {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ZoneId zone;

    OlderMailNote(ZoneId zone) {
        this.zone = zone;
    }

    /** What the cache says is shown: mail from {@code from} on, or everything. */
    void show(Optional<Instant> from) {
        text.set(from.map(t -> "Showing mail since " + DAY.withZone(zone).format(t)
                + ": older mail is not all here yet.").orElse(""));  // downloading, or stopped until the next sync
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
