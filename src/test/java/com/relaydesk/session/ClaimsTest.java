package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:20:00Z");

    @Test
    void aClaimIsOneFixedKeywordPerPersonWithNoTimeInItsName() {
        assertEquals("$RDClaim_AB", Claims.keyword("AB"));
        assertEquals("$RDAnswer_AB", AnswerKeywords.keyword("AB"));
    }

    @Test
    void anotherDesktopsClaimCountsFromWhenThisDesktopFirstSawItUntilTheTimeout() {
        Function<String, Instant> seen = Map.of(
                "$RDClaim_AB", NOW.minus(Duration.ofMinutes(5)),
                "$RDClaim_CD", NOW.minus(Claims.TIMEOUT).minusSeconds(60))::get;
        assertEquals(new Claims.Claim("AB", NOW.minus(Duration.ofMinutes(5))),
                Claims.heldByOthers(Set.of("$RDClaim_AB", "\\Seen"), "ZZ", NOW, seen).orElseThrow());
        assertTrue(Claims.heldByOthers(Set.of("$RDClaim_CD"), "ZZ", NOW, seen).isEmpty(), "a crashed desktop never locks a buyer");
        assertTrue(Claims.heldByOthers(Set.of("$RDClaim_AB"), "AB", NOW, seen).isEmpty(), "your own claim is no warning");
    }

    @Test
    void aClaimAnOlderRelayDeskMadeIsStillReadWithTheTimeInItsName() {
        Function<String, Instant> never = k -> {
            throw new AssertionError("an old-style claim has its own time: " + k);
        };
        assertEquals(new Claims.Claim("AB", Instant.parse("2026-11-30T10:15:00Z")),
                Claims.heldByOthers(Set.of("$RDClaim_AB_202611301015"), "ZZ", NOW, never).orElseThrow());
        assertTrue(Claims.heldByOthers(Set.of("$RDClaim_AB_202611300955"), "ZZ", NOW, never).isEmpty());
        assertEquals(Set.of("$RDClaim_AB", "$RDClaim_AB_202611301015"),
                Claims.mine(Set.of("$RDClaim_AB", "$RDClaim_AB_202611301015", "$RDClaim_CD", "$RDAnswer_AB"), "AB"),
                "releasing takes off both styles of one's own claim");
    }

    @Test
    void aDesktopTakesOffOnlyItsOwnTimedOutClaimsAndAnyonesTimedOutOldStyleClaims() {
        Instant long_ago = NOW.minus(Claims.TIMEOUT).minusSeconds(1);
        Function<String, Instant> seen = k -> long_ago;
        Set<String> flags = Set.of("$RDClaim_AB", "$RDClaim_CD", "$RDClaim_EF_202611300900", "$RDClaim_GH_202611301019",
                "$NoResponseNeeded");
        assertEquals(Set.of("$RDClaim_AB", "$RDClaim_EF_202611300900"), Claims.stale(flags, Set.of("AB"), NOW, seen));
        assertEquals(Set.of("$RDClaim_EF_202611300900"), Claims.stale(flags, Set.of("AB"), NOW, k -> NOW),
                "a claim this desktop renewed a moment ago stays");
    }

    @Test
    void answerKeywordsOfBothStylesAreReadAndAnOlderReplyKnowsItsOwnByToken() {
        AnswerKeywords.Answer fixed = AnswerKeywords.parse("$RDAnswer_AB").orElseThrow();
        assertEquals("AB", fixed.initials());
        assertTrue(fixed.at().isEmpty() && !fixed.legacy());
        String old = "$RDAnswer_CD_202611301002_" + AnswerKeywords.token("<r1@seller.test>");
        AnswerKeywords.Answer legacy = AnswerKeywords.parse(old).orElseThrow();
        assertEquals(Instant.parse("2026-11-30T10:02:00Z"), legacy.at().orElseThrow());
        assertEquals(java.util.Optional.of(old), AnswerKeywords.legacyOwn(Set.of(old, "\\Answered"), "<r1@seller.test>"));
        assertTrue(AnswerKeywords.legacyOwn(Set.of(old), "<r2@seller.test>").isEmpty());
        assertEquals("CD", AnswerKeywords.other(Set.of("$RDAnswer_AB", old), "$RDAnswer_AB").orElseThrow().initials());
        assertTrue(AnswerKeywords.whyHeld(Set.of("$RDAnswer_AB"), "", java.util.Optional.empty()).orElseThrow()
                .startsWith("AB answered this buyer — your reply was not sent."));
    }

    @Test
    void initialsComeFromTheNameAndStayKeywordSafe() {
        assertEquals("AB", Claims.initialsOf("Anna Berg"));
        assertEquals("AN", Claims.initialsOf("anna"));
        assertEquals("JD", Claims.initialsOf("jean-dupont"));
        assertEquals("XA", Claims.initialsOf("Émile Aubert"));
    }
}
