package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.mail.SyncPhases;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncCountsTest {

    @Test
    void theParseFigureIsEstimatedFromEveryEighthMessageAndTakenOffTheFetchLoop() {
        SyncCounts counts = new SyncCounts();
        int timed = 0;
        for (int i = 0; i < 20; i++) {
            if (counts.timesNextParse()) {
                timed++;
                counts.timedParse(100);
            }
        }
        counts.fetchAndParseNanos = 5_000;
        counts.fetchNanos = 40;  // the flag listing, timed apart

        SyncPhases phases = counts.phases();

        assertEquals(3, timed, "messages 1, 9 and 17 of 20 are timed");
        assertEquals(Duration.ofNanos(300L * 20 / 3), phases.parse());
        assertEquals(Duration.ofNanos(40 + 5_000 - 2_000), phases.fetch());
    }

    @Test
    void noMessagesMeansNoParseTime() {
        SyncCounts counts = new SyncCounts();
        counts.fetchAndParseNanos = 700;

        assertEquals(Duration.ZERO, counts.phases().parse());
        assertEquals(Duration.ofNanos(700), counts.phases().fetch());
    }
}
