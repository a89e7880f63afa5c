package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FolderSyncState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordSightingsTest {

    private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;

    private AccountCache cache;

    @BeforeEach
    void twoMessages() {
        cache = AccountCache.open(dir.resolve("cache.sqlite"), TestMessages.SELLER);
        cache.sync().storeBatch("INBOX", List.of(TestMessages.buyer(1).build(), TestMessages.buyer(2).build()),
                new FolderSyncState("INBOX", 42, 3, 10));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aClaimCountsFromItsFirstSightAndItsRowGoesWhenTheKeywordLeaves() {
        flags(1, "\\Seen", "$RDClaim_AB");
        List<KeywordSightings.Sighted> first = cache.sightings().refreshClaims(T);
        assertEquals(1, first.size());
        assertEquals(Map.of("$RDClaim_AB", T), Map.copyOf(first.get(0).firstSeen()));

        flags(2, "$RDClaim_CD");
        List<KeywordSightings.Sighted> later = cache.sightings().refreshClaims(T.plus(Duration.ofMinutes(5)));
        assertEquals(2, later.size(), "the partial index finds both claimed messages");
        assertEquals(T, later.stream().filter(s -> s.uid() == 1).findFirst().orElseThrow().firstSeen().get("$RDClaim_AB"),
                "a claim seen before keeps its first sight");

        flags(1, "\\Seen");
        cache.sightings().refreshClaims(T.plus(Duration.ofMinutes(6)));
        flags(1, "\\Seen", "$RDClaim_AB");
        assertEquals(T.plus(Duration.ofMinutes(7)),
                cache.sightings().refreshClaims(T.plus(Duration.ofMinutes(7))).stream().filter(s -> s.uid() == 1)
                        .findFirst().orElseThrow().firstSeen().get("$RDClaim_AB"),
                "taken off and put on again: a new claim, counted from now");
    }

    @Test
    void claimingAgainRenewsTheFirstSight() {
        flags(1, "$RDClaim_AB");
        long row = cache.sightings().refreshClaims(T).get(0).messageRow();
        cache.sightings().seenAgain(row, "$RDClaim_AB", T.plus(Duration.ofMinutes(10)));
        assertEquals(T.plus(Duration.ofMinutes(10)), cache.sightings().firstSeen(row, "$RDClaim_AB", T.plus(Duration.ofHours(1))));
    }

    @Test
    void answerKeywordsAnOlderRelayDeskWroteAreFoundButTheFixedNameIsNot() {
        flags(1, "\\Answered", "$RDAnswer_AB");
        flags(2, "\\Answered", "$RDAnswer_CD_202611281002_abcdefgh");
        List<KeywordSightings.Sighted> old = cache.sightings().oldStyleAnswers(10);
        assertEquals(1, old.size());
        assertEquals(Set.of("$RDAnswer_CD_202611281002_abcdefgh"), old.get(0).keywords());
        assertTrue(cache.sightings().firstSeenOn("<inbox-2@test>", "$RDAnswer_CD", T).equals(T));
    }

    private void flags(long uid, String... flags) {
        cache.sync().applyFlags("INBOX", Map.of(uid, Set.of(flags)), new FolderSyncState("INBOX", 42, 3, 10));
    }
}
