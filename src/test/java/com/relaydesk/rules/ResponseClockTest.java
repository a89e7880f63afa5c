package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.rules.ResponseClock.Urgency;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseClockTest {

    private static final Instant ARRIVED = Instant.parse("2026-11-20T08:00:00Z");

    private static ResponseClock.Reading after(Duration elapsed) {
        return ResponseClock.read(ARRIVED, ARRIVED.plus(elapsed));
    }

    @Test
    void aMessageThatHasJustComeOrIsDatedAheadReadsTwentyFourHoursNotADay() {
        assertEquals("24h left", after(Duration.ZERO).label());
        assertEquals("24h left", after(Duration.ofMinutes(-90)).label(), "the sender's clock 90 minutes ahead");
        assertEquals("23h 59m left", after(Duration.ofSeconds(30)).label());
    }

    @Test
    void aFreshMessageHasTheFullDayLeftAndIsCalm() {
        ResponseClock.Reading reading = after(Duration.ofMinutes(30));
        assertEquals(Urgency.CALM, reading.urgency());
        assertEquals("23h 30m left", reading.label());
    }

    @Test
    void underSixHoursLeftTurnsAmberAndUnderTwoTurnsRed() {
        assertEquals(Urgency.CALM, after(Duration.ofHours(18)).urgency());
        assertEquals(Urgency.AMBER, after(Duration.ofHours(18).plusMinutes(1)).urgency());
        assertEquals(Urgency.AMBER, after(Duration.ofHours(22)).urgency());
        assertEquals(Urgency.RED, after(Duration.ofHours(22).plusMinutes(1)).urgency());
        assertEquals("1h 59m left", after(Duration.ofHours(22).plusMinutes(1)).label());
    }

    @Test
    void atTheTwentyFourHourMarkItIsOverdueAndSaysByHowMuch() {
        assertEquals(Urgency.OVERDUE, after(Duration.ofHours(24)).urgency());
        assertEquals("overdue by 3h 5m", after(Duration.ofHours(27).plusMinutes(5)).label());
        assertEquals("overdue by 2d 4h", after(Duration.ofHours(24 + 52)).label());
    }

    @Test
    void theLastMinuteReadsLessThanAMinute() {
        assertEquals("<1m left", after(Duration.ofHours(24).minusSeconds(20)).label());
    }
}
