package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Linter;
import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.store.AccountCache;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Save as template…" in the reply editor, over a real cache file. */
class SaveAsTemplateTest {

    @TempDir
    Path dir;

    private AccountCache cache;
    private final ComposeViewModel compose = new ComposeViewModel(Linter.standard(), UiTasks.sameThread());
    private final List<Template> saved = new ArrayList<>();

    @BeforeEach
    void replyToABuyerWithTemplates() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        compose.useTemplates(new TemplateService(cache.templates(), Linter.standard()), "Walnut & Wick");
        MessageDetail question = AnnasQuestion.message();
        Order shipped = new Order("111-0000001-0000001", Instant.parse("2026-11-20T08:00:00Z"), OrderStatus.SHIPPED,
                FulfillmentChannel.MERCHANT, false, "Anna Berg", null,
                List.of(new OrderItem("SKU", "B0", "Walnut Desk Lamp", 1)), "Leeds", "LS1", "GB", "DHL",
                "00340434161234567890", null);
        compose.replyTo(question, Optional.of(shipped), () -> { });
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void theReplyBecomesATemplateWithTheOrdersValuesTurnedIntoVariables() {
        compose.bodyProperty().set("Hello Anna Berg, your Walnut Desk Lamp (order 111-0000001-0000001) is with DHL, "
                + "tracking 00340434161234567890.\n\nWalnut & Wick");
        SaveAsTemplateViewModel dialog = compose.saveAsTemplate().orElseThrow();
        assertTrue(dialog.replacements().contains("111-0000001-0000001 → {{order.id}}"), dialog.replacements());
        dialog.nameProperty().set("Parcel is on its way");
        dialog.save(saved::add);

        Template back = cache.templates().find(saved.get(0).id()).orElseThrow();
        assertEquals("Hello {{buyer.name}}, your {{item.title}} (order {{order.id}}) is with {{order.carrier}}, "
                + "tracking {{order.tracking}}.\n\n{{seller.name}}", back.body());
        assertEquals("", back.subject(), "a reply's subject is the buyer's, not part of the template");
        assertTrue(compose.templates().stream().anyMatch(t -> t.name().equals("Parcel is on its way")),
                "the picker offers the new template at once");
    }

    @Test
    void theSellerCanKeepTheTypedValues() {
        compose.bodyProperty().set("Order 111-0000001-0000001 ships today.");
        SaveAsTemplateViewModel dialog = compose.saveAsTemplate().orElseThrow();
        dialog.useVariablesProperty().set(false);
        dialog.nameProperty().set("Ships today");
        dialog.save(saved::add);
        assertEquals("Order 111-0000001-0000001 ships today.", cache.templates().find(saved.get(0).id()).orElseThrow().body());
    }

    @Test
    void aReplyThatBreaksARuleIsNotSavedAndTheRuleIsNamed() {
        compose.bodyProperty().set("Thanks! Please leave us a 5 star review.");
        SaveAsTemplateViewModel dialog = compose.saveAsTemplate().orElseThrow();
        dialog.nameProperty().set("Thanks");
        dialog.save(saved::add);
        assertTrue(saved.isEmpty());
        assertTrue(dialog.messageProperty().get().startsWith("Not saved: C3"), dialog.messageProperty().get());
        assertTrue(cache.templates().list().stream().noneMatch(t -> t.name().equals("Thanks")));
    }

    @Test
    void aBuyerWritingSpanishIsOfferedSpanishTemplatesFirstAndASavedReplyIsSpanish() {
        saveSpanishAndGermanTemplatesThatSortFirstAndLastByName();
        compose.replyTo(buyerWriting("9yb06lt0rl4yf@marketplace.amazon.es", "Hola, por favor cancelen este pedido, lo hice "
                + "por error.\n\nCarmen"), Optional.empty(), () -> { });
        assertEquals("es", compose.buyerLanguage());
        long spanish = compose.templates().stream().filter(t -> t.language().equals("es")).count();
        assertTrue(compose.templates().stream().limit(spanish).allMatch(t -> t.language().equals("es")),
                "the buyer's language first: " + compose.templates());
        assertTrue(compose.templates().stream().limit(spanish).anyMatch(t -> t.id().equals("cancelar-es")));
        assertEquals("Start from a template (Spanish first)…", compose.templatePromptProperty().get());

        compose.bodyProperty().set("Hola Carmen: su pedido queda cancelado.");
        assertEquals("es", compose.saveAsTemplate().orElseThrow().languageProperty().get(),
                "a reply to a Spanish buyer is saved as a Spanish template");
    }

    @Test
    void aBuyerInALanguageWithoutTemplatesIsToldSoAndEnglishBuyersSeeEnglishFirst() {
        saveSpanishAndGermanTemplatesThatSortFirstAndLastByName();
        compose.replyTo(buyerWriting("abcdefgh12@marketplace.amazon.pl", "Dzień dobry"), Optional.empty(), () -> { });
        assertEquals("Start from a template (none in Polish yet)…", compose.templatePromptProperty().get());

        compose.replyTo(AnnasQuestion.message(), Optional.empty(), () -> { });
        assertEquals("en", compose.templates().get(0).language());
        assertEquals("Start from a template (English first)…", compose.templatePromptProperty().get());
    }

    @Test
    void aTemplatesContactReasonIsTakenOnlyWhenTheOrderOffersItAndOtherwiseTheSellersChoiceStays() {
        compose.applyTemplate(template("return-steps", ContactReason.RETURN));
        assertEquals(ContactReason.RETURN, compose.contactReasonProperty().get(), "a shipped order offers returns (B7)");

        compose.contactReasonProperty().set(ContactReason.SHIPPING_QUESTION);
        compose.applyTemplate(template("confirm-engraving", ContactReason.CUSTOMIZATION));
        assertEquals(ContactReason.SHIPPING_QUESTION, compose.contactReasonProperty().get(),
                "customization is over once the order shipped: the seller's reason stays");
        compose.applyTemplate(template("thanks", null));
        assertEquals(ContactReason.SHIPPING_QUESTION, compose.contactReasonProperty().get(), "a template without a reason");
    }

    @Test
    void withoutTheOrderImportedTheOrderIdAndBuyerNameComeFromTheMessageAndTheRestSaysToImport() {
        compose.replyTo(AnnasQuestion.message(), Optional.empty(), () -> { }); // the report not imported yet
        compose.applyTemplate(new Template("where", "where", "en", com.relaydesk.lint.MessageKind.REPLY, null, "",
                "Hello {{buyer.name}},\nyour order {{order.id}} is on its way: {{order.tracking}}."));
        assertEquals("Hello Anna Berg,\nyour order " + AnnasQuestion.ORDER + " is on its way: {{order.tracking}}.",
                compose.bodyProperty().get());
        com.relaydesk.lint.Finding left = compose.findings().stream()
                .filter(f -> f.ruleId() == com.relaydesk.rules.RuleId.E5).findFirst().orElseThrow();
        assertTrue(left.message().contains("{{order.tracking}}")
                && left.message().contains("import the orders report (menu → Import orders report…)"), left.message());
    }

    private static Template template(String id, ContactReason reason) {
        return new Template(id, id, "en", com.relaydesk.lint.MessageKind.REPLY, reason, "", "Hello {{buyer.name}}.");
    }

    /** Names chosen so that the order by name alone would put them elsewhere than the buyer's language does. */
    private void saveSpanishAndGermanTemplatesThatSortFirstAndLastByName() {
        cache.templates().save(new Template("cancelar-es", "Zu spät: cancelar el pedido", "es",
                com.relaydesk.lint.MessageKind.REPLY, null, "", "Hola {{buyer.name}}: cancelamos su pedido {{order.id}} ahora."));
        cache.templates().save(new Template("abholung-de", "Abholung im Laden", "de", com.relaydesk.lint.MessageKind.REPLY,
                null, "", "Hallo {{buyer.name}}, Sie können die Bestellung {{order.id}} abholen."));
        compose.reloadTemplates();
    }

    private static MessageDetail buyerWriting(String alias, String words) {
        com.relaydesk.model.MessageSummary summary = new com.relaydesk.model.MessageSummary(9, "Carmen Torres",
                "171-9740328-0293158", "Cancelar pedido", "", Instant.parse("2026-12-01T03:40:00Z"), true, false, alias, null);
        return new MessageDetail(summary, "Carmen Torres", alias, "seller@example.org", alias, words, null, List.of(),
                null, null);
    }

    @Test
    void aTemplateNeedsAName() {
        compose.bodyProperty().set("It ships today.");
        SaveAsTemplateViewModel dialog = compose.saveAsTemplate().orElseThrow();
        dialog.save(saved::add);
        assertEquals("Give the template a name.", dialog.messageProperty().get());
        assertTrue(saved.isEmpty());
    }
}
