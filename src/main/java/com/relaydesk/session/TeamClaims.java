package com.relaydesk.session;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.KeywordsRefusedException;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.KeywordSightings;
import com.relaydesk.store.MessageLocations;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Claims as the session uses them (issue 7 item 3): set, read and release, in the current profile's
 * initials; after each sync, note when each claim was first seen here and take off this desktop's
 * own claims once they have timed out (see {@link Claims}).
 */
final class TeamClaims {

    private static final Logger LOG = Logger.getLogger(TeamClaims.class.getName());
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** Said in the editor where the server keeps no keywords (Microsoft 365, Exchange). */
    static final String NOT_SHARED = "Other desktops cannot see that you are answering this buyer: the mail server keeps"
            + " no RelayDesk keywords (Microsoft 365 and Exchange do not). The check just before sending still looks"
            + " for their replies in Sent; tell your team who takes this buyer.";

    private final MessageLocations locations;
    private final AccountCache cache;
    private final ServerCalls server;
    private final Supplier<String> initials;
    private final Supplier<Set<String>> ownInitials;
    private final Clock clock;
    private final CancellationToken cancel;

    /**
     * @param initials    the profile working now (its claims are made and released)
     * @param ownInitials every profile of this desktop (their timed-out claims are taken off here)
     */
    TeamClaims(AccountCache cache, MessageLocations locations, ServerCalls server, Supplier<String> initials,
               Supplier<Set<String>> ownInitials, Clock clock, CancellationToken cancel) {
        this.cache = cache;
        this.locations = locations;
        this.server = server;
        this.initials = initials;
        this.ownInitials = ownInitials;
        this.clock = clock;
        this.cancel = cancel;
    }

    Optional<String> claimedBy(long messageId) {
        Instant now = clock.instant();
        return locations.locate(messageId)
                .flatMap(where -> Claims.heldByOthers(where.flags(), initials.get(), now,
                        keyword -> cache.sightings().firstSeen(messageId, keyword, now)))
                .map(claim -> "Being answered by " + claim.initials() + " since " + HH_MM.format(claim.since()));
    }

    /** Every message someone else is answering now (claims not timed out): message → their initials. */
    java.util.Map<Long, String> othersClaims() {
        Instant now = clock.instant();
        String mine = initials.get();
        java.util.Map<Long, String> claimed = new java.util.HashMap<>();
        for (KeywordSightings.Sighted message : cache.sightings().refreshClaims(now)) {
            Claims.heldByOthers(message.keywords(), mine, now, keyword -> message.firstSeen().getOrDefault(keyword, now))
                    .ifPresent(claim -> claimed.put(message.messageRow(), claim.initials()));
        }
        return claimed;
    }

    void claim(long messageId) {
        MessageLocations.Location where = locations.locate(messageId).orElse(null);
        if (where == null) {
            return;
        }
        String keyword = Claims.keyword(initials.get());
        try {
            server.run(connected -> {
                connected.setFlags(where.folder(), where.uid(), Set.of(keyword), Set.of());
                connected.syncFolder(where.folder(), cache.sync(), SyncListener.NONE, cancel, MailSync.NO_OLDER_MAIL);
            });
        } catch (KeywordsRefusedException refused) {
            throw new KeywordsRefusedException(NOT_SHARED, refused);
        }
        // Claiming again (the editor opened once more) renews the claim here; the keyword itself
        // does not change, so other desktops keep counting from when they first saw it.
        cache.sightings().seenAgain(messageId, keyword, clock.instant());
    }

    void release(long messageId) {
        MessageLocations.Location where = locations.locate(messageId).orElse(null);
        if (where == null) {
            return;
        }
        Set<String> own = Claims.mine(where.flags(), initials.get());
        if (own.isEmpty()) {
            return;
        }
        server.run(connected -> {
            connected.setFlags(where.folder(), where.uid(), Set.of(), own);
            connected.syncFolder(where.folder(), cache.sync(), SyncListener.NONE, cancel, MailSync.NO_OLDER_MAIL);
        });
    }

    /**
     * After a sync, on the worker: notes first sightings of claims, and takes off claims that timed
     * out by this desktop's record (its own people's) or by their stamped time (an older
     * RelayDesk's). A crashed desktop clears its own claims this way when it starts again.
     */
    void tidy(MailBackend connected) {
        Instant now = clock.instant();
        Set<String> folders = new TreeSet<>();
        for (KeywordSightings.Sighted claimed : cache.sightings().refreshClaims(now)) {
            Set<String> stale = Claims.stale(claimed.keywords(), ownInitials.get(), now, claimed.firstSeen()::get);
            if (!stale.isEmpty()) {
                LOG.fine(() -> "taking off timed-out claims " + stale + " of UID " + claimed.uid());
                connected.setFlags(claimed.folder(), claimed.uid(), Set.of(), stale);
                folders.add(claimed.folder());
            }
        }
        for (String folder : folders) {
            connected.syncFolder(folder, cache.sync(), SyncListener.NONE, cancel, MailSync.NO_OLDER_MAIL);
        }
        if (!folders.isEmpty()) {
            cache.sightings().refreshClaims(now);
        }
    }
}
