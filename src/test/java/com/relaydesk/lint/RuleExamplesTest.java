package com.relaydesk.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one generic test of every rule (LanguageTool's pattern): each rule flags its bad examples
 * and leaves its good ones alone, and applying any suggested fix to any example leaves no finding
 * that was not there before, and removes the one it fixes.
 */
class RuleExamplesTest {

    private final Linter linter = Linter.standard();

    @TestFactory
    Stream<DynamicTest> everyRuleFlagsItsBadExamplesAndOnlyThose() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : linter.rules()) {
            List<RuleExample> examples = rule.examples();
            tests.add(DynamicTest.dynamicTest(rule.id() + " has good and bad examples", () -> {
                assertTrue(examples.stream().anyMatch(RuleExample::flagged), rule.id() + " needs a bad example");
                assertTrue(examples.stream().anyMatch(e -> !e.flagged()), rule.id() + " needs a good example");
            }));
            for (RuleExample example : examples) {
                tests.add(DynamicTest.dynamicTest(rule.id() + (example.flagged() ? " flags " : " passes ")
                        + preview(example.draft()), () -> {
                    List<Finding> found = rule.check(new LintContext(example.draft()));
                    assertEquals(example.flagged(), !found.isEmpty(), () -> rule.id() + " on " + example.draft()
                            + " found " + found);
                    found.forEach(f -> assertEquals(rule.id(), f.ruleId()));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> applyingAFixNeverCreatesANewFinding() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : linter.rules()) {
            for (RuleExample example : rule.examples()) {
                LintReport before = linter.lint(example.draft());
                for (Finding finding : before.findings()) {
                    for (Fix fix : finding.fixes()) {
                        tests.add(DynamicTest.dynamicTest(finding.ruleId() + " fix \"" + fix.label() + "\" on "
                                + preview(example.draft()), () -> checkFix(before, finding, fix)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private void checkFix(LintReport before, Finding fixed, Fix fix) {
        Draft after = before.draft().apply(fix);
        LintReport report = linter.lint(after);
        Map<String, Integer> was = counts(before.findings());
        Map<String, Integer> now = counts(report.findings());
        for (Map.Entry<String, Integer> entry : now.entrySet()) {
            if (entry.getValue() > was.getOrDefault(entry.getKey(), 0)) {
                fail("fix \"" + fix.label() + "\" created a new finding: " + entry.getKey() + "\nafter: " + after);
            }
        }
        assertTrue(now.getOrDefault(key(fixed), 0) < was.get(key(fixed)),
                () -> "fix \"" + fix.label() + "\" did not remove " + key(fixed) + "\nafter: " + after);
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.merge(key(f), 1, Integer::sum);
        }
        return counts;
    }

    private static String key(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.message();
    }

    private static String preview(Draft draft) {
        String body = draft.text() != null ? draft.text() : draft.html() != null ? draft.html() : "";
        String s = (draft.subject() + " | " + body).replace('\n', ' ');
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }

    @Test
    void everyRuleHasItsOwnStableId() {
        assertEquals(linter.rules().size(), linter.rules().stream().map(Rule::id).distinct().count());
        assertFalse(linter.rules().isEmpty());
    }
}
