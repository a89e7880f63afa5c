package com.relaydesk.ui.dashboard;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.rules.ResponseStats;
import com.relaydesk.ui.common.UiTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Response-time figures (E3) over the last 7 or 30 days, read from the cache in the background. */
public final class DashboardViewModel {

    private final UiTasks tasks;
    private final Clock clock;
    private final ZoneId zone;
    private final IntegerProperty days = new SimpleIntegerProperty(7);
    private final ReadOnlyStringWrapper average = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper share = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper received = new ReadOnlyStringWrapper("");
    private final ObservableList<ResponseStats.Day> byDay = FXCollections.observableArrayList();
    private final ObservableList<ResponseStats.Sample> overdue = FXCollections.observableArrayList();
    private MailboxQueries source;
    private java.util.function.Consumer<com.relaydesk.model.MessageSummary> opener = message -> { };

    public DashboardViewModel(UiTasks tasks, Clock clock, ZoneId zone) {
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
        days.addListener((obs, old, now) -> refresh());
    }

    public void attach(MailboxQueries queries) {
        this.source = queries;
    }

    /** Reads the samples of the window again; the dashboard calls it when it opens. */
    public void refresh() {
        if (source == null) {
            received.set("No mailbox is open yet.");
            return;
        }
        int window = days.get();
        Instant now = clock.instant();
        MailboxQueries queries = source;
        tasks.run(() -> ResponseStats.over(queries.responseSamples(now.minus(Duration.ofDays(window))), window, now, zone),
                this::show, e -> received.set("Could not read response times: " + e.getMessage()));
    }

    private void show(ResponseStats.Summary summary) {
        average.set(summary.averageFirstResponseHours().isPresent()
                ? hours(summary.averageFirstResponseHours().getAsDouble()) : "—");
        share.set(summary.shareWithin24h().isPresent()
                ? String.format(Locale.ROOT, "%.0f %%", summary.shareWithin24h().getAsDouble() * 100) : "—");
        received.set(summary.received() + " buyer messages, " + summary.answered() + " answered, "
                + summary.overdue().size() + " over 24 hours");
        byDay.setAll(summary.byDay());
        overdue.setAll(summary.overdue());
    }

    static String hours(double hours) {
        long minutes = Math.round(hours * 60);
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    /** Where a message picked in the overdue list opens (the main window selects it). */
    public void setOpener(java.util.function.Consumer<com.relaydesk.model.MessageSummary> opener) {
        this.opener = opener;
    }

    /** Opens an overdue buyer message so it can be answered at once (its row is read from the cache first). */
    public void open(ResponseStats.Sample sample) {
        MailboxQueries queries = source;
        if (sample == null || queries == null) {
            return;
        }
        tasks.run(() -> queries.summary(sample.messageId()), found -> found.ifPresentOrElse(
                opener,
                () -> received.set("That message is no longer in the mailbox.")),
                e -> received.set("The message could not be read: " + e.getMessage()));
    }

    /** Label for one overdue message: how long it waited and its subject. */
    public String overdueLabel(ResponseStats.Sample sample) {
        Duration waited = Duration.between(sample.received(), sample.firstReply() == null ? clock.instant()
                : sample.firstReply());
        String state = sample.firstReply() == null ? "still open after " : "answered after ";
        String who = sample.buyer() == null || sample.buyer().isBlank() ? "" : sample.buyer() + ": ";
        return state + hours(waited.toMinutes() / 60.0) + " — " + who + sample.subject();
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ReadOnlyStringProperty averageProperty() {
        return average.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shareProperty() {
        return share.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ObservableList<ResponseStats.Day> byDay() {
        return byDay;
    }

    public ObservableList<ResponseStats.Sample> overdue() {
        return overdue;
    }

    List<Integer> windows() {
        return List.of(7, 30);
    }
}
