package com.relaydesk.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * C11 spares only what the buyer really wrote: a "&gt;" line, a blockquote or the text after an
 * "Original Message" line counts as the buyer's when it is in the message being answered. The
 * seller typing "&gt;" before their own phone number and review request sent both past the linter.
 */
class QuotedBuyerTextTest {

    private static final String BUYER = "Hi, my order was due on Monday and it has not come yet.\n"
            + "Can you tell me where it is?\n\nThanks, Grace";

    private static final String SELLER_QUOTE = "Hi Grace, thanks for your patience.\n\n"
            + "> Call us at 020 7946 0018 or mail help@walnutwick.com\n"
            + "> Please leave us a 5-star review!";

    private final Linter linter = Linter.standard();

    private LintReport lint(String text, String buyerWrote) {
        Draft draft = Draft.reply("Re: Where is my order?", text);
        return linter.lint(buyerWrote == null ? draft : draft.withQuotedBuyerText(List.of(buyerWrote)));
    }

    private LintReport lintHtml(String html, String buyerWrote) {
        return linter.lint(Draft.htmlReply("Re: your question", html).withQuotedBuyerText(List.of(buyerWrote)));
    }

    private static Set<RuleId> blocking(LintReport report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.BLOCK).map(Finding::ruleId)
                .collect(Collectors.toSet());
    }

    @Test
    void linesTheSellerMarksAsQuotedButTheBuyerNeverWroteAreCheckedLikeTheSellersOwn() {
        LintReport report = lint(SELLER_QUOTE, BUYER);

        assertEquals(Set.of(RuleId.C3, RuleId.C6), blocking(report), () -> report.findings().toString());
        assertEquals(2, report.findings().stream().filter(f -> f.ruleId() == RuleId.C6).count(),
                "the phone number and the address each: " + report.findings());
        assertTrue(report.findings().stream().noneMatch(f -> f.message().contains("will not be held against you")
                || f.message().contains("does not count it against you")), report.findings().toString());
    }

    @Test
    void withoutTheBuyersMessageNoQuotedLineIsSpared() {
        LintReport report = lint(SELLER_QUOTE, null);

        assertEquals(Set.of(RuleId.C3, RuleId.C6), blocking(report), () -> report.findings().toString());
        Finding note = report.findings().stream().filter(f -> f.ruleId() == RuleId.C11).findFirst().orElseThrow();
        assertEquals(Severity.INFO, note.severity());
        assertTrue(note.message().contains("checked like your own"), note.message());
    }

    @Test
    void theBuyersOwnWordsQuotedBackStaySparedThoughRewrappedAndInOtherCase() {
        String buyer = "Hello,\nplease call me on 020 7946 0018 or mail grace.h@example.com, I would rather talk.\n"
                + "Will it arrive by Friday?";
        String reply = "Hi Grace, we can only help through these messages: it arrives on Thursday.\n\n"
                + "On Tue, 3 Jun 2025, Grace <x7yq2kd9mzw1f0a@marketplace.amazon.co.uk> wrote:\n"
                + "> Hello, please call me on 020 7946 0018 or mail\n"
                + ">   GRACE.H@example.com, I would rather talk.\n"
                + ">\n"
                + "> Will it arrive by Friday?";

        LintReport report = lint(reply, buyer);

        assertFalse(report.blocked(), () -> report.findings().toString());
        assertFalse(report.hasWarnings(), () -> report.findings().toString());
        Finding note = report.findings().stream().filter(f -> f.ruleId() == RuleId.C11).findFirst().orElseThrow();
        assertTrue(note.message().contains("It is the buyer's"), note.message());
    }

    @Test
    void aLineSlippedIntoTheBuyersQuoteIsStillTheSellers() {
        String buyer = "Can I call you? My number is 0171 2345678.";
        String reply = "Sorry, we can only help here.\n\n"
                + "> Can I call you?\n"
                + "> Sure, ring us on 020 7946 0018.\n"
                + "> My number is 0171 2345678.";

        LintReport report = lint(reply, buyer);

        List<Finding> phones = report.findings().stream().filter(f -> f.ruleId() == RuleId.C6).toList();
        assertEquals(1, phones.size(), report.findings().toString());
        assertEquals("020 7946 0018", reply.substring(phones.get(0).start(), phones.get(0).end()));
    }

    @Test
    void anAttributionLineTheSellerWritesAboveTheirOwnLinesIsChecked() {
        String reply = "Thanks!\n\nOn Monday call 020 7946 0018, Grace wrote:\n> Leave us a 5-star review!";

        assertEquals(Set.of(RuleId.C3, RuleId.C6), blocking(lint(reply, BUYER)));
    }

    @Test
    void textAfterAnOriginalMessageLineIsSparedOnlyWhereTheBuyerWroteIt() {
        String spared = "It ships today.\n\n-----Original Message-----\nCan you tell me where it is?";
        String forged = "It ships today.\n\n-----Original Message-----\nCall us at 020 7946 0018.";

        assertFalse(lint(spared, BUYER).blocked(), () -> lint(spared, BUYER).findings().toString());
        assertEquals(Set.of(RuleId.C6), blocking(lint(forged, BUYER)));
    }

    @Test
    void anHtmlBlockquoteIsSparedOnlyWhereTheBuyerWroteIt() {
        assertSparedOnlyWhereTheBuyerWroteIt("Can you call me on +49 151 23456789?",
                "<div>Hello, we only help through these messages.</div>"
                        + "<blockquote class=\"gmail_quote\">Can you call me on +49 151 23456789?</blockquote>",
                "<div>Hello, thanks for your order.</div>"
                        + "<blockquote>Call us at 020 7946 0018 or leave us a 5-star review!</blockquote>",
                Set.of(RuleId.C3, RuleId.C6));
    }

    @Test
    void aLinkInABlockquoteIsSparedOnlyWhereTheBuyerWroteIt() {
        assertSparedOnlyWhereTheBuyerWroteIt("Does the power supply fit? Have a look at www.franks-werkstatt.de",
                "<div>Yes, it fits.</div><blockquote type=\"cite\">Does the power supply fit? Have a look at "
                        + "<a href=\"http://www.franks-werkstatt.de/\">www.franks-werkstatt.de</a></blockquote>",
                "<div>Yes, it fits.</div><blockquote type=\"cite\">"
                        + "<a href=\"https://walnutwick.example.com/sale\">See our sale</a></blockquote>",
                Set.of(RuleId.C5));
    }

    /** {@code spared} quotes what the buyer wrote and passes; {@code forged} quotes what they did not and is blocked. */
    private void assertSparedOnlyWhereTheBuyerWroteIt(String buyerWrote, String spared, String forged, Set<RuleId> blocks) {
        LintReport sparedReport = lintHtml(spared, buyerWrote);
        LintReport forgedReport = lintHtml(forged, buyerWrote);

        assertFalse(sparedReport.blocked(), () -> sparedReport.findings().toString());
        assertEquals(blocks, blocking(forgedReport), () -> forgedReport.findings().toString());
    }

    @Test
    void theSubjectAfterReIsSparedOnlyWhereItIsTheBuyersSubject() {
        Draft forged = Draft.reply("Re: Call us at 020 7946 0018", "Hello Grace, it ships today.")
                .withQuotedBuyerText(List.of("Where is my order?", BUYER));
        Draft kept = Draft.reply("Re: Where is my order? Call me on 0171 2345678", "Hello Grace, it ships today.")
                .withQuotedBuyerText(List.of("Where is my order? Call me on 0171 2345678", BUYER));

        assertEquals(Set.of(RuleId.C6), blocking(linter.lint(forged)), () -> linter.lint(forged).findings().toString());
        assertEquals(Set.of(RuleId.C6), blocking(linter.lint(forged.withQuotedBuyerText(List.of()))));
        assertFalse(linter.lint(kept).blocked(), () -> linter.lint(kept).findings().toString());
    }
}
