package com.relaydesk.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Response-time figures (E3): time from a buyer message's arrival to the seller's first reply,
 * against the 24-hour expectation. Messages marked No Response Needed or reported are left out
 * by the caller: they need no reply (E2, E4).
 */
public final class ResponseStats {

    public static final Duration EXPECTED = Duration.ofHours(24);

    /** One buyer message (who wrote it, when) and, if answered, when the first reply went out. */
    public record Sample(long messageId, String buyer, String subject, Instant received, Instant firstReply) {
        public Sample {
            Objects.requireNonNull(received, "received");
        }

        /** A sample whose buyer is not known. */
        public Sample(long messageId, String subject, Instant received, Instant firstReply) {
            this(messageId, null, subject, received, firstReply);
        }

        /** The time it took, or has taken so far when still unanswered. */
        Duration waited(Instant now) {
            return Duration.between(received, firstReply == null ? now : firstReply);
        }
    }

    /** One day of the chart: answered in time, answered late or still open past 24 h, still in time. */
    public record Day(LocalDate date, int inTime, int late, int open) { }

    /**
     * Figures over a window.
     *
     * @param averageFirstResponse mean over answered messages; empty when none was answered
     * @param shareWithin24h       of messages whose 24 hours are over or that were answered; empty when none
     */
    public record Summary(int received, int answered, OptionalDouble averageFirstResponseHours,
                          OptionalDouble shareWithin24h, List<Day> byDay, List<Sample> overdue) { }

    private ResponseStats() {
    }

    /**
     * Figures for messages received in the last {@code days} calendar days: today and the days before
     * it, whole (7 × 24 hours back from now began on an eighth day, which got a bar of its own).
     */
    public static Summary over(List<Sample> samples, int days, Instant now, ZoneId zone) {
        Instant since = LocalDate.ofInstant(now, zone).minusDays(days - 1L).atStartOfDay(zone).toInstant();
        List<Sample> window = samples.stream()
                .filter(s -> !s.received().isBefore(since) && !s.received().isAfter(now))
                .toList();
        List<Sample> answered = window.stream().filter(s -> s.firstReply() != null).toList();
        OptionalDouble average = answered.stream()
                .mapToDouble(s -> s.waited(now).toMinutes() / 60.0)
                .average();
        List<Sample> decided = window.stream()
                .filter(s -> s.firstReply() != null || s.waited(now).compareTo(EXPECTED) > 0)
                .toList();
        OptionalDouble share = decided.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(decided.stream().filter(s -> !late(s, now)).count() / (double) decided.size());
        List<Sample> overdue = new ArrayList<>(window.stream().filter(s -> late(s, now)).toList());
        overdue.sort(Comparator.comparing(Sample::received).reversed());
        return new Summary(window.size(), answered.size(), average, share, byDay(window, days, now, zone), overdue);
    }

    private static boolean late(Sample sample, Instant now) {
        return sample.waited(now).compareTo(EXPECTED) > 0;
    }

    private static List<Day> byDay(List<Sample> window, int days, Instant now, ZoneId zone) {
        Map<LocalDate, int[]> counts = new TreeMap<>();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (int back = days - 1; back >= 0; back--) {
            counts.put(today.minusDays(back), new int[3]);
        }
        for (Sample sample : window) {
            int[] day = counts.computeIfAbsent(LocalDate.ofInstant(sample.received(), zone), d -> new int[3]);
            if (late(sample, now)) {
                day[1]++;
            } else if (sample.firstReply() != null) {
                day[0]++;
            } else {
                day[2]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }
}
