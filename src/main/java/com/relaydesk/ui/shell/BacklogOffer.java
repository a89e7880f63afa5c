package com.relaydesk.ui.shell;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.ui.common.UiTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Offers to clear the old backlog when a sync shows one: a seller who has just connected a mailbox
 * with years of history would not look for "Clear the old backlog…" in the menu, and would face
 * thousands of "overdue by 900 days" rows. A handful of old messages is no backlog but real
 * overdue mail, so the offer waits for {@link #AT_LEAST}; declined, it is not made again for the
 * mailbox.
 */
final class BacklogOffer {

    static final int OLDER_THAN_DAYS = 30;
    static final int AT_LEAST = 20;

    private final UiTasks tasks;
    private final Clock clock;
    private final ReadOnlyStringWrapper offer = new ReadOnlyStringWrapper("");
    private MailboxQueries queries;

    BacklogOffer(UiTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A mailbox opened (null: closed). */
    void follow(MailboxQueries opened) {
        queries = opened;
        offer.set("");
    }

    /** Counts the backlog again (after a sync, or a change that may have cleared it). */
    void look() {
        MailboxQueries asked = queries;
        if (asked == null) {
            return;
        }
        Instant before = clock.instant().minus(Duration.ofDays(OLDER_THAN_DAYS));
        tasks.run(() -> asked.backlogOfferDeclined() ? 0 : asked.responseNeededBefore(before).size(), old -> {
            if (asked == queries) {
                offer.set(old < AT_LEAST ? "" : String.format("%,d", old) + " messages in Response Needed are over "
                        + OLDER_THAN_DAYS + " days old. Most were likely answered in Seller Central, whose replies "
                        + "do not reach this mailbox.");
            }
        }, e -> { }); // no offer costs nothing: the menu item is still there
    }

    /** "Leave them": not offered again for this mailbox. */
    void decline() {
        MailboxQueries asked = queries;
        offer.set("");
        if (asked != null) {
            tasks.run(() -> {
                asked.declineBacklogOffer();
                return null;
            }, done -> { }, e -> { });
        }
    }

    boolean showing() {
        return !offer.get().isEmpty();
    }

    /** What the banner says; empty when there is nothing to offer. */
    ReadOnlyStringProperty offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
