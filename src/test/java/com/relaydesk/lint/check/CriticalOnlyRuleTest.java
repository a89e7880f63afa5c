package com.relaydesk.lint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Linter;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.rules.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalOnlyRuleTest {

    private static List<Finding> c1(Draft draft) {
        return Linter.standard().lint(draft).findings().stream().filter(f -> f.ruleId() == RuleId.C1).toList();
    }

    @Test
    void aNewMessageWrittenWhileAnsweringABuyerSaysWhyItCountsAsUnsolicitedAndHowToAnswerInstead() {
        Draft answeringOutsideTheThread = new Draft("Your lamp cord question", "Hello Noah, it comes with a UK plug.",
                null, List.of(), MessageKind.UNSOLICITED, null, null,
                List.of("Does the lamp cord come with a UK plug?"), false);

        List<Finding> found = c1(answeringOutsideTheThread);

        assertEquals(1, found.size());
        assertTrue(found.get(0).message().startsWith("Sent as a new message, outside the buyer's thread"), found.get(0).message());
        assertTrue(found.get(0).message().contains("untick \"Send as a new message\""));
    }

    @Test
    void aMessageTheSellerStartsIsToldOnlyTheRule() {
        List<Finding> found = c1(Draft.unsolicited("Hello from our team", "Hello, we hope all is well with you."));

        assertEquals(1, found.size());
        assertFalse(found.get(0).message().contains("buyer's thread"), found.get(0).message());
    }
}
