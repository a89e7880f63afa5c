package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** UIDs become compact IMAP sets, split so no command line grows without end. */
class StoreFlagsTest {

    @Test
    void runsOfUidsBecomeRangesInOrderWithoutRepeats() {
        assertEquals(List.of("1:3,5,7:8"), StoreFlags.uidSets(List.of(8L, 2L, 1L, 3L, 5L, 7L, 2L), 500));
    }

    @Test
    void aLongListIsSplitIntoCommandsOfAtMostSoManyRanges() {
        assertEquals(List.of("1,3", "5:6,9", "11"), StoreFlags.uidSets(List.of(1L, 3L, 5L, 6L, 9L, 11L), 2));
        assertEquals(List.of(), StoreFlags.uidSets(List.of(), 2));
    }
}
