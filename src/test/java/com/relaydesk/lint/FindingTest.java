package com.relaydesk.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void aSpanThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Finding(RuleId.C6, Severity.BLOCK, "x", Part.TEXT, 5, 4));
    }

    @Test
    void aNegativeStartIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Finding(RuleId.C6, Severity.BLOCK, "x", Part.TEXT, -1, 4));
    }

    @Test
    void aFindingWithoutAMessageIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Finding(RuleId.C6, Severity.BLOCK, " ", Part.TEXT, 0, 1));
    }

    @Test
    void aSpanBeyondTheTextIsCaughtByTheLinter() {
        Rule broken = new Rule() {
            public RuleId id() {
                return RuleId.C10;
            }

            public String description() {
                return "broken";
            }

            public List<Finding> check(LintContext context) {
                return List.of(new Finding(RuleId.C10, Severity.WARN, "x", Part.TEXT, 0, 999));
            }

            public List<RuleExample> examples() {
                return List.of();
            }
        };
        assertThrows(IllegalStateException.class, () -> new Linter(List.of(broken)).lint(Draft.reply("s", "short")));
    }

    @Test
    void aFixReplacesItsRangeOfTheDraft() {
        Draft draft = Draft.reply("s", "Call 030 1234567 now");
        Draft fixed = draft.apply(new Fix("x", Part.TEXT, 5, 16, "reply to this message"));
        assertEquals("Call reply to this message now", fixed.text());
    }
}
