package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.rules.RelayNotices.Kind;
import com.relaydesk.rules.RelayNotices.Notice;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelayNoticesTest {

    private final Notice bounce = new Notice(Kind.BOUNCED, RuleId.B2, "kx4j9v2mq1zp@marketplace.amazon.com",
            "<abc@seller.example>", "Your order 113-4455667-8899001");

    @Test
    void b2ABounceSubjectNamesTheRuleAndTheOriginalSubject() {
        assertEquals("Message not delivered [B2]: Your order 113-4455667-8899001",
                RelayNotices.subject(RuleId.B2, bounce.originalSubject()));
    }

    @Test
    void aWrittenNoticeParsesBackToTheSameNotice() {
        Map<String, String> headers = RelayNotices.headers(bounce);
        assertEquals("bounced", headers.get("X-Relay-Notice"));
        assertEquals("<abc@seller.example>", headers.get("In-Reply-To"));
        assertEquals(Optional.of(bounce),
                RelayNotices.parse(RelayNotices.subject(RuleId.B2, bounce.originalSubject()), headers));
    }

    @Test
    void b1ARejectionIsRecognisedWithHeaderNamesInAnyCase() {
        Notice parsed = RelayNotices.parse("Message not delivered [B1]: Hello",
                Map.of("x-relay-notice", "REJECTED", "x-relay-rule", "b1", "in-reply-to", "<m1@x>")).orElseThrow();
        assertEquals(Kind.REJECTED, parsed.kind());
        assertEquals(RuleId.B1, parsed.rule());
        assertEquals("<m1@x>", parsed.originalMessageId());
        assertEquals("Hello", parsed.originalSubject());
    }

    @Test
    void aNoticeWithoutRelayHeadersIsRecognisedByItsSubject() {
        Notice parsed = RelayNotices.parse("Message not delivered [B2]: Shipping update", Map.of()).orElseThrow();
        assertEquals(Kind.BOUNCED, parsed.kind());
        assertEquals("Shipping update", parsed.originalSubject());
        assertEquals(Kind.REJECTED, RelayNotices.parse("message not delivered [D3]: x", null).orElseThrow().kind());
    }

    @Test
    void ordinaryMailIsNoNotice() {
        assertEquals(Optional.empty(), RelayNotices.parse("Re: Message not delivered?", Map.of("From", "buyer")));
        assertEquals(Optional.empty(), RelayNotices.parse("Message not delivered [Z9]: x", Map.of()));
        assertEquals(Optional.empty(), RelayNotices.parse(null, null));
    }

    @Test
    void theBodySaysWhyAndForAnOptOutHowToReachTheBuyer() {
        String body = RelayNotices.body(bounce, "The buyer opted out of unsolicited messages.");
        assertTrue(body.contains("B2 Opt-out"), body);
        assertTrue(body.contains("[Important]"), body);
        assertTrue(body.contains("Additional Information Required"), body);
    }
}
