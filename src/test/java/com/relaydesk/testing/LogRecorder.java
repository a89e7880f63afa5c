package com.relaydesk.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps what some loggers said during a test, so a failure that happens once in many runs
 * carries the code's own account of what it did in its message.
 */
public final class LogRecorder implements AutoCloseable {

    private final List<Logger> loggers = new ArrayList<>();
    private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(Instant.ofEpochMilli(record.getMillis()) + " [" + Thread.currentThread().getName() + "] "
                    + record.getLoggerName().replaceAll(".*\\.", "") + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " — " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Records INFO and above from the loggers of these classes until closed. */
    public LogRecorder(Class<?>... sources) {
        this(java.util.Arrays.stream(sources).map(Class::getName).toList());
    }

    private LogRecorder(List<String> loggerNames) {
        handler.setLevel(Level.INFO);
        for (String name : loggerNames) {
            Logger logger = Logger.getLogger(name);
            logger.addHandler(handler);
            loggers.add(logger); // held: a logger nobody references may be collected with its handler
        }
    }

    /** Records INFO and above from loggers named other than by a class of ours (JavaFX's "javafx.css"). */
    public static LogRecorder ofLoggers(String... names) {
        return new LogRecorder(List.of(names));
    }

    /** Everything recorded so far, a line each. */
    public String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.removeHandler(handler));
    }
}
