package com.relaydesk.session;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.KeywordsRefusedException;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.KeywordSightings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Answer keywords an older RelayDesk wrote ({@code $RDAnswer_AB_202611301002_k3abcdef}) become the
 * person's fixed {@code $RDAnswer_AB} once a day old: by then no outbox of that older RelayDesk is
 * still sending the reply (it would know its own by the token), and who answered stays readable.
 * The messages are found by a scan of the cache, so it runs at most once an hour, and stops for
 * the session once none is left.
 */
final class OldStyleAnswers {

    private static final Logger LOG = Logger.getLogger(OldStyleAnswers.class.getName());
    static final Duration STALE = Duration.ofDays(1);
    private static final Duration EVERY = Duration.ofHours(1);
    private static final int BATCH = 200;

    private final AccountCache cache;
    private final Clock clock;
    private final CancellationToken cancel;
    private Instant lastRun = Instant.MIN; // worker thread only
    private boolean done;

    OldStyleAnswers(AccountCache cache, Clock clock, CancellationToken cancel) {
        this.cache = cache;
        this.clock = clock;
        this.cancel = cancel;
    }

    /** After a sync, on the worker. */
    void tidy(MailBackend connected) {
        Instant now = clock.instant();
        if (done || Duration.between(lastRun, now).compareTo(EVERY) < 0) {
            return;
        }
        lastRun = now;
        java.util.List<KeywordSightings.Sighted> found = cache.sightings().oldStyleAnswers(BATCH);
        done = found.isEmpty();
        Set<String> folders = new TreeSet<>();
        try {
            for (KeywordSightings.Sighted message : found) {
                Set<String> old = new TreeSet<>();
                Set<String> fixed = new TreeSet<>();
                for (String keyword : message.keywords()) {
                    AnswerKeywords.parse(keyword).filter(AnswerKeywords.Answer::legacy)
                            .filter(a -> a.at().orElseThrow().isBefore(now.minus(STALE)))
                            .ifPresent(a -> {
                                old.add(keyword);
                                fixed.add(AnswerKeywords.keyword(a.initials()));
                            });
                }
                if (!old.isEmpty()) {
                    connected.setFlags(message.folder(), message.uid(), fixed, Set.of());
                    connected.setFlags(message.folder(), message.uid(), Set.of(), old);
                    folders.add(message.folder());
                }
            }
        } catch (KeywordsRefusedException refused) {
            done = true; // a server that keeps no keywords now cannot have kept old ones either
            LOG.fine("the server keeps no keywords: old-style answers are left as they are");
        }
        for (String folder : folders) {
            connected.syncFolder(folder, cache.sync(), SyncListener.NONE, cancel, MailSync.NO_OLDER_MAIL);
        }
    }
}
