package com.relaydesk.cli;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.IdleWatcher;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.SyncPhases;
import com.relaydesk.mail.SyncStore;
import com.relaydesk.mail.imap.ImapBackend;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The +100 round of {@code bench sync} the way the app receives new mail: an {@link IdleWatcher}
 * on INBOX over its own connection, 100 APPENDs on the sync connection, and the watcher storing
 * what it hears over its connection ({@code syncWatched}). Times (a) from the watcher hearing of the
 * mail to stored, (b) from the last APPEND's OK to all 100 stored, and (c) the server's part.
 */
final class IdlePushBench {

    /** One in-place sync: when the watcher heard (IDLE returned) and when it had stored, in ns. */
    private record Round(long heardAt, long storedAt, FolderSyncResult result) { }

    private static final int MESSAGES = 100;

    private final MailAccount account;
    private final ImapBackend appender;
    private final SyncStore cache;

    /** @param appender a connected backend that APPENDs the messages; the cache must be in step with INBOX */
    IdlePushBench(MailAccount account, ImapBackend appender, SyncStore cache) {
        this.account = account;
        this.appender = appender;
        this.cache = cache;
    }

    void run(IntFunction<byte[]> message, PrintWriter out) throws InterruptedException {
        List<Round> rounds = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        IdleWatcher watcher = new IdleWatcher(() -> new ImapBackend(account), MailSync.INBOX, new IdleWatcher.Events() {
            @Override
            public void changed() {
                // connected: the cache is in step already (the +100 round before this one)
            }

            @Override
            public void heard(IdleWatcher.WatchedChanges here) {
                long heard = System.nanoTime();
                here.syncHere(cache, SyncListener.NONE, new CancellationToken()).ifPresentOrElse(
                        r -> rounds.add(new Round(heard, System.nanoTime(), r)),
                        () -> problems.add("the watcher could not sync in place"));
            }

            @Override
            public void failed(com.relaydesk.mail.MailException failure, Duration retryIn) {
                problems.add(failure.getMessage());
            }
        });
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-idle");
            t.setDaemon(true);
            return t;
        });
        try {
            thread.execute(watcher::run);
            deliver("100 APPENDs one by one", rounds, problems, out, () -> {
                for (int i = 0; i < MESSAGES; i++) {
                    appender.append(MailSync.INBOX, message.apply(1000 + i), Set.of());
                }
            });
            deliver("one MULTIAPPEND of 100, as a burst of mail lands", rounds, problems, out, () -> {
                List<byte[]> burst = new java.util.ArrayList<>();
                for (int i = 0; i < MESSAGES; i++) {
                    burst.add(message.apply(2000 + i));
                }
                appender.appendBurst(MailSync.INBOX, burst);
            });
        } finally {
            watcher.stop();
            thread.shutdownNow();
            thread.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private void deliver(String how, List<Round> rounds, List<String> problems, PrintWriter out, Runnable delivery)
            throws InterruptedException {
        // the watcher logs in and opens INBOX; the wait also leaves the second or two after the
        // previous round's mail, in which Dovecot re-reads the maildir for every open
        Thread.sleep(3000);
        rounds.clear();
        long firstAppend = System.nanoTime();
        delivery.run();
        long lastOk = System.nanoTime();
        long deadline = lastOk + TimeUnit.SECONDS.toNanos(30);
        while (added(rounds) < MESSAGES && System.nanoTime() < deadline && problems.isEmpty()) {
            Thread.sleep(1);
        }
        print(out, how, List.copyOf(rounds), problems, firstAppend, lastOk);
        out.flush();
    }

    private static long added(List<Round> rounds) {
        return rounds.stream().mapToLong(r -> r.result().added()).sum();
    }

    private static void print(PrintWriter out, String how, List<Round> rounds, List<String> problems, long firstAppend,
            long lastOk) {
        long added = added(rounds);
        out.println("+100 via IDLE, " + how + ":");
        if (added < MESSAGES || rounds.isEmpty()) {
            out.println(String.format(Locale.ROOT, "  only %d of %d stored within 30 s%s", added, MESSAGES,
                    problems.isEmpty() ? "" : " (" + problems.get(0) + ")"));
            return;
        }
        Round last = rounds.get(rounds.size() - 1);
        SyncPhases phases = rounds.stream().map(r -> r.result().phases()).reduce(SyncPhases.NONE, SyncPhases::plus);
        StringBuilder each = new StringBuilder();
        for (Round r : rounds) {
            each.append(String.format(Locale.ROOT, " %d at %+.0f/%+.0f ms", r.result().added(), ms(r.heardAt() - lastOk),
                    ms(r.storedAt() - lastOk)));
        }
        out.println(String.format(Locale.ROOT, "  (b) %.1f ms from the last APPEND's OK to all %d stored"
                + " (the APPENDs took %.0f ms); (a) %.1f ms from the watcher hearing to stored (last round), %d round(s),"
                + " method %s",
                ms(last.storedAt() - lastOk), added, ms(lastOk - firstAppend), ms(last.storedAt() - last.heardAt()),
                rounds.size(), last.result().method()));
        out.println(String.format(Locale.ROOT, "  (c) server: told the watcher %.1f ms after the last APPEND's OK"
                + " (Dovecot tells IDLE sessions 0.5 s after a change); in (a) RelayDesk's CPU: fetch %.1f ms,"
                + " parse %.1f ms, store %.1f ms (writer), waited for the writer %.1f ms; the rest is the wire and the"
                + " server's answers (all rounds). Rounds (stored, heard/stored relative to the last OK):%s",
                ms(last.heardAt() - lastOk), ms(phases.fetch()), ms(phases.parse()), ms(phases.store()),
                ms(phases.waitedForStore()), each));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }
}
