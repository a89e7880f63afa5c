package com.relaydesk.relay.demo;

import java.util.Set;

/**
 * How far a demo world has gone since it was generated: where its two number sequences are and
 * what it has used up, so that a resumed world writes the messages it would have written next
 * (no Message-ID twice, no order written about twice).
 *
 * @param worldRandom   the state of the world's generator (who writes, about which order, what)
 * @param trafficRandom the state of the traffic's generator (which kind, whether a buyer answers)
 * @param messageNumber the last message number used in a Message-ID
 * @param boundaries    MIME boundaries made so far
 * @param discussed     orders a buyer has already written about
 */
public record DemoProgress(long worldRandom, long trafficRandom, int messageNumber, int boundaries,
        Set<String> discussed) {

    public DemoProgress {
        discussed = Set.copyOf(discussed);
    }
}
