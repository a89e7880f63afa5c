package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseStatsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static ResponseStats.Sample sample(long id, Duration ago, Duration answeredAfter) {
        Instant received = NOW.minus(ago);
        return new ResponseStats.Sample(id, "s" + id, received, answeredAfter == null ? null : received.plus(answeredAfter));
    }

    @Test
    void e3AverageCountsOnlyAnsweredMessagesFromArrivalToFirstReply() {
        ResponseStats.Summary summary = ResponseStats.over(List.of(
                sample(1, Duration.ofDays(2), Duration.ofHours(2)),
                sample(2, Duration.ofDays(3), Duration.ofHours(6)),
                sample(3, Duration.ofHours(1), null)), 7, NOW, ZoneOffset.UTC);
        assertEquals(3, summary.received());
        assertEquals(2, summary.answered());
        assertEquals(4.0, summary.averageFirstResponseHours().orElseThrow(), 1e-9);
    }

    @Test
    void e3ShareWithin24hCountsLateRepliesAndUnansweredMessagesPastTheMarkButNotOnesStillInTime() {
        ResponseStats.Summary summary = ResponseStats.over(List.of(
                sample(1, Duration.ofDays(2), Duration.ofHours(2)),     // in time
                sample(2, Duration.ofDays(3), Duration.ofHours(30)),    // late reply
                sample(3, Duration.ofHours(30), null),                  // open and overdue
                sample(4, Duration.ofHours(3), null)),                  // open, still in time: not decided
                7, NOW, ZoneOffset.UTC);
        assertEquals(1 / 3.0, summary.shareWithin24h().orElseThrow(), 1e-9);
        assertEquals(List.of(3L, 2L), summary.overdue().stream().map(ResponseStats.Sample::messageId).toList());
    }

    @Test
    void theWindowLeavesOutOlderMessagesAndTheChartHasOneBarPerDayEvenWhenEmpty() {
        ResponseStats.Summary summary = ResponseStats.over(List.of(
                sample(1, Duration.ofDays(10), Duration.ofHours(1)),
                sample(2, Duration.ofHours(1), Duration.ofMinutes(30))), 7, NOW, ZoneOffset.UTC);
        assertEquals(1, summary.received());
        assertEquals(7, summary.byDay().size());
        ResponseStats.Day today = summary.byDay().get(6);
        assertEquals(LocalDate.of(2026, 11, 30), today.date());
        assertEquals(1, today.inTime());
        assertTrue(summary.byDay().subList(0, 6).stream().allMatch(d -> d.inTime() + d.late() + d.open() == 0));
    }

    @Test
    void theLastSevenDaysAreSevenCalendarDaysNotAnEighthPartDayBefore() {
        ResponseStats.Summary summary = ResponseStats.over(List.of(
                sample(1, Duration.ofDays(7).minusHours(2), Duration.ofHours(1)),   // Nov 23, 14:00: eight days back
                sample(2, Duration.ofDays(6).plusHours(11), Duration.ofHours(1))),  // Nov 24, 01:00
                7, NOW, ZoneOffset.UTC);
        assertEquals(7, summary.byDay().size(), summary.byDay().toString());
        assertEquals(LocalDate.of(2026, 11, 24), summary.byDay().get(0).date());
        assertEquals(1, summary.received(), "the one from the eighth day is left out of the figures too");
    }

    @Test
    void noMessagesMeansNoFiguresRatherThanZero() {
        ResponseStats.Summary summary = ResponseStats.over(List.of(), 30, NOW, ZoneOffset.UTC);
        assertTrue(summary.averageFirstResponseHours().isEmpty());
        assertTrue(summary.shareWithin24h().isEmpty());
    }
}
