package com.relaydesk.session;

import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.MessageLocations;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Claims as the session uses them (issue 7 item 3): set, read and release, in the current profile's initials. */
final class TeamClaims {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final MessageLocations locations;
    private final AccountCache cache;
    private final ServerCalls server;
    private final Supplier<String> initials;
    private final Clock clock;
    private final CancellationToken cancel;

    TeamClaims(AccountCache cache, MessageLocations locations, ServerCalls server, Supplier<String> initials, Clock clock,
            CancellationToken cancel) {
        this.cache = cache;
        this.locations = locations;
        this.server = server;
        this.initials = initials;
        this.clock = clock;
        this.cancel = cancel;
    }

    Optional<String> claimedBy(long messageId) {
        return locations.locate(messageId)
                .flatMap(where -> Claims.heldByOthers(where.flags(), initials.get(), clock.instant()))
                .map(claim -> "Being answered by " + claim.initials() + " since " + HH_MM.format(claim.since()));
    }

    void claim(long messageId) {
        MessageLocations.Location where = locations.locate(messageId).orElse(null);
        if (where == null) {
            return;
        }
        String keyword = Claims.keyword(initials.get(), clock.instant());
        server.run(connected -> {
            connected.setFlags(where.folder(), where.uid(), Set.of(keyword), Set.of());
            connected.syncFolder(where.folder(), cache.sync(), SyncListener.NONE, cancel);
        });
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
            connected.syncFolder(where.folder(), cache.sync(), SyncListener.NONE, cancel);
        });
    }
}
