package com.relaydesk.session;

import com.relaydesk.mail.KeywordsRefusedException;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailException;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.LocalMarks;
import com.relaydesk.store.MessageLocations;
import com.relaydesk.store.PendingMarks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sets the marks waiting in the cache ({@link PendingMarks}) on the server: one STORE per folder,
 * flag and direction. A lost connection leaves the rest waiting for the next push; a server that
 * refuses a mark for good has it dropped (or, for keywords it does not keep, kept on this desktop
 * as a {@link LocalMarks local mark}), so one refused mark never stops every later sync.
 */
final class MarkPusher {

    private final AccountCache cache;
    private final MessageLocations locations;
    private final Consumer<String> told;

    /** @param told hears what the server refused, in a sentence for the status bar */
    MarkPusher(AccountCache cache, MessageLocations locations, Consumer<String> told) {
        this.cache = cache;
        this.locations = locations;
        this.told = told;
    }

    private record Group(String folder, String flag, boolean on) { }

    /**
     * Pushes every waiting mark on {@code connected}; returns the folders whose flags changed (to
     * sync them). Throws the first lost connection ({@link MailException#retryable()}) — what was
     * not pushed waits — and, after pushing the rest, the first refusal.
     */
    Set<String> push(MailBackend connected) {
        List<PendingMarks.Mark> waiting = cache.pendingMarks().waiting();
        if (waiting.isEmpty()) {
            return Set.of();
        }
        Map<Group, List<PendingMarks.Mark>> groups = new LinkedHashMap<>();
        Map<Long, Long> uids = new java.util.HashMap<>();
        List<PendingMarks.Mark> gone = new ArrayList<>();
        for (PendingMarks.Mark mark : waiting) {
            Optional<MessageLocations.Location> where = locations.locate(mark.messageRow());
            if (where.isEmpty()) {
                gone.add(mark); // expunged meanwhile: nothing left to mark
                continue;
            }
            uids.put(mark.messageRow(), where.get().uid());
            groups.computeIfAbsent(new Group(where.get().folder(), mark.flag(), mark.on()), g -> new ArrayList<>())
                    .add(mark);
        }
        cache.pendingMarks().dropped(gone);
        Set<String> changed = new LinkedHashSet<>();
        MailException refused = null;
        for (Map.Entry<Group, List<PendingMarks.Mark>> entry : groups.entrySet()) {
            Group group = entry.getKey();
            List<PendingMarks.Mark> marks = entry.getValue();
            List<Long> groupUids = marks.stream().map(mark -> uids.get(mark.messageRow())).toList();
            try {
                connected.setFlags(group.folder(), groupUids, group.on() ? Set.of(group.flag()) : Set.of(),
                        group.on() ? Set.of() : Set.of(group.flag()));
                cache.pendingMarks().sent(marks);
                changed.add(group.folder());
            } catch (KeywordsRefusedException noKeywords) {
                if (!LocalMarks.supports(group.flag())) {
                    cache.pendingMarks().dropped(marks);
                    refused = refused != null ? refused : noKeywords;
                    continue;
                }
                // Microsoft 365 and Exchange keep no keywords: the mark works here and the user is told it is not shared.
                if (group.on()) {
                    cache.localMarks().markAll(marks.stream().map(PendingMarks.Mark::messageRow).toList(),
                            group.flag(), true);
                }
                cache.pendingMarks().sent(marks);
                told.accept(noKeywords.getMessage());
            } catch (MailException e) {
                if (e.retryable()) {
                    throw e; // the connection is gone: this and the rest wait for the next push
                }
                cache.pendingMarks().dropped(marks);
                refused = refused != null ? refused : e;
            }
        }
        if (refused != null) {
            throw refused;
        }
        return changed;
    }
}
