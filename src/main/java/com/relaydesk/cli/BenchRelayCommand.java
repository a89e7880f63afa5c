package com.relaydesk.cli;

import com.relaydesk.relay.demo.RelayBenchmark;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code relaydesk bench relay}: how fast the embedded relay starts and answers. */
@Command(name = "relay", mixinStandardHelpOptions = true,
        description = {"Time the embedded relay: demo world generation, start, one message through the rules,",
            "an IMAP read, and a test-size start. Target (issue 3): demo-server ready in under 5 s."})
final class BenchRelayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Warm runs after the first, cold one (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Instant begin = Instant.now();
        var figures = RelayBenchmark.run(Math.max(1, runs));
        out.printf(Locale.ROOT, "Embedded relay, 1 cold run then %d warm runs (median)%n", Math.max(1, runs));
        double coldTotal = 0;
        for (RelayBenchmark.Figure f : figures) {
            out.printf(Locale.ROOT, "%-40s cold %8.1f ms   warm median %8.1f ms%n", f.step(), f.coldMs(), f.medianMs());
            if (f.step().startsWith("generate") || f.step().startsWith("start the relay")) {
                coldTotal += f.coldMs();
            }
        }
        out.printf(Locale.ROOT, "Cold demo relay ready %.0f ms after the JVM started (target < 5000 ms)%n",
                Duration.between(jvmStart, begin).toMillis() + coldTotal);
        out.flush();
        return 0;
    }
}
