package com.relaydesk.ui.shell;

import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.dashboard.DashboardViewModel;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.reading.ReadingPaneViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;
import com.relaydesk.model.ListOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;

/** The main window's parts and how they follow each other: views list → message list → reading pane. */
public final class MainWindowViewModel {

    private static final String APP_NAME = "RelayDesk";

    private final MailboxNavigationViewModel navigation;
    private final MessageListViewModel messageList;
    private final ReadingPaneViewModel readingPane;
    private final StatusBarViewModel statusBar;
    private final DashboardViewModel dashboard;
    private final UiTasks tasks;
    private final com.relaydesk.ui.profiles.DeskViewModel desk;
    private volatile MailboxSession session; // also read by background work (the outbox, a settings change)
    private final javafx.beans.property.BooleanProperty demoBanner = new javafx.beans.property.SimpleBooleanProperty();
    private java.util.function.Consumer<MailboxSession> replySender = opened -> { };
    private ArrivalWatch arrivals = new ArrivalWatch(java.time.Instant.now());
    private final ReadOnlyObjectWrapper<ArrivalNotice> arrival = new ReadOnlyObjectWrapper<>();
    private final StringBinding windowTitle;
    private final TriageActions triage;
    private final ReadMarks reads;
    private final BacklogOffer backlogOffer;
    private final OrdersReportOffer ordersOffer;

    public MainWindowViewModel(MailboxNavigationViewModel navigation, MessageListViewModel messageList,
                               ReadingPaneViewModel readingPane, StatusBarViewModel statusBar) {
        this(navigation, messageList, readingPane, statusBar,
                new DashboardViewModel(UiTasks.sameThread(), java.time.Clock.systemUTC(), java.time.ZoneId.systemDefault()),
                UiTasks.sameThread());
    }

    public MainWindowViewModel(MailboxNavigationViewModel navigation, MessageListViewModel messageList,
                               ReadingPaneViewModel readingPane, StatusBarViewModel statusBar,
                               DashboardViewModel dashboard, UiTasks tasks) {
        this(navigation, messageList, readingPane, statusBar, dashboard, tasks,
                new com.relaydesk.ui.profiles.DeskViewModel(tasks, java.time.Clock.systemUTC()));
    }

    /** @param desk who works at this desktop (profile chip, lock screen, idle lock) */
    public MainWindowViewModel(MailboxNavigationViewModel navigation, MessageListViewModel messageList,
                               ReadingPaneViewModel readingPane, StatusBarViewModel statusBar,
                               DashboardViewModel dashboard, UiTasks tasks,
                               com.relaydesk.ui.profiles.DeskViewModel desk) {
        this.desk = desk;
        this.navigation = navigation;
        this.messageList = messageList;
        this.readingPane = readingPane;
        this.statusBar = statusBar;
        this.dashboard = dashboard;
        this.tasks = tasks;
        this.triage = new TriageActions(messageList, statusBar, tasks, this::refresh, java.time.Clock.systemUTC());
        this.backlogOffer = new BacklogOffer(tasks, java.time.Clock.systemUTC());
        this.ordersOffer = new OrdersReportOffer(tasks, java.time.ZoneId.systemDefault());
        this.reads = new ReadMarks(messageList, statusBar, tasks, () -> desk.lockedProperty().get());
        IntegerExpression needAnswer = navigation.countProperty(MailboxView.RESPONSE_NEEDED);
        windowTitle = Bindings.createStringBinding(() -> title(needAnswer.get()), needAnswer);
        messageList.followView(navigation.selectedViewProperty());
        readingPane.follow(messageList.selectedMessageProperty());
        readingPane.actedOnProperty().bind(javafx.beans.binding.Bindings.max(1, javafx.beans.binding.Bindings.size(
                messageList.picked())));
        dashboard.setOpener(this::openFromDashboard);
        // locked: nothing of the mailbox stays on screen; switched: bold rows are the new person's
        desk.onLocked(() -> {
            messageList.selectedMessageProperty().set(null);
            reads.forgetShown();
        });
        desk.onSwitched(() -> {
            messageList.restoreOrder(); // each person keeps the list order they chose; reloads the list
            refreshCounts();
        });
        readingPane.detailProperty().addListener((obs, old, shown) -> reads.shown(shown));
    }

    /** {@code u}, or "Mark unread": keeps the selected message, or all the picked ones, bold as a reminder. */
    public void markUnread() {
        reads.markUnread();
    }

    /** The mailbox is open: show its messages and follow its syncs. */
    public void attach(MailboxSession opened) {
        this.session = opened;
        triage.follow(opened);
        reads.follow(opened);
        backlogOffer.follow(opened.queries());
        ordersOffer.follow(opened);
        arrivals = new ArrivalWatch(java.time.Instant.now());
        statusBar.connected(opened.accountLabel());
        tasks.run(() -> opened.queries().lastSynced(), when -> when.ifPresent(statusBar::syncedEarlier), e -> { });
        demoBanner.set(opened.isDemo());
        opened.addListener(new SessionListener() {
            @Override
            public void syncProgress(String folder, long done, long total) {
                tasks.onUiThread(() -> {
                    statusBar.syncing(folder, done, total);
                    messageList.syncProgress(folder, done, total);
                });
            }

            @Override
            public void newestSynced() {
                tasks.onUiThread(() -> {
                    statusBar.newestSynced();
                    refresh();
                    lookForArrivals();  // new mail comes in between the parts of the older mail
                });
            }

            @Override
            public void synced(Instant when) {
                tasks.onUiThread(() -> {
                    statusBar.synced(when);
                    syncEnded();
                    backlogOffer.look();
                });
            }

            @Override
            public void syncedOlderMailStopped(Instant when) {
                tasks.onUiThread(() -> {
                    statusBar.syncedOlderMailStopped(when);
                    syncEnded();
                });
            }

            @Override
            public void failed(String message) {
                tasks.onUiThread(() -> {
                    statusBar.failed(message);
                    messageList.syncEnded();
                });
            }

            @Override
            public void sendingFailed(String message) {
                tasks.onUiThread(() -> statusBar.sendingFailed(message));
            }

            @Override
            public void syncStopped() {
                tasks.onUiThread(() -> {
                    statusBar.stopped();
                    messageList.syncEnded();
                    refresh();  // what the sync stored before it stopped
                });
            }

            @Override
            public void outboxCount(int waiting, int failed) {
                tasks.onUiThread(() -> statusBar.outbox(waiting, failed));
            }

            @Override
            public void marksWaiting(int count) {
                tasks.onUiThread(() -> statusBar.marksWaiting(count));
            }
        });
        replySender.accept(opened);
        desk.attach(opened.desk());
        messageList.followClaims(opened::claimedByOthers);
        messageList.attach(opened.queries());
        readingPane.attachHistory(id -> {
            java.util.List<String> lines = new java.util.ArrayList<>();
            opened.claimedBy(id).ifPresent(lines::add);
            lines.addAll(opened.history(id));
            return lines;
        });
        readingPane.useSellerName(opened.sellerName());
        readingPane.attach(opened.queries(), opened::order);
        dashboard.attach(opened.queries());
        refreshCounts();
    }

    /** Where replies go once a mailbox is open (the reply editor's sender). */
    public void onReplySender(java.util.function.Consumer<MailboxSession> target) {
        this.replySender = target;
    }

    /** First run on the demo: the banner offers to connect a real mailbox, or to keep trying. */
    public javafx.beans.value.ObservableBooleanValue demoBannerVisibleProperty() {
        return demoBanner;
    }

    public void dismissDemoBanner() {
        demoBanner.set(false);
    }

    /** Says in the status bar that the mailbox is being opened. */
    public void opening(String what) {
        statusBar.opening(what);
        messageList.opening(true);
    }

    /** The mailbox is being closed (another account was connected): forget it until the next attach. */
    public void detach() {
        session = null;
        triage.follow(null);
        reads.follow(null);
        backlogOffer.follow(null);
        ordersOffer.follow(null);
        desk.detach();
    }

    /** The mailbox could not be opened; the status bar says why and what to do. */
    public void openFailed(String message) {
        statusBar.failed(message);
        messageList.opening(false);
    }

    /**
     * A waiting mark was withdrawn in the Outbox: what the lists show changed, so they read again,
     * and Undo no longer offers that mark.
     */
    public void markWithdrawn(com.relaydesk.inbox.WaitingMark mark) {
        triage.withdrawn(mark);
        if (session != null) {
            refresh();
        }
    }

    private void refresh() {
        messageList.reload();
        refreshCounts();
        if (backlogOffer.showing()) {
            backlogOffer.look(); // cleared, or marked one by one: the offer goes with the backlog
        }
    }

    private void refreshCounts() {
        MailboxSession current = session;
        tasks.run(() -> current.queries().counts(), (Map<MailboxView, Integer> counts) ->
                counts.forEach(navigation::setCount), e -> statusBar.failed("Could not count messages: " + e.getMessage()));
    }

    /**
     * {@code n}: marks the selected message No Response Needed (E2) and moves to the next one; in
     * the No Response Needed filter it takes the mark back, returning the message to Response Needed.
     */
    public void markNoResponseNeeded() {
        triage.toggle(TriageActions.Mark.NO_RESPONSE_NEEDED);
    }

    /**
     * Report: marks the selected message as suspicious or spam (E4); it then needs no reply. In the
     * Reported filter it takes the mark back.
     */
    public void reportSelected() {
        triage.toggle(TriageActions.Mark.REPORTED);
    }

    /** How many messages in Response Needed arrived more than {@code days} days ago. */
    public void countBacklog(int days, java.util.function.IntConsumer answer) {
        triage.countBacklog(days, answer);
    }

    /** Marks the messages in Response Needed older than {@code days} days No Response Needed (undo: z). */
    public void clearBacklog(int days) {
        triage.clearBacklog(days);
    }

    /** What the backlog banner says; empty (no banner) when there is no old backlog to offer to clear. */
    public javafx.beans.property.ReadOnlyStringProperty backlogOfferProperty() {
        return backlogOffer.offerProperty();
    }

    /** What the new-orders-report banner says; empty when no new download is offered. */
    public javafx.beans.property.ReadOnlyStringProperty ordersOfferProperty() {
        return ordersOffer.offerProperty();
    }

    /** The folders downloaded reports land in (Downloads, the last import's), asked at each look. */
    public void lookForOrderReportsIn(java.util.function.Supplier<java.util.List<java.nio.file.Path>> folders) {
        ordersOffer.lookIn(folders);
    }

    /** The window came to the front (back from the browser, perhaps with a report downloaded). */
    public void lookForNewOrdersReport() {
        ordersOffer.look();
    }

    /** "Import" on the banner: the offered report, as Import orders report… would take it. */
    public void importOfferedOrders(java.util.function.Consumer<com.relaydesk.orders.ImportedReport> badRows) {
        ordersOffer.take().ifPresent(report -> importOrders(report, badRows));
    }

    /** "Not now" on the banner: this download is not offered again. */
    public void declineOrdersOffer() {
        ordersOffer.decline();
    }

    /** "Leave them" on the backlog banner: not offered again for this mailbox. */
    public void declineBacklogOffer() {
        backlogOffer.decline();
    }

    /** Stops the running sync (Stop next to its progress); what it stored stays. */
    public void stopSync() {
        if (session != null) {
            statusBar.stopping();
            session.stopSync();
        }
    }

    /** {@code z}, or Undo in the status bar: takes the last No Response Needed or Report back. */
    public void undoTriage() {
        triage.undo();
    }

    /** Writes the audit log to a CSV file the user chose; the status bar says how it went. */
    public void exportAudit(java.nio.file.Path csv) {
        MailboxSession current = session;
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            current.exportAudit(csv);
            return csv;
        }, done -> statusBar.notice("Audit log written to " + done),
                e -> statusBar.problem("The audit log could not be written: " + e.getMessage()));
    }

    /**
     * Imports an "All Orders" report the user chose, in the background; the status bar says what
     * came in, the message on screen shows its order, and {@code badRows} gets a report with rows
     * that could not be read (the view lists them).
     */
    public void importOrders(java.nio.file.Path report,
                             java.util.function.Consumer<com.relaydesk.orders.ImportedReport> badRows) {
        MailboxSession current = session;
        if (current == null) {
            statusBar.problem("Connect a mailbox first: orders are kept with its messages.");
            return;
        }
        ordersOffer.withdraw(); // the import may be of the report offered: the next look says
        tasks.run(() -> current.importOrders(report), done -> {
            statusBar.notice("Orders report " + report.getFileName() + ": " + done.summary() + ".");
            readingPane.reloadShown();
            if (done.bad() > 0) {
                badRows.accept(done);
            }
        }, e -> statusBar.problem(e.getMessage()));
    }

    /** {@code F5}: sync now. */
    public void syncNow() {
        if (session != null) {
            session.syncNow();
        }
    }

    /** What the reply editor opens with: the message, its order, and who else is answering it. */
    public record ReplyTarget(com.relaydesk.model.MessageDetail message,
                              java.util.Optional<com.relaydesk.model.Order> order,
                              java.util.Optional<String> claimedByOthers) { }

    /**
     * The message a reply would answer (the one being read): reads its order, notes another
     * desktop's claim and claims it for this one (issue 7), all in the background.
     */
    public void withReplyTarget(java.util.function.Consumer<ReplyTarget> open) {
        com.relaydesk.model.MessageDetail shown = readingPane.detailProperty().get();
        MailboxSession current = session;
        if (shown == null || current == null) {
            return;
        }
        // r straight after j or a click: the pane may still show the message before while the chosen
        // one loads, and the reply must answer the buyer chosen, not the one before
        long chosen = readingPane.chosenId();
        tasks.run(() -> {
            com.relaydesk.model.MessageDetail message = shown.id() == chosen ? shown
                    : current.queries().detail(chosen).orElse(null);
            if (message == null) {
                return null; // gone from the server meanwhile
            }
            java.util.Optional<String> others = current.claimedBy(message.id());
            try {
                current.claim(message.id());
            } catch (com.relaydesk.mail.KeywordsRefusedException notShared) {
                others = others.or(() -> java.util.Optional.of(notShared.getMessage())); // say it in the editor
            } catch (RuntimeException offline) {
                // offline: the reply can still be written; the race check before sending still runs
            }
            return new ReplyTarget(message, current.order(message.summary().orderId()), others);
        }, target -> {
            if (target == null) {
                statusBar.problem("That message is no longer in the mailbox: nothing to reply to.");
            } else {
                open.accept(target);
            }
        }, e -> {
            if (shown.id() == chosen) { // its order could not be read: the reply can still be written
                open.accept(new ReplyTarget(shown, java.util.Optional.empty(), java.util.Optional.empty()));
            } else {
                statusBar.problem("The message could not be read from the cache: " + e.getMessage());
            }
        });
    }

    /** A sync round is over: the lists show what it stored, and new buyer mail is announced. */
    private void syncEnded() {
        messageList.syncEnded();
        refresh();
        lookForArrivals();
    }

    /** The reply editor closed (sent or not): take this desktop's claim off. */
    public void replyClosed(long messageId) {
        MailboxSession current = session;
        if (current != null) {
            tasks.run(() -> {
                current.release(messageId);
                return null;
            }, done -> { }, e -> { });
        }
    }

    /**
     * A reply is safe in the outbox: show it in Sent and take the message out of Response Needed.
     * A seller still on the answered message moves on to the next one, as after {@code n}, instead
     * of being left with no message selected.
     */
    public void replyQueued(long answeredId) {
        messageList.answered(answeredId);
        refresh();  // the session sends it at once: queuing starts a sync
    }

    /** The open mailbox, for dialogs that act on it (the outbox); empty before it opens. */
    public java.util.Optional<MailboxSession> session() {
        return java.util.Optional.ofNullable(session);
    }

    public com.relaydesk.ui.profiles.DeskViewModel desk() {
        return desk;
    }

    public MailboxNavigationViewModel navigation() {
        return navigation;
    }

    public MessageListViewModel messageList() {
        return messageList;
    }

    public ReadingPaneViewModel readingPane() {
        return readingPane;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    /** The app's name, as the window's header shows it. */
    public String appName() {
        return APP_NAME;
    }

    /**
     * The window's title, which the taskbar shows while the seller works elsewhere: how many buyer
     * messages need an answer.
     */
    public ObservableStringValue windowTitleProperty() {
        return windowTitle;
    }

    /** The latest notice of buyer messages that arrived while the mailbox was open; null until mail first arrives. */
    public ReadOnlyObjectProperty<ArrivalNotice> arrivalProperty() {
        return arrival.getReadOnlyProperty();
    }

    /**
     * The notification was clicked: its newest message is selected in Response Needed, with no
     * search in the way, so the reading pane shows it and j/k go on from there.
     */
    /**
     * A message picked in the dashboard's overdue list: selected in All (every message is there,
     * answered or not), so the reading pane shows it and Reply, {@code n} and Report act on it —
     * shown in the pane alone, the list's selection (another message) was what the marks acted on.
     */
    private void openFromDashboard(MessageSummary message) {
        navigation.selectedViewProperty().set(MailboxView.ALL);
        messageList.searchTextProperty().set("");
        messageList.open(message);
    }

    public void openArrival(ArrivalNotice notice) {
        navigation.selectedViewProperty().set(MailboxView.RESPONSE_NEEDED);
        messageList.searchTextProperty().set("");
        messageList.selectedMessageProperty().set(notice.first());
    }

    /** Looks at the newest messages needing an answer after a sync, for mail that just arrived. */
    private void lookForArrivals() {
        MailboxSession current = session;
        ArrivalWatch watch = arrivals;
        if (current == null) {
            return;
        }
        tasks.run(() -> current.queries().page(MailboxView.RESPONSE_NEEDED, ListOrder.NEWEST_FIRST, null, ArrivalWatch.LOOK),
                page -> {
                    List<MessageSummary> arrived = watch.arrived(page);
                    // a locked desk shows no buyer's name to whoever walks by
                    if (!arrived.isEmpty() && !desk.lockedProperty().get()) {
                        arrival.set(ArrivalNotice.of(arrived));
                    }
                }, e -> { }); // a missed notice costs nothing the list does not show
    }

    private static String title(int needAnswer) {
        return needAnswer == 0 ? APP_NAME
                : APP_NAME + " — " + String.format("%,d", needAnswer) + (needAnswer == 1 ? " needs an answer" : " need an answer");
    }
}
