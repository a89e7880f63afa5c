package com.relaydesk.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.rules.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phone number or link taken out alone leaves a broken sentence: the seller may drop the sentence instead. */
class DropSentenceFixTest {

    private final Linter linter = Linter.standard();

    private List<String> labels(LintReport report, RuleId rule) {
        return report.findings().stream().filter(f -> f.ruleId() == rule).findFirst().orElseThrow()
                .fixes().stream().map(Fix::label).toList();
    }

    private Draft drop(Draft draft, RuleId rule) {
        Finding finding = linter.lint(draft).findings().stream().filter(f -> f.ruleId() == rule).findFirst().orElseThrow();
        return draft.apply(finding.fixes().stream().filter(f -> f.label().equals("Drop the sentence")).findFirst().orElseThrow());
    }

    @Test
    void thePhoneNumberAndTheLinkEachOfferToDropTheirSentence() {
        Draft draft = Draft.reply("Re: cancel", "Hola Carmen, we cancelled it. Call me at +1 415 555 0199 or visit "
                + "www.walnut-wick.example ok");
        LintReport report = linter.lint(draft);
        assertEquals(List.of("Replace with \"reply to this message\"", "Drop the sentence"), labels(report, RuleId.C6));
        assertEquals(List.of("Remove the link", "Drop the sentence"), labels(report, RuleId.C5));

        Draft fixed = drop(draft, RuleId.C6);
        assertEquals("Hola Carmen, we cancelled it. ", fixed.text());
        assertEquals(List.of(), linter.lint(fixed).findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void theReplacementIsInTheLanguageTheReplyIsWrittenIn() {
        Draft spanish = Draft.reply("Re: Cancelar pedido", "Hola Carmen, he cancelado el pedido. Para cualquier duda "
                + "escriba a tienda@walnut-wick.example por favor.");
        assertEquals(List.of("Replace with \"responda a este mensaje\"", "Drop the sentence"),
                labels(linter.lint(spanish), RuleId.C6));
        Draft german = Draft.htmlReply("Re: Rechnung", "<p>Hallo Herr Weber, die Rechnung ist im Anhang. Bei Fragen "
                + "<a href=\"tel:+49301234567\">rufen Sie uns an</a>, bitte.</p>");
        assertEquals(List.of("Replace with \"antworten Sie auf diese Nachricht\""), labels(linter.lint(german), RuleId.C6));
    }

    @Test
    void aSentenceThatIsTheWholeReplyIsNotOfferedForDropping() {
        LintReport report = linter.lint(Draft.reply("Re: help", "Call us on +49 30 1234567 and we sort it out."));
        assertEquals(List.of("Replace with \"reply to this message\""), labels(report, RuleId.C6));
    }
}
