package com.relaydesk.cli;

import com.relaydesk.lint.LintBenchmark;
import com.relaydesk.lint.Linter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code relaydesk bench lint}: median and 95th percentile of one lint, typical message and HTML message. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Time the pre-send linter after warm-up on a typical 1-2 KB reply and a 5,000-character",
            "HTML message. Targets (issue 5): median <= 0.2 ms and <= 5 ms."})
final class BenchLintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000",
            description = "Untimed runs first, so the JIT has compiled the linter (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5000",
            description = "Timed runs per message (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Linting after %,d warm-up runs, %,d timed runs each%n", warmup, Math.max(1, runs));
        for (LintBenchmark.Result r : new LintBenchmark(Linter.standard()).run(warmup, Math.max(1, runs))) {
            out.printf(Locale.ROOT, "%-28s %6d chars  median %7.3f ms  p95 %7.3f ms  (CPU median %7.3f ms)  target %.1f ms  %s%n",
                    r.name(), r.characters(), r.medianMs(), r.p95Ms(), r.cpuMedianMs(), r.targetMs(),
                    r.meetsTarget() ? "met" : "MISSED");
        }
        out.println("The wall clock counts waiting for a core on a busy machine; the CPU median does not.");
        out.flush();
        return 0;
    }
}
