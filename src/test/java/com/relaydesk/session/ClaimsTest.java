package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:20:00Z");

    @Test
    void aClaimIsAKeywordWithInitialsAndTheMinuteItWasMade() {
        assertEquals("$RDClaim_AB_202611301020", Claims.keyword("AB", NOW));
    }

    @Test
    void anotherDesktopsFreshClaimCountsButOneOlderThanTheTimeoutDoesNot() {
        String fresh = Claims.keyword("AB", NOW.minus(Duration.ofMinutes(5)));
        String stale = Claims.keyword("CD", NOW.minus(Claims.TIMEOUT).minusSeconds(60));
        assertEquals("AB", Claims.heldByOthers(Set.of(fresh, "\\Seen"), "ZZ", NOW).orElseThrow().initials());
        assertTrue(Claims.heldByOthers(Set.of(stale), "ZZ", NOW).isEmpty(), "a crashed desktop never locks a buyer");
        assertTrue(Claims.heldByOthers(Set.of(fresh), "AB", NOW).isEmpty(), "your own claim is no warning");
    }

    @Test
    void initialsComeFromTheNameAndStayKeywordSafe() {
        assertEquals("AB", Claims.initialsOf("Anna Berg"));
        assertEquals("AN", Claims.initialsOf("anna"));
        assertEquals("JD", Claims.initialsOf("jean-dupont"));
        assertEquals("XA", Claims.initialsOf("Émile Aubert"));
    }
}
