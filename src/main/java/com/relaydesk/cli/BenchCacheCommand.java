package com.relaydesk.cli;

import com.relaydesk.store.CacheBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code relaydesk bench cache --messages N}: how fast the cache answers the inbox screens. */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = {"Fill a new cache with a generated mailbox and time the inbox queries:",
            "first page of each view, a deep page, counts, opening a message, full-text search.",
            "Targets (issue 4): first page <= 20 ms and a search <= 50 ms at 100,000 messages."})
final class BenchCacheCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--messages", paramLabel = "N", defaultValue = "100000",
            description = "Messages in the generated mailbox (default: ${DEFAULT-VALUE}).")
    private int messages;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "31",
            description = "Timed runs of each query after warm-up; the median is reported (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder for the cache file (default: a temporary folder, deleted afterwards).")
    private Path dir;

    @Override
    public Integer call() throws IOException {
        refuseTooFew();
        PrintWriter out = spec.commandLine().getOut();
        Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("relaydesk-bench-cache");
        Path file = folder.resolve("bench-" + messages + ".sqlite");
        try {
            out.printf("Filling a cache with %,d generated messages in %s ...%n", messages, file);
            out.flush();
            CacheBenchmark.Report report = new CacheBenchmark(messages, runs).run(file);
            out.printf("fill: %,.1f s (%,.0f messages/s, batches of 1,000 in transactions), file %,.1f MB%n",
                    report.fillSeconds(), report.messagesPerSecond(), report.fileBytes() / 1e6);
            out.printf("%-36s %10s %10s %6s%n", "query (" + runs + " runs)", "median ms", "max ms", "rows");
            for (CacheBenchmark.Timing t : report.timings()) {
                out.printf("%-36s %10.2f %10.2f %6d%n", t.name(), t.medianMs(), t.maxMs(), t.rows());
            }
            out.printf("java %s, %d cores, heap max %,d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1 << 20));
            out.flush();
            return 0;
        } finally {
            if (dir == null) {
                ScratchFolders.deleteQuietly(folder);
            }
        }
    }

    /** Too small a figure is a usage error, told as one instead of a failure with a stack trace. */
    private void refuseTooFew() {
        if (messages < CacheBenchmark.MIN_MESSAGES) {
            throw new ParameterException(spec.commandLine(),
                    "--messages must be at least " + CacheBenchmark.MIN_MESSAGES + ", not " + messages + ".");
        }
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1, not " + runs + ".");
        }
    }
}
