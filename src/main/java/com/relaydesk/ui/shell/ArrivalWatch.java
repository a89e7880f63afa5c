package com.relaydesk.ui.shell;

import com.relaydesk.model.MessageSummary;
import java.util.List;

/**
 * Which buyer messages needing an answer arrived since the last look, from the newest of them.
 * The cache numbers messages in the order it stores them, so a message is new when its number is
 * above every one seen before; a message that comes back to Response Needed (its mark taken back)
 * is old. The first look only sets the mark: mail already there when the mailbox opened is on
 * screen, not news.
 */
final class ArrivalWatch {

    /** How many of the newest messages each look reads. */
    static final int LOOK = 50;

    private long newestSeen = -1;

    /** @param newestFirst the newest messages of Response Needed, at most {@link #LOOK} */
    List<MessageSummary> arrived(List<MessageSummary> newestFirst) {
        long newest = newestFirst.stream().mapToLong(MessageSummary::id).max().orElse(0);
        if (newestSeen < 0) {
            newestSeen = newest;
            return List.of();
        }
        long before = newestSeen;
        newestSeen = Math.max(newestSeen, newest);
        List<MessageSummary> fresh = newestFirst.stream().filter(message -> message.id() > before).toList();
        if (fresh.size() >= LOOK) {
            return List.of(); // every row is new: the cache was rebuilt (the server's UIDVALIDITY changed), nothing arrived
        }
        return fresh;
    }
}
