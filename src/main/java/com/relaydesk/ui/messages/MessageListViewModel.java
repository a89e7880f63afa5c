package com.relaydesk.ui.messages;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.ResponseClock;
import com.relaydesk.ui.common.SyncProgressText;
import com.relaydesk.ui.common.UiTasks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
    /** The message opened from elsewhere that stays selected while the first page does not list it; 0 for none. */
    private long selectedUnlisted;
    /**
     * Rows picked together (Ctrl- or Shift-click, Shift+arrows, Ctrl+A): No Response Needed and Report
     * act on all of them. The selected message is the one being read, one of them.
     */
    private final ObservableList<MessageSummary> picked = FXCollections.observableArrayList();
    private final ObjectProperty<ListOrder> order = new SimpleObjectProperty<>(ListOrder.NEWEST_FIRST);
    /** Messages someone else on the team is answering now (message → initials), read with every reload. */
    private final ObjectProperty<java.util.Map<Long, String>> claims = new SimpleObjectProperty<>(java.util.Map.of());
    private java.util.concurrent.Callable<java.util.Map<Long, String>> claimsSource = java.util.Map::of;
    private final ThankYouNotes thankYouNotes = new ThankYouNotes(messages, view);
    private final StringProperty searchText = new SimpleStringProperty("");
    /** What a running sync has stored so far ("INBOX: 6,000 of 8,051 messages so far"); empty when none runs. */
    private final StringProperty syncing = new SimpleStringProperty("");
    private final StringBinding title = Bindings.createStringBinding(() -> view.get().title()
            + (picked.size() > 1 ? " · " + picked.size() + " selected" : ""), view, picked);
    /** A mailbox (or the demo) is open: an empty list then no longer asks to connect one. */
    private final javafx.beans.property.BooleanProperty attached = new javafx.beans.property.SimpleBooleanProperty();
    /** A mailbox is being opened (its passphrase asked for, the demo starting): not yet a list to fill. */
    private final javafx.beans.property.BooleanProperty opening = new javafx.beans.property.SimpleBooleanProperty();
    /**
     * The open mailbox has never been read from its server (a refused login, no connection): its
     * empty lists say so, not "every buyer message has its answer".
     */
    private final javafx.beans.property.BooleanProperty neverSynced = new javafx.beans.property.SimpleBooleanProperty();
    // An empty list while the first sync downloads (or the mailbox opens) says so, not "connect your mailbox to fill it".
    private final StringBinding emptyTitle = Bindings.createStringBinding(() -> !searchText.get().isBlank()
            ? "No matches in " + view.get().title() : !syncing.get().isEmpty() ? "Syncing the mailbox…"
            : opening.get() && !attached.get() ? "Opening the mailbox…"
            : attached.get() && neverSynced.get() ? "Not synced yet" : emptyTitleFor(view.get()),
            view, searchText, syncing, opening, attached, neverSynced);
    private final StringBinding emptyHint = Bindings.createStringBinding(() -> !searchText.get().isBlank()
            ? searchHintFor(view.get()) : !syncing.get().isEmpty()
            ? syncing.get() + ". The list fills when this sync is done."
            : opening.get() && !attached.get() ? "Its messages appear here once it is open."
            : attached.get() && neverSynced.get() ? "RelayDesk has not read this mailbox from its server yet: the "
                    + "status bar says why. Its messages appear here after the first sync; F5 tries again."
            : emptyHintFor(view.get(), attached.get()),
            view, searchText, syncing, attached, opening, neverSynced);

    /** Rows per page: enough to fill a tall window twice, small enough to read in a few ms. */
    static final int PAGE_SIZE = 200;

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

    private final Clock clock;
    private final OlderMailNote olderMail;
    private final UiTasks tasks;
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private MailboxQueries source;
    private boolean lastPageReached;
    /**
     * The rows are being replaced: the list control drops or moves its selection meanwhile, and the
     * view must not pass that on — the reading pane would blank and read the message again on every
     * sync. The selection is set from the new rows right after ({@link #rowsReplacedProperty()}).
     */
    private boolean replacing;
    private final javafx.beans.property.ReadOnlyIntegerWrapper rowsReplaced = new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** Bumped on every reload so a slow answer for an old view or search never lands in the list. */
    private long generation;
    /** A view was chosen and its rows are not listed yet: keys typed meanwhile wait for them. */
    private boolean viewBeingRead;
    private final java.util.ArrayDeque<Runnable> waitingForView = new java.util.ArrayDeque<>();
    /** True while the order is set from what the person chose before: that is not a new choice to save. */
    private boolean restoringOrder;

    public MessageListViewModel(Clock clock) {
        this(clock, UiTasks.sameThread());
    }

    public MessageListViewModel(Clock clock, UiTasks tasks) {
        this.clock = clock;
        this.olderMail = new OlderMailNote(ZoneId.systemDefault());  // the rows' dates are the seller's too
        this.tasks = tasks;
        now.set(clock.instant());
        view.addListener((obs, old, current) -> {
            viewBeingRead = source != null;
            reload();
        });
        selectedMessage.addListener((obs, old, now) -> {
            if (now == null || now.id() != selectedUnlisted) {
                selectedUnlisted = 0;
            }
        });
        // A keystroke in the search changes the rows, not who is answering what: no claims read (a write) per key.
        searchText.addListener((obs, old, current) -> readRows());
        order.addListener((obs, old, current) -> {
            reload();
            if (!restoringOrder && source != null) {
                MailboxQueries chosenIn = source;
                tasks.run(() -> {
                    chosenIn.chooseOrder(current);
                    return null;
                }, saved -> { }, e -> error.set("Could not save the list order: " + e.getMessage()));
            }
        });
    }

    /** Shows the messages of this mailbox from now on (the account is ready), in the order this person chose. */
    public void attach(MailboxQueries queries) {
        this.source = queries;
        attached.set(queries != null);
        opening.set(false);
        neverSynced.set(false);
        readWhetherSynced();
        restoreOrder();
    }

    /** A mailbox is being opened (or no longer, when it could not be): the empty list says so. */
    public void opening(boolean underway) {
        opening.set(underway);
    }

    /** Puts the list in the order the person at work chose last (after a profile switch too), then reads it. */
    public void restoreOrder() {
        MailboxQueries from = source;
        if (from == null) {
            return;
        }
        tasks.run(from::chosenOrder, chosen -> {
            if (from != source) {
                return; // another mailbox was attached meanwhile
            }
            if (chosen == order.get()) {
                reload();
                return;
            }
            restoringOrder = true;
            try {
                order.set(chosen); // reloads
            } finally {
                restoringOrder = false;
            }
        }, e -> reload());
    }

    /** Where to read who else is answering what (a team's claims, issue 7); read in the background at each reload. */
    public void followClaims(java.util.concurrent.Callable<java.util.Map<Long, String>> source) {
        this.claimsSource = source;
    }

    /** The initials of whoever else is answering this message now, if anyone. */
    public Optional<String> claimedBy(MessageSummary message) {
        return Optional.ofNullable(claims.get().get(message.id()));
    }

    /** Changes once per reload that finds other claims than before (the rows show them). */
    public ReadOnlyObjectProperty<java.util.Map<Long, String>> claimsProperty() {
        return claims;
    }

    private void readClaims() {
        java.util.concurrent.Callable<java.util.Map<Long, String>> from = claimsSource;
        tasks.run(from, now -> {
            if (!now.equals(claims.get())) {
                claims.set(java.util.Map.copyOf(now));
            }
        }, e -> { }); // the reading pane and the editor still say who is answering
    }

    /** Messages to pick when the list is next read ({@link #pickWhenListed}). */
    private java.util.Set<Long> pickWhenListed = java.util.Set.of();

    /** Reads the first page again, keeping the selected message selected when it is still there, and the claims. */
    public void reload() {
        readClaims();
        readRows();
        if (source != null) {
            MailboxQueries from = source;
            tasks.run(from::shownFrom, olderMail::show, e -> { });  // the rows say what went wrong, if anything
        }
    }

    /** "Showing mail since May 20, 2024: older mail is not all here yet." during a first sync; else empty. */
    public javafx.beans.property.ReadOnlyStringProperty olderMailProperty() {
        return olderMail.textProperty();
    }

    /** The first page of the view (or the search results) in the background. */
    private void readRows() {
        if (source == null) {
            return;
        }
        long ticket = ++generation;
        MailboxView current = view.get();
        ListOrder sorted = order.get();
        String query = searchText.get().strip();
        loading.set(true);
        tasks.run(() -> query.isEmpty() ? source.page(current, sorted, null, PAGE_SIZE) : source.search(current, query, PAGE_SIZE),
                rows -> {
                    if (ticket == generation) {
                        replaceRows(rows, query.isEmpty());
                    }
                }, this::failed);
    }

    /** Appends the next page; the list calls it when the user scrolls near the end. */
    public void loadMore() {
        if (source == null || lastPageReached || loading.get() || messages.isEmpty() || !searchText.get().isBlank()) {
            return;
        }
        long ticket = generation;
        MailboxView current = view.get();
        ListOrder sorted = order.get();
        MessageSummary last = messages.get(messages.size() - 1);
        loading.set(true);
        tasks.run(() -> source.page(current, sorted, last, PAGE_SIZE), rows -> {
            if (ticket == generation) {
                loading.set(false);
                lastPageReached = rows.size() < PAGE_SIZE;
                messages.addAll(rows);
            }
        }, this::failed);
    }

    private void replaceRows(List<MessageSummary> rows, boolean paged) {
        loading.set(false);
        error.set("");
        lastPageReached = !paged || rows.size() < PAGE_SIZE;
        MessageSummary selected = selectedMessage.get();
        // New mail reads the list again while the seller picks rows: the rows still listed stay picked.
        java.util.Set<Long> pickedIds = picked.size() > 1
                ? picked.stream().map(MessageSummary::id).collect(java.util.stream.Collectors.toSet()) : java.util.Set.of();
        replacing = true;
        try {
            messages.setAll(rows);
        } finally {
            replacing = false;
        }
        selectFromNewRows(rows, selected, pickedIds);
        rowsReplaced.set(rowsReplaced.get() + 1);
        viewBeingRead = false;
        runWaitingForView();
    }

    /**
     * Runs {@code action} (a key that acts on the list: j, n, r…) once the rows of a view just chosen
     * are listed; at once when none is being read. "3 j n" typed faster than the cache answers moved
     * and marked in the view left behind; the keys now keep their order and act where they were typed.
     */
    public void whenViewListed(Runnable action) {
        waitingForView.add(action);
        runWaitingForView();
    }

    private void runWaitingForView() {
        while (!viewBeingRead && !waitingForView.isEmpty()) {
            waitingForView.poll().run();  // another view chosen by one of them: the rest wait for it in turn
        }
    }

    private void selectFromNewRows(List<MessageSummary> rows, MessageSummary selected, java.util.Set<Long> pickedIds) {
        java.util.Set<Long> back = pickWhenListed;
        pickWhenListed = java.util.Set.of();
        List<MessageSummary> returned = rows.stream().filter(row -> back.contains(row.id())).toList();
        if (!returned.isEmpty()) {
            selectedMessage.set(returned.get(0));
            picked.setAll(returned);
            return;
        }
        if (selected != null) {
            selectedMessage.set(rows.stream().filter(row -> row.id() == selected.id()).findFirst()
                    .orElse(selected.id() == selectedUnlisted ? selected : null));
        }
        if (!pickedIds.isEmpty()) {
            picked.setAll(rows.stream().filter(row -> pickedIds.contains(row.id())).toList());
        }
    }

    /** True while the rows are replaced: selection changes the list control makes meanwhile are not the seller's. */
    public boolean replacingRows() {
        return replacing;
    }

    /** Counts replacements of the rows, each told once its selection is set from the new rows. */
    public javafx.beans.property.ReadOnlyIntegerProperty rowsReplacedProperty() {
        return rowsReplaced.getReadOnlyProperty();
    }

    /**
     * The next reading of the list picks these messages (an undo brought them back): the seller sees
     * which came back, and {@code n} would mark them again.
     */
    public void pickWhenListed(java.util.Collection<Long> ids) {
        pickWhenListed = java.util.Set.copyOf(ids);
    }

    private void failed(Exception e) {
        viewBeingRead = false;
        waitingForView.clear();  // keys meant for rows that could not be read: they would act on the view left
        loading.set(false);
        error.set("Could not read the mailbox cache: " + e.getMessage());
    }

    /** Newest first, or waiting longest first (the message nearest its 24-hour deadline on top). */
    public ObjectProperty<ListOrder> orderProperty() {
        return order;
    }

    /** Shows a row as read or unread without reading the page again. */
    public void showRead(long messageId, boolean read) {
        for (int i = 0; i < messages.size(); i++) {
            MessageSummary row = messages.get(i);
            if (row.id() == messageId && row.unread() == read) {
                MessageSummary changed = new MessageSummary(row.id(), row.buyerName(), row.orderId(), row.subject(),
                        row.preview(), row.time(), !read, row.hasAttachments(), row.buyerAlias(), row.delivery());
                boolean selected = selectedMessage.get() == row;
                int pickedAt = picked.size() > 1 ? picked.indexOf(row) : -1;
                messages.set(i, changed);
                if (selected) {
                    selectedMessage.set(changed);
                }
                if (pickedAt >= 0) {
                    picked.set(pickedAt, changed);
                }
            }
        }
    }

    /** The messages a triage key acts on: the picked rows when there are several, else the selected one. */
    public List<MessageSummary> actedOn() {
        if (picked.size() > 1) {
            return List.copyOf(picked);
        }
        MessageSummary selected = selectedMessage.get();
        return selected == null ? List.of() : List.of(selected);
    }

    /**
     * After several rows were marked: selects the first row below the lowest of them that was not
     * among them (else the nearest above), the next one to read, and picks it alone.
     */
    public void selectAfter(List<MessageSummary> rows) {
        int lowest = rows.stream().mapToInt(messages::indexOf).max().orElse(-1);
        MessageSummary next = null;
        for (int i = lowest + 1; i < messages.size() && next == null; i++) {
            next = rows.contains(messages.get(i)) ? null : messages.get(i);
        }
        for (int i = Math.min(lowest, messages.size() - 1); i >= 0 && next == null; i--) {
            next = rows.contains(messages.get(i)) ? null : messages.get(i);
        }
        picked.clear();
        selectedMessage.set(next);
    }

    /**
     * The seller answered message {@code id}: while it is the one read in Response Needed (a search
     * in it too), the next row to read is selected, else the nearest above — as after {@code n}, so
     * answering the last row does not leave nothing selected while others remain.
     */
    public void answered(long id) {
        MessageSummary selected = selectedMessage.get();
        if (selected != null && selected.id() == id && view.get() == MailboxView.RESPONSE_NEEDED) {
            selectAfter(List.of(selected));
        }
    }

    /**
     * A mark on {@code rows} did not reach the server: they are selected (and picked) again, as
     * before the mark moved on to {@code movedTo}, unless the person has moved on meanwhile.
     */
    public void returnTo(List<MessageSummary> rows, MessageSummary movedTo) {
        MessageSummary now = selectedMessage.get();
        if (now == null ? movedTo != null : movedTo == null || now.id() != movedTo.id()) {
            return;
        }
        List<MessageSummary> listed = rows.stream()
                .flatMap(row -> messages.stream().filter(shown -> shown.id() == row.id()).findFirst().stream())
                .toList();  // the rows as listed now: a sync may have read the list again meanwhile
        if (listed.isEmpty()) {
            return;
        }
        selectedMessage.set(listed.get(0));
        if (listed.size() > 1) {
            picked.setAll(listed);
        }
    }

    /** {@code j}: the next (older) message. */
    public void selectNext() {
        move(1);
    }

    /** {@code k}: the previous (newer) message. */
    public void selectPrevious() {
        move(-1);
    }

    private void move(int step) {
        MessageSummary reading = selectedMessage.get();
        if (reading != null && reading.id() == selectedUnlisted && !messages.contains(reading)) {
            moveFromUnlisted(reading, step);
            return;
        }
        if (messages.isEmpty()) {
            return;
        }
        int index = messages.indexOf(reading);
        int next = index < 0 ? 0 : Math.max(0, Math.min(messages.size() - 1, index + step));
        selectedMessage.set(messages.get(next));
        if (next >= messages.size() - 20) {
            loadMore();
        }
    }

    /**
     * {@code j} or {@code k} from a message opened from elsewhere and not listed (older than the first
     * page): its neighbour in the list's order, read from the cache, as if the list went on to it —
     * not the list's first row, which would throw the seller back to the top.
     */
    private void moveFromUnlisted(MessageSummary reading, int step) {
        if (source == null) {
            return;
        }
        MailboxQueries from = source;
        MailboxView current = view.get();
        ListOrder onward = step > 0 ? order.get() : opposite(order.get());
        long ticket = generation;
        tasks.run(() -> from.page(current, onward, reading, 1), next -> {
            if (ticket != generation || next.isEmpty() || selectedMessage.get() != reading) {
                return;  // the list was read again or another message chosen meanwhile; or the end of the list
            }
            MessageSummary neighbour = next.get(0);
            MessageSummary listed = messages.stream().filter(row -> row.id() == neighbour.id()).findFirst().orElse(null);
            if (listed != null) {
                selectedMessage.set(listed);
            } else {
                open(neighbour);
            }
        }, this::failed);
    }

    private static ListOrder opposite(ListOrder order) {
        return order == ListOrder.NEWEST_FIRST ? ListOrder.OLDEST_FIRST : ListOrder.NEWEST_FIRST;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Moves the response clocks on; the view calls it on a timer. */
    public void tick() {
        now.set(clock.instant());
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now;
    }

    /**
     * When a message came, as its row says it: the time for today's, the date for older ones (the
     * reading pane has both). Date and time for every row took a fifth of a narrow list's width.
     */
    public String timeLabel(MessageSummary message, ZoneId zone) {
        ZonedDateTime when = message.time().atZone(zone);
        boolean today = when.toLocalDate().equals(now.get().atZone(zone).toLocalDate());
        return (today ? TIME_OF_DAY : DAY).withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(when);
    }

    /** The 24-hour clock (E3) of a message, shown only where an answer is still due. */
    public Optional<ResponseClock.Reading> clockFor(MessageSummary message) {
        return view.get() == MailboxView.RESPONSE_NEEDED
                ? Optional.of(ResponseClock.read(message.time(), now.get()))
                : Optional.empty();
    }

    /** A message still needing an answer whose words only thank: its row says so; the seller decides. */
    public boolean thanksOnly(MessageSummary message) {
        return thankYouNotes.is(message);
    }

    /** "Pick all 4 that only say thanks" while two or more listed messages only thank; empty otherwise. */
    public StringBinding pickThanksProperty() {
        return thankYouNotes.pickLabel();
    }

    /** Picks every listed message that only thanks, the first of them read: n marks them all No Response Needed. */
    public void pickThanks() {
        List<MessageSummary> notes = thankYouNotes.all();
        if (notes.isEmpty()) {
            return;
        }
        selectedMessage.set(notes.get(0));
        picked.setAll(notes);
    }

    /**
     * Selects {@code message}, opened from elsewhere (the dashboard), and keeps it selected while the
     * list's first page does not show it (an older one): it is what the reading pane shows and what
     * the marks act on, until another message is chosen.
     */
    public void open(MessageSummary message) {
        selectedUnlisted = message.id();
        selectedMessage.set(message);
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

    /** The rows picked together; the view keeps it and the list's selection the same. */
    public ObservableList<MessageSummary> picked() {
        return picked;
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
            case NO_RESPONSE_NEEDED -> "Nothing marked No Response Needed";
            case REPORTED -> "Nothing reported";
        };
    }

    /** A sync stored {@code done} of {@code total} new messages of {@code folder}. */
    public void syncProgress(String folder, long done, long total) {
        syncing.set(total > 0 ? SyncProgressText.of(folder, done, total) + " messages so far" : "Syncing " + folder);
    }

    /** The sync ended (done or failed). */
    public void syncEnded() {
        syncing.set("");
        readWhetherSynced();
    }

    private void readWhetherSynced() {
        if (source != null) {
            MailboxQueries from = source;
            tasks.run(from::lastSynced, when -> neverSynced.set(from == source && when.isEmpty()), e -> { });
        }
    }

    /** Search looks through the list on screen; All is where every message is. */
    static String searchHintFor(MailboxView view) {
        return view == MailboxView.ALL ? "No message of the mailbox has these words. Check the spelling, or search "
                + "for fewer words, an order ID or the buyer's name."
                : "Search looks through this list only. All holds every message: buyer messages, your replies and "
                + "the relay's notices.";
    }

    static String emptyHintFor(MailboxView view) {
        return emptyHintFor(view, false);
    }

    /** @param mailboxOpen a mailbox is open, so an empty Response Needed means every buyer has an answer */
    static String emptyHintFor(MailboxView view, boolean mailboxOpen) {
        String toFill = mailboxOpen ? "" : " Connect your mailbox, or try the offline demo, to fill it.";
        return switch (view) {
            case RESPONSE_NEEDED -> (mailboxOpen ? "Every buyer message has its answer. New ones appear here"
                    : "Buyer messages that still need a reply appear here") + ", newest first, with the time "
                    + "left to answer within 24 hours." + toFill;
            case SENT -> "Your replies to buyers appear here with their delivery status: delivered, bounced or "
                    + "rejected by the relay.";
            case ALL -> "Every message of the mailbox appears here: buyer messages, your replies and the relay's "
                    + "notices." + toFill;
            case NO_RESPONSE_NEEDED -> "Buyer messages you marked with n (a thank-you, an automatic notice) appear "
                    + "here. Press n again on one to put it back in Response Needed.";
            case REPORTED -> "Messages you reported as suspicious or spam appear here; they need no reply.";
        };
    }
}
