package com.relaydesk.ui.shell;

import com.relaydesk.model.MessageSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which buyer messages needing an answer arrived since the last look, from the newest of them.
 * The cache numbers messages in the order it stores them, so a message is new when its number is
 * above every one seen before; a message that comes back to Response Needed (its mark taken back)
 * is old. The first look only sets the mark: mail already there when the mailbox opened is on
 * screen, not news. Nor is mail received before the watch began: a first sync stores the newest mail
 * first and older mail after it, which then has the higher numbers.
 */
final class ArrivalWatch {

    /** How many of the newest messages each look reads. */
    static final int LOOK = 50;

    /** Mail received up to this long before the mailbox opened may still arrive now (a relay that was slow). */
    static final Duration LATE_DELIVERY = Duration.ofHours(1);

    private final Instant receivedSince;
    private long newestSeen = -1;

    /** @param opened when the mailbox opened: mail received well before it is not news */
    ArrivalWatch(Instant opened) {
        this.receivedSince = opened.minus(LATE_DELIVERY);
    }

    /** @param newestFirst the newest messages of Response Needed, at most {@link #LOOK} */
    List<MessageSummary> arrived(List<MessageSummary> newestFirst) {
        long newest = newestFirst.stream().mapToLong(MessageSummary::id).max().orElse(0);
        if (newestSeen < 0) {
            newestSeen = newest;
            return List.of();
        }
        long before = newestSeen;
        newestSeen = Math.max(newestSeen, newest);
        List<MessageSummary> fresh = newestFirst.stream()
                .filter(message -> message.id() > before && (message.time() == null || !message.time().isBefore(receivedSince)))
                .toList();
        if (fresh.size() >= LOOK) {
            return List.of(); // every row is new: the cache was rebuilt (the server's UIDVALIDITY changed), nothing arrived
        }
        return fresh;
    }
}
