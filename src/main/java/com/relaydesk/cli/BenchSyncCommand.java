package com.relaydesk.cli;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.SyncPhases;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.store.AccountCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code relaydesk bench sync}: times sync inside this process — initial into an empty cache,
 * a resync with nothing changed, and a resync after 100 new messages (which it APPENDs to INBOX:
 * point it at a test account), then 100 more received as the app receives them, over IDLE
 * ({@link IdlePushBench}) — and prints throughput and peak heap.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Time initial, no-change and +100 incremental sync inside the process against a server.",
            "Appends 300 test messages to INBOX of that account: use a test account."})
final class BenchSyncCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Option(names = "--embedded", description = "Sync from an in-process IMAP server (GreenMail, no CONDSTORE) "
            + "filled with --messages generated messages, instead of --host.")
    private boolean embedded;

    @Option(names = "--messages", defaultValue = "10000", description = "Messages in the embedded server (default 10000).")
    private int messages;

    @Option(names = "--repeat", defaultValue = "5", description = "No-change resyncs to time (median printed).")
    private int repeat;

    @Option(names = "--cache", paramLabel = "FILE", description = "Cache file to create (default: a temporary file, deleted after).")
    private Path cacheFile;

    @Override
    public Integer call() throws Exception {
        if (!embedded) {
            return run(server.account(), server.accountAddress());
        }
        spec.commandLine().getOut().println("filling the embedded server with " + messages + " messages...");
        spec.commandLine().getOut().flush();
        try (EmbeddedBenchServer local = new EmbeddedBenchServer(messages)) {
            return run(local.account(), "bench@embedded");
        }
    }

    private int run(MailAccount account, String address) throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("relaydesk-bench");
        Path file = cacheFile != null ? cacheFile : dir.resolve("bench.sqlite");
        try (AccountCache cache = AccountCache.open(file, address);
                ImapBackend backend = new ImapBackend(account).loginAhead()) {
            MailSync sync = new MailSync(cache.sync());
            long t0 = System.nanoTime();
            backend.connect();
            double login = seconds(t0);
            resetPeaks();
            long cpu1 = processCpuNanos();
            long t1 = System.nanoTime();
            List<FolderSyncResult> initial;
            long liveMax;
            try (LiveHeap live = new LiveHeap()) {
                initial = sync.syncAll(backend, SyncListener.NONE, new CancellationToken());
                liveMax = live.max();
            }
            double initialS = seconds(t1);
            double initialCpu = (processCpuNanos() - cpu1) / 1e9;
            SyncPhases phases = initial.stream().map(FolderSyncResult::phases).reduce(SyncPhases.NONE, SyncPhases::plus);
            long peakHeap = peakHeap();
            long messages = initial.stream().mapToLong(FolderSyncResult::added).sum();
            long bytes = initial.stream().mapToLong(FolderSyncResult::bytes).sum();
            double[] noChange = new double[repeat];
            for (int i = 0; i < repeat; i++) {
                long t = System.nanoTime();
                sync.syncAll(backend, SyncListener.NONE, new CancellationToken());
                noChange[i] = seconds(t);
            }
            long appendStart = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                backend.append(MailSync.INBOX, benchMessage(i), Set.of());
            }
            long t2 = System.nanoTime();
            double appendS = (t2 - appendStart) / 1e9;
            List<FolderSyncResult> incremental = sync.syncAll(backend, SyncListener.NONE, new CancellationToken());
            double incrementalS = seconds(t2);
            Arrays.sort(noChange);
            out.println(String.format(Locale.ROOT, "server: %s  capabilities: %s  login %.3f s", account, backend.capabilities(), login));
            out.println(String.format(Locale.ROOT, "initial:     %d messages, %.1f MB in %.3f s = %.0f msgs/s, %.1f MB/s",
                    messages, bytes / 1e6, initialS, messages / initialS, bytes / 1e6 / initialS));
            out.println(String.format(Locale.ROOT, "  CPU time:  fetch %.3f s, parse %.3f s (syncing thread), store %.3f s (writer"
                    + " thread), waited for the writer %.3f s; process CPU %.2f s; load average %.2f",
                    secs(phases.fetch()), secs(phases.parse()), secs(phases.store()), secs(phases.waitedForStore()),
                    initialCpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            out.println(String.format(Locale.ROOT, "no-change:   %.1f ms (median of %d; min %.1f, max %.1f)",
                    noChange[repeat / 2] * 1e3, repeat, noChange[0] * 1e3, noChange[repeat - 1] * 1e3));
            SyncPhases inc = incremental.stream().map(FolderSyncResult::phases).reduce(SyncPhases.NONE, SyncPhases::plus);
            out.println(String.format(Locale.ROOT, "+100 new:    %.1f ms (%d stored, method %s; a sync right after 100 APPENDs,"
                    + " which took %.0f ms)", incrementalS * 1e3,
                    incremental.stream().mapToLong(FolderSyncResult::added).sum(), incremental.get(0).method(), appendS * 1e3));
            out.println(String.format(Locale.ROOT, "  wall:      waited for a fresh login %.1f ms, opening the folders %.1f ms"
                    + " (EXAMINE: the server's work); CPU: fetch %.1f ms, parse %.1f ms, store %.1f ms (writer),"
                    + " waited for the writer %.1f ms; load average %.2f",
                    ms(inc.waitedForLogin()), ms(inc.opening()), ms(inc.fetch()), ms(inc.parse()), ms(inc.store()),
                    ms(inc.waitedForStore()), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            out.flush();
            new IdlePushBench(account, backend, cache.sync()).run(BenchSyncCommand::benchMessage, out);
            out.println(String.format(Locale.ROOT, "  load average %.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            out.println(String.format(Locale.ROOT, "peak heap:   %.0f MB during initial sync (max heap %.0f MB)",
                    peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6));
            out.println(String.format(Locale.ROOT, "after GC:    %.0f MB at most in use right after a collection during initial sync"
                    + " (what the sync keeps; the peak above also counts garbage about to be collected)", liveMax / 1e6));
            out.flush();
        } finally {
            if (cacheFile == null) {
                ScratchFolders.deleteQuietly(dir);
            }
        }
        return 0;
    }

    private static double ms(java.time.Duration d) {
        return d.toNanos() / 1e6;
    }

    private static double secs(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or -1 when the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * The heap in use right after each garbage collection during the sync (from the JVM's GC
     * notifications), at most: what the sync keeps, unlike the pools' peaks, which also count
     * garbage that was about to be collected.
     */
    private static final class LiveHeap implements AutoCloseable {
        private final List<javax.management.NotificationEmitter> emitters = new java.util.ArrayList<>();
        private final javax.management.NotificationListener listener = (n, handback) -> {
            if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                record(used);
            }
        };
        private long max;

        LiveHeap() {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter e) {
                    e.addNotificationListener(listener, null, null);
                    emitters.add(e);
                }
            }
        }

        private synchronized void record(long used) {
            max = Math.max(max, used);
        }

        synchronized long max() {
            return max;
        }

        @Override
        public void close() {
            for (var e : emitters) {
                try {
                    e.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static byte[] benchMessage(int i) {
        String alias = String.format(Locale.ROOT, "bench%07d", i) + "@marketplace.amazon.com";
        return ("From: Bench Buyer <" + alias + ">\r\nTo: seller@example.org\r\n"
                + "Subject: Bench message " + i + " (Order: 113-0000000-" + String.format(Locale.ROOT, "%07d", i) + ")\r\n"
                + "Date: Mon, 30 Nov 2026 07:00:00 +0000\r\nMessage-ID: <bench-" + i + "-" + System.nanoTime() + "@bench.invalid>\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + "Where is my parcel? ".repeat(100) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

}
