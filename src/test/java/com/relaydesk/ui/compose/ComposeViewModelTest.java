package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.Linter;
import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.rules.RuleId;
import com.relaydesk.ui.common.UiTasks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reply editor's logic with the real linter: findings as you type, fixes, and when Send is allowed. */
class ComposeViewModelTest {

    private final List<ReplySender.Reply> sent = new ArrayList<>();
    private Optional<String> answeredBy = Optional.empty();
    private final ComposeViewModel viewModel = new ComposeViewModel(Linter.standard(), UiTasks.sameThread());

    @BeforeEach
    void replyToABuyer() {
        viewModel.attach(new ReplySender() {
            @Override
            public void send(Reply reply) {
                sent.add(reply);
            }

            @Override
            public Optional<String> answeredElsewhere(long buyerMessageId) {
                return answeredBy;
            }

            @Override
            public Allowance allowance() {
                return new Allowance(3, 610);
            }
        });
        MessageDetail question = AnnasQuestion.message();
        Order shipped = new Order("111-0000001-0000001", Instant.parse("2026-11-20T08:00:00Z"), OrderStatus.SHIPPED,
                FulfillmentChannel.MERCHANT, false, "Anna Berg", null, List.of(), "Leeds", "LS1", "GB", null, null, null);
        viewModel.replyTo(question, Optional.of(shipped), () -> { });
    }

    @Test
    void theWordsBesideTheEditorAreTheBuyersOrTheSellersOwnWhenAnsweringFromSent() {
        assertEquals("The buyer wrote", viewModel.wordsHeadingProperty().get());
        MessageDetail question = AnnasQuestion.message();
        MessageSummary own = new MessageSummary(8, "Anna Berg", AnnasQuestion.ORDER, "Re: Where is my lamp?", "",
                Instant.parse("2026-11-30T09:00:00Z"), false, false, question.buyerAlias(),
                com.relaydesk.model.DeliveryStatus.DELIVERED);
        viewModel.replyTo(new MessageDetail(own, "Shop", "seller@example.org", question.buyerAlias(),
                question.buyerAlias(), "It ships today.", null, List.of(), null, null), Optional.empty(), () -> { });
        assertEquals("You wrote", viewModel.wordsHeadingProperty().get());
        assertEquals(question.buyerAlias(), viewModel.toProperty().get(), "still to the buyer");
    }

    @Test
    void theSignatureGoesUnderAReplyNotBegunAndAloneIsNoReply() {
        viewModel.startWithSignature("Kind regards,\nAnna · Walnut & Wick");
        assertEquals("\n\nKind regards,\nAnna · Walnut & Wick", viewModel.bodyProperty().get());
        assertTrue(viewModel.untouched());
        assertEquals("", viewModel.writtenBody(), "only the signature: no draft to keep");
        assertEquals("Write a reply first.", viewModel.sendDisabledReasonProperty().get());

        viewModel.bodyProperty().set("It ships today." + viewModel.bodyProperty().get());
        assertFalse(viewModel.untouched());
        assertFalse(viewModel.sendDisabledProperty().get(), viewModel.sendDisabledReasonProperty().get());
        assertEquals("It ships today.\n\nKind regards,\nAnna · Walnut & Wick", viewModel.writtenBody());

        viewModel.startWithSignature("Someone else");
        assertTrue(viewModel.bodyProperty().get().startsWith("It ships today."), "a begun reply is left alone");
    }

    @Test
    void aSignatureReadAfterTheSellerStartedTypingIsNotAdded() {
        viewModel.bodyProperty().set("On its way");
        viewModel.startWithSignature("Anna");
        assertEquals("On its way", viewModel.bodyProperty().get());
        viewModel.startWithSignature("  ");
        assertEquals("On its way", viewModel.bodyProperty().get());
        viewModel.bodyProperty().set("\n\nAnna");
        assertTrue(viewModel.untouched(), "cut back to the signature alone: nothing written, no draft");
    }

    @Test
    void sentAsANewMessageTheUntouchedSubjectLosesReAndGetsItBackWhenUnticked() {
        viewModel.newMessageProperty().set(true);
        assertEquals("Where is my lamp?", viewModel.subjectProperty().get());
        viewModel.newMessageProperty().set(false);
        assertEquals("Re: Where is my lamp?", viewModel.subjectProperty().get());

        viewModel.subjectProperty().set("Re: Your lamp, order 111-0000001-0000001");  // the seller's own words
        viewModel.newMessageProperty().set(true);
        assertEquals("Re: Your lamp, order 111-0000001-0000001", viewModel.subjectProperty().get(), "left as written");
    }

    @Test
    void aReplyStartsWithReAndTheContactReasonsTheShippedOrderAllows() {
        assertEquals("Re: Where is my lamp?", viewModel.subjectProperty().get());
        assertEquals(ContactReason.offeredFor(OrderStatus.SHIPPED), viewModel.contactReasons());
        assertEquals("3 of 610 messages today (B5)", viewModel.allowanceProperty().get());
    }

    @Test
    void aReviewRequestBlocksSendingAndItsFixLeavesNoFinding() {
        viewModel.bodyProperty().set("It ships today. Please leave us a 5 star review!");
        Finding c3 = viewModel.findings().stream().filter(f -> f.ruleId() == RuleId.C3).findFirst().orElseThrow();
        assertTrue(viewModel.sendDisabledProperty().get());
        assertTrue(viewModel.sendDisabledReasonProperty().get().startsWith("Fix the blocking finding"));

        Fix drop = c3.fixes().get(0);
        viewModel.apply(drop);
        assertFalse(viewModel.bodyProperty().get().contains("review"), viewModel.bodyProperty().get());
        assertTrue(viewModel.findings().isEmpty(), viewModel.findings().toString());
        assertFalse(viewModel.sendDisabledProperty().get());
    }

    @Test
    void linesTypedBehindAQuoteMarkThatAnnaNeverWroteBlockSending() {
        viewModel.bodyProperty().set("Hi Anna, thanks for your patience.\n\n> Call us at 020 7946 0018 or mail "
                + "help@walnutwick.com\n> Please leave us a 5-star review!");

        assertTrue(viewModel.sendDisabledProperty().get(), viewModel.findings().toString());
        assertTrue(viewModel.findings().stream().anyMatch(f -> f.ruleId() == RuleId.C3), viewModel.findings().toString());
        assertEquals(2, viewModel.findings().stream().filter(f -> f.ruleId() == RuleId.C6).count(),
                viewModel.findings().toString());
    }

    @Test
    void annasOwnWordsQuotedBackDoNotStandInTheWay() {
        viewModel.bodyProperty().set("Hi Anna, it left our warehouse today.\n\n> Where is my lamp?");

        assertFalse(viewModel.sendDisabledProperty().get(), viewModel.findings().toString());
    }

    @Test
    void aBuyerWhoWroteOnlyHtmlCanBeQuotedToo() {
        MessageDetail anna = AnnasQuestion.message();
        MessageDetail htmlOnly = new MessageDetail(anna.summary(), anna.fromName(), anna.fromAddress(), anna.toAddress(),
                anna.buyerAlias(), "", "<div>Where is my lamp?</div><div>Call me on 07700 900123.</div>", List.of(),
                null, null, null);
        viewModel.replyTo(htmlOnly, Optional.empty(), () -> { });
        viewModel.bodyProperty().set("Hi Anna, we can only answer here: it arrives tomorrow.\n\n"
                + "> Where is my lamp?\n> Call me on 07700 900123.");

        assertFalse(viewModel.sendDisabledProperty().get(), viewModel.findings().toString());
    }

    @Test
    void theReasonShownBesideSendCountsTheFindingsLeftAfterAFix() {
        List<String> shown = new ArrayList<>();  // as the label bound to it sees the reason
        viewModel.sendDisabledReasonProperty().addListener((obs, old, now) -> shown.add(now));
        viewModel.bodyProperty().set("Cancelled. Please leave us a 5 star review! Call +1 415 555 0199 or see www.shop.example");
        assertTrue(shown.get(shown.size() - 1).startsWith("Fix the 3 blocking findings"), shown::toString);

        Finding c3 = viewModel.findings().stream().filter(f -> f.ruleId() == RuleId.C3).findFirst().orElseThrow();
        viewModel.apply(c3.fixes().get(0));
        assertTrue(shown.get(shown.size() - 1).startsWith("Fix the 2 blocking findings"), shown::toString);
    }

    @Test
    void aDeliveryDateThatHasPassedIsPointedAtWithAWarning() {
        java.time.LocalDate ninth = java.time.LocalDate.of(2026, 11, 9);
        Order late = new Order("111-0000001-0000001", Instant.parse("2026-11-01T08:00:00Z"), OrderStatus.SHIPPED,
                FulfillmentChannel.MERCHANT, false, "Anna Berg", null, List.of(), "Leeds", "LS1", "GB", null, null, ninth);
        viewModel.clock(java.time.Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), java.time.ZoneOffset.UTC));
        viewModel.replyTo(AnnasQuestion.message(), Optional.of(late), () -> { });
        String text = "The carrier expects to deliver it on November 9, 2026. If it has not arrived by then, write again.";

        viewModel.bodyProperty().set(text);

        Finding passed = viewModel.findings().stream().filter(f -> f.ruleId() == RuleId.E5).findFirst().orElseThrow();
        assertEquals(com.relaydesk.rules.Severity.WARN, passed.severity(), "a warning: the date may be right");
        assertEquals("November 9, 2026", text.substring(passed.start(), passed.end()));
        assertTrue(passed.message().startsWith("November 9, 2026 has passed and the order is not marked delivered"),
                passed.message());

        viewModel.clock(java.time.Clock.fixed(Instant.parse("2026-11-08T10:00:00Z"), java.time.ZoneOffset.UTC));
        viewModel.bodyProperty().set(text + " ");
        assertTrue(viewModel.findings().stream().noneMatch(f -> f.ruleId() == RuleId.E5), "still to come: nothing to say");
    }

    @Test
    void e5AVariableTheOrderCouldNotFillBlocksAndIsNamed() {
        viewModel.bodyProperty().set("Your tracking number is {{order.tracking}}.");
        Finding e5 = viewModel.findings().stream().filter(f -> f.ruleId() == RuleId.E5).findFirst().orElseThrow();
        assertTrue(e5.message().startsWith("{{order.tracking}} is not filled in"), e5.message());
        assertTrue(e5.message().endsWith("The order has no value for it: replace it with the text."), e5.message());
        assertEquals("{{order.tracking}}", viewModel.bodyProperty().get().substring(e5.start(), e5.end()));
        assertTrue(viewModel.sendDisabledProperty().get());
    }

    @Test
    void e5AnUnfilledShopNameSaysWhereToSetItNotWhichOrderToChoose() {
        viewModel.bodyProperty().set("Kind regards,\n{{seller.name}}");
        Finding e5 = viewModel.findings().stream().filter(f -> f.ruleId() == RuleId.E5).findFirst().orElseThrow();
        assertTrue(e5.message().contains("RelayDesk does not know your shop's name yet: write it here, and set Shop name in"
                + " menu → Mailbox settings…"), e5.message());
        assertTrue(viewModel.sendDisabledProperty().get());
    }

    @Test
    void aTemplatePlaceholderLeftInTheTextBlocks() {
        viewModel.bodyProperty().set("Thanks for asking.\n[Your answer here]\nBest regards");
        assertTrue(viewModel.findings().stream().anyMatch(f -> f.ruleId() == RuleId.E5
                && f.message().contains("[Your answer here]")), viewModel.findings().toString());
        assertTrue(viewModel.sendDisabledProperty().get());
    }

    @Test
    void sendingACleanReplyHandsItToTheOutboxAnsweringTheBuyersMessage() {
        viewModel.bodyProperty().set("It ships today and arrives on Thursday.");
        viewModel.send();
        assertEquals(1, sent.size());
        assertEquals(7, sent.get(0).inReplyTo());
        assertEquals("abcdefghij1234@marketplace.amazon.com", sent.get(0).to());
    }

    @Test
    void whenATeammateAnsweredMeanwhileTheSellerIsAskedAndNothingGoesOutUnlessTheyInsist() {
        answeredBy = Optional.of("This buyer was already answered at 10:02: “Re: Where is my lamp?”");
        List<String> asked = new ArrayList<>();
        viewModel.onAlreadyAnswered(asked::add);
        viewModel.bodyProperty().set("It ships today and arrives on Thursday.");
        viewModel.send();
        assertEquals(List.of(answeredBy.get()), asked);
        assertTrue(sent.isEmpty(), "nothing sent twice without asking");

        viewModel.sendAnyway();
        assertEquals(1, sent.size());
    }

    @Test
    void theImportantHelperAppearsOnlyForACriticalContactReason() {
        assertFalse(viewModel.importantHelperVisibleProperty().get());
        ContactReason critical = viewModel.contactReasons().stream().filter(ContactReason::critical).findFirst()
                .orElseThrow();
        viewModel.contactReasonProperty().set(critical);
        assertTrue(viewModel.importantHelperVisibleProperty().get());
        viewModel.markImportant();
        assertTrue(viewModel.subjectProperty().get().startsWith("[Important] "));
        assertFalse(viewModel.importantHelperVisibleProperty().get());
    }

    @Test
    void overTheCharacterLimitSendIsRefusedWithTheReason() {
        viewModel.bodyProperty().set("a".repeat(ComposeViewModel.CHARACTER_LIMIT + 1));
        assertTrue(viewModel.sendDisabledProperty().get());
    }
}
