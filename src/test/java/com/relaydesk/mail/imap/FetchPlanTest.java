package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchPlanTest {

    private static final long MS = 1_000_000;

    private static List<long[]> drain(FetchPlan plan) {
        List<long[]> commands = new ArrayList<>();
        for (long[] c = plan.next(); c != null; c = plan.next()) {
            commands.add(c);
        }
        return commands;
    }

    @Test
    void denseRangesCoverEveryUidOnceInCommandsOfTheSizeAskedFor() {
        List<long[]> commands = drain(FetchPlan.fixed(UidRanges.dense(5, 17), 5));

        assertEquals(3, commands.size());
        assertArrayEquals(new long[] {5, 9}, commands.get(0));
        assertArrayEquals(new long[] {10, 14}, commands.get(1));
        assertArrayEquals(new long[] {15, 16}, commands.get(2), "up to the last UID below the end");
    }

    @Test
    void listedRangesKeepToTheByteLimitButTakeAnOversizedMessageAlone() {
        long[] uids = {3, 8, 9, 20, 21};
        long[] sizes = {40, 40, 500, 10, 10};
        List<long[]> commands = drain(FetchPlan.fixed(UidRanges.listed(uids, sizes, 100), 10));

        assertEquals(3, commands.size());
        assertArrayEquals(new long[] {3, 8}, commands.get(0));
        assertArrayEquals(new long[] {9, 9}, commands.get(1), "bigger than the limit: a command of its own");
        assertArrayEquals(new long[] {20, 21}, commands.get(2));
    }

    @Test
    void aPacedPlanSizesEachCommandToTakeAboutTheTimeAskedForAtTheSpeedMeasured() {
        FetchPlan.Paced plan = (FetchPlan.Paced) FetchPlan.paced(UidRanges.dense(1, 100_000), Duration.ofSeconds(1), 1000);

        assertArrayEquals(new long[] {1, FetchPlan.Paced.FIRST}, plan.next(), "nothing measured yet");
        plan.ran(100, 500 * MS);        // 200 messages a second: a slow line
        assertEquals(200, plan.size());
        assertArrayEquals(new long[] {101, 300}, plan.next());
        plan.ran(200, 50 * MS);         // 4,000 a second
        assertEquals(1000, plan.size(), "never more than the most");
        plan.ran(30, 10_000 * MS);      // 3 a second
        assertEquals(FetchPlan.Paced.FEWEST, plan.size(), "never fewer than the fewest");
        plan.ran(0, 10_000 * MS);
        assertEquals(FetchPlan.Paced.FEWEST, plan.size(), "a command that found no message measures nothing");
    }

    @Test
    void aPacedPlanNeverAsksForMoreThanItsMostAndEnds() {
        FetchPlan plan = FetchPlan.paced(UidRanges.dense(1, 8), Duration.ofSeconds(1), 5);

        assertArrayEquals(new long[] {1, 5}, plan.next());
        plan.ran(5, MS);
        assertArrayEquals(new long[] {6, 7}, plan.next());
        assertNull(plan.next());
    }
}
