package com.relaydesk.ui.shell;

import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.orders.NewOrderReports;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Offers the orders report the seller just downloaded: back from Seller Central with the day's
 * "All Orders" file in Downloads, the window says so and imports it with one click, instead of the
 * seller remembering the menu, finding the file and choosing it. Looked for when the mailbox opens
 * and whenever the window comes to the front; "Not now" is remembered with the mailbox, so the same
 * download is not offered again.
 */
final class OrdersReportOffer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UiTasks tasks;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper offer = new ReadOnlyStringWrapper("");
    private Supplier<List<Path>> folders = List::of;
    private MailboxSession session;
    private NewOrderReports.Found offered;

    OrdersReportOffer(UiTasks tasks, ZoneId zone) {
        this.tasks = tasks;
        this.zone = zone;
    }

    /** Where downloads land (the view knows: Downloads, the folder of the last import). */
    void lookIn(Supplier<List<Path>> downloadFolders) {
        this.folders = downloadFolders;
    }

    /** A mailbox opened (null: closed); it is looked for at once. */
    void follow(MailboxSession opened) {
        session = opened;
        withdraw();
        look();
    }

    /** Looks for a report downloaded since the last one imported or declined (in the background). */
    void look() {
        MailboxSession asked = session;
        if (asked == null) {
            return;
        }
        Supplier<List<Path>> where = folders;
        tasks.run(() -> asked.newOrdersReport(where.get()), found -> { // the folders are read from disk too
            if (asked == session) {
                show(found);
            }
        }, e -> { }); // no offer costs nothing: the menu item is still there
    }

    private void show(Optional<NewOrderReports.Found> found) {
        offered = found.orElse(null);
        offer.set(found.map(report -> "An orders report was downloaded at " + TIME.format(report.modified().atZone(zone))
                + ": " + report.file().getFileName() + " in " + report.file().getParent() + ". Import it, and the "
                + "order panel and templates know today's orders.").orElse(""));
    }

    /** The report offered, to import; the offer goes. Empty when none is offered. */
    Optional<Path> take() {
        NewOrderReports.Found taken = offered;
        withdraw();
        return Optional.ofNullable(taken).map(NewOrderReports.Found::file);
    }

    /** "Not now": this download (and any older) is not offered again for the mailbox. */
    void decline() {
        NewOrderReports.Found declined = offered;
        MailboxSession asked = session;
        withdraw();
        if (declined != null && asked != null) {
            tasks.run(() -> {
                asked.declineOrdersReport(declined);
                return null;
            }, done -> { }, e -> { });
        }
    }

    /** An import from the menu: whatever was offered may be what was imported; the next look says. */
    void withdraw() {
        offered = null;
        offer.set("");
    }

    /** What the banner says; empty when there is nothing to offer. */
    ReadOnlyStringProperty offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
