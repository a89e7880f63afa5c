package com.relaydesk.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Linter;
import com.relaydesk.store.AccountCache;
import com.relaydesk.templates.StarterTemplates;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.templates.TemplateVariable;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Templates window's logic over a real cache file: what the seller does, and what stays on disk. */
class TemplatesViewModelTest {

    /** How many templates a new mailbox starts with: the starter set. */
    private static final int STARTERS = StarterTemplates.all().size();

    @TempDir
    Path dir;

    private AccountCache cache;
    private TemplatesViewModel viewModel;
    private int changes;

    @BeforeEach
    void openACacheWithTheStarterSet() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        viewModel = new TemplatesViewModel(UiTasks.sameThread());
        viewModel.attach(new TemplateService(cache.templates(), Linter.standard()), "Walnut & Wick");
        viewModel.onChanged(() -> changes++);
        viewModel.open();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private TemplateEditorViewModel editor() {
        return viewModel.editor();
    }

    private Template saved(String id) {
        return cache.templates().find(id).orElseThrow(() -> new AssertionError("not in the cache: " + id));
    }

    @Test
    void aMailboxWithoutTemplatesOpensWithTheStarterSetAndTheFirstOneShown() {
        assertEquals(STARTERS, viewModel.shown().size());
        assertEquals(viewModel.shown().get(0), viewModel.selectedProperty().get());
        assertEquals(viewModel.shown().get(0).body(), editor().bodyProperty().get());
        assertFalse(editor().dirtyProperty().get());
    }

    @Test
    void aSellerWhoDeletedEveryTemplateDoesNotGetTheStarterSetBack() {
        for (Template template : List.copyOf(cache.templates().list())) {
            cache.templates().delete(template.id());
        }
        viewModel.open();
        assertEquals(0, viewModel.shown().size(), "the starter set is offered once per mailbox");
        TemplateService again = new TemplateService(cache.templates(), Linter.standard());
        assertEquals(0, again.offerStarterSet(), "nor by the reply editor");
        assertTrue(cache.templates().list().isEmpty());
    }

    @Test
    void aNewTemplateIsSavedInTheCacheUnderAnIdMadeFromItsName() {
        viewModel.newTemplate();
        assertFalse(editor().dirtyProperty().get(), "an untouched new template has nothing to lose");
        editor().nameProperty().set("Größe passt?");
        editor().languageProperty().set("de");
        editor().bodyProperty().set("Hallo {{buyer.name}}, {{item.title}} fällt normal aus.\n\nViele Grüße\n{{seller.name}}");
        assertTrue(editor().dirtyProperty().get());
        viewModel.save(() -> { });
        Template back = saved("grosse-passt-de");
        assertEquals("Größe passt?", back.name());
        assertEquals("de", back.language());
        assertTrue(back.body().startsWith("Hallo {{buyer.name}}"));
        assertEquals(back, viewModel.selectedProperty().get());
        assertFalse(editor().dirtyProperty().get());
        assertEquals(STARTERS + 1, viewModel.shown().size());
        assertEquals(1, changes);
    }

    @Test
    void editingAndRenamingKeepsTheIdAndReplacesTheSavedText() {
        Template first = viewModel.shown().stream().filter(t -> t.id().equals("product-question-en")).findFirst().orElseThrow();
        viewModel.select(first);
        editor().nameProperty().set("Product question (sizes)");
        editor().bodyProperty().set("Hello {{buyer.name}}, {{item.title}} runs true to size.\n\n{{seller.name}}");
        viewModel.save(() -> { });
        assertEquals("Product question (sizes)", saved("product-question-en").name());
        assertTrue(saved("product-question-en").body().contains("runs true to size"));
        assertEquals(STARTERS, cache.templates().list().size());
    }

    @Test
    void aBlockedSaveIsRefusedAndTheMessageNamesTheRule() {
        viewModel.newTemplate();
        editor().nameProperty().set("Thanks");
        editor().bodyProperty().set("Hello {{buyer.name}}, if you are happy, please leave us a 5-star review.");
        assertTrue(editor().blockedProperty().get());
        assertTrue(editor().saveBlockedReasonProperty().get().contains("C3"), editor().saveBlockedReasonProperty().get());
        assertTrue(editor().findings().stream().anyMatch(f -> f.ruleId() == com.relaydesk.rules.RuleId.C3));
        viewModel.save(() -> { throw new AssertionError("must not count as saved"); });
        assertTrue(viewModel.messageProperty().get().startsWith("Not saved: C3"), viewModel.messageProperty().get());
        assertEquals(STARTERS, cache.templates().list().size());
        assertTrue(editor().dirtyProperty().get(), "the text stays in the editor to be changed");
    }

    @Test
    void anUnknownVariableBlocksTheSaveAndIsNamed() {
        viewModel.newTemplate();
        editor().nameProperty().set("Typo");
        editor().bodyProperty().set("Hello {{buyer.nmae}}, thanks.");
        viewModel.save(() -> { });
        assertTrue(viewModel.messageProperty().get().contains("{{buyer.nmae}}"), viewModel.messageProperty().get());
        assertTrue(cache.templates().list().stream().noneMatch(t -> t.name().equals("Typo")));
    }

    @Test
    void aSecondTemplateWithTheSameNameAndLanguageIsRefusedWithTheReason() {
        viewModel.newTemplate();
        editor().nameProperty().set(viewModel.shown().get(0).name());
        editor().languageProperty().set(viewModel.shown().get(0).language());
        viewModel.save(() -> { });
        assertTrue(viewModel.messageProperty().get().contains("exists already"), viewModel.messageProperty().get());
        assertEquals(STARTERS, cache.templates().list().size());
    }

    @Test
    void deleteRemovesTheTemplateFromTheCacheAndShowsTheNextOne() {
        Template doomed = viewModel.shown().get(0);
        Template next = viewModel.shown().get(1);
        viewModel.select(doomed);
        viewModel.delete();
        assertTrue(cache.templates().find(doomed.id()).isEmpty());
        assertEquals(STARTERS - 1, viewModel.shown().size());
        assertEquals(next, viewModel.selectedProperty().get());
        assertEquals(1, changes);
    }

    @Test
    void duplicateSavesACopyUnderANewNameAndShowsIt() {
        Template original = viewModel.shown().stream().filter(t -> t.id().equals("return-steps-en")).findFirst().orElseThrow();
        viewModel.select(original);
        viewModel.duplicate();
        Template copy = viewModel.selectedProperty().get();
        assertEquals("Copy of " + original.name(), copy.name());
        assertEquals(original.body(), saved(copy.id()).body());
        assertEquals(original.id(), saved(original.id()).id(), "the original stays");
        viewModel.select(original);
        viewModel.duplicate();
        assertEquals("Copy 2 of " + original.name(), viewModel.selectedProperty().get().name());
        assertEquals(STARTERS + 2, cache.templates().list().size());
    }

    @Test
    void aVariableGoesInAtTheCaretOrInPlaceOfTheSelection() {
        viewModel.newTemplate();
        editor().bodyProperty().set("Your parcel: . Thanks!");
        int caret = editor().insertVariable(TemplateVariable.ORDER_TRACKING, TemplateEditorViewModel.Field.BODY, 13, 13);
        assertEquals("Your parcel: {{order.tracking}}. Thanks!", editor().bodyProperty().get());
        assertEquals(13 + "{{order.tracking}}".length(), caret);

        editor().subjectProperty().set("Order 111-0000001-0000001");
        editor().insertVariable(TemplateVariable.ORDER_ID, TemplateEditorViewModel.Field.SUBJECT, 6, 25);
        assertEquals("Order {{order.id}}", editor().subjectProperty().get());
    }

    @Test
    void thePreviewFillsFromTheSelectedOrderAndFallsBackToASampleOrder() {
        viewModel.newTemplate();
        editor().bodyProperty().set("Hello {{buyer.name}}, order {{order.id}} is with {{order.carrier}}.");
        assertTrue(editor().previewBodyProperty().get().contains("123-1234567-1234567"), editor().previewBodyProperty().get());
        assertTrue(editor().previewSourceProperty().get().startsWith("Filled from a sample order"));
        com.relaydesk.model.Order order = new com.relaydesk.model.Order("111-0000001-0000001",
                java.time.Instant.parse("2026-11-20T10:00:00Z"), com.relaydesk.model.OrderStatus.SHIPPED,
                com.relaydesk.model.FulfillmentChannel.MERCHANT, false, "Anna Berg", null,
                List.of(new com.relaydesk.model.OrderItem("SKU", "B0", "Walnut lamp", 1)), "Berlin", "10115", "DE",
                null, null, null);
        editor().useOrder(order);
        assertEquals("Hello Anna Berg, order 111-0000001-0000001 is with {{order.carrier}}.", editor().previewBodyProperty().get());
        assertTrue(editor().previewNoteProperty().get().contains("{{order.carrier}}"), editor().previewNoteProperty().get());
        assertFalse(editor().blockedProperty().get(), "an order without a carrier does not stop the template being saved");
    }

    @Test
    void revertPutsTheSavedTextBack() {
        Template shown = viewModel.selectedProperty().get();
        editor().bodyProperty().set("something else");
        assertTrue(editor().dirtyProperty().get());
        editor().revert();
        assertEquals(shown.body(), editor().bodyProperty().get());
        assertFalse(editor().dirtyProperty().get());
    }

    @Test
    void searchFindsTemplatesByNameAndText() {
        viewModel.searchProperty().set("rücksendung");
        assertFalse(viewModel.shown().isEmpty());
        assertTrue(viewModel.shown().stream().allMatch(t -> t.language().equals("de")), viewModel.shown().toString());
        viewModel.searchProperty().set("no template says this");
        assertTrue(viewModel.shown().isEmpty());
        viewModel.searchProperty().set("");
        assertEquals(STARTERS, viewModel.shown().size());
    }

    @Test
    void starterTemplatesTheSellerDeletedCanBeAddedBackInOneGo() {
        assertEquals("", viewModel.addStartersProperty().get(), "all there: nothing to offer");
        cache.templates().delete("invoice-es");
        cache.templates().delete("cancel-order-fr");
        viewModel.open();
        assertEquals("Add the 2 missing starter templates", viewModel.addStartersProperty().get());

        viewModel.addStarters();
        assertEquals("Added 2 starter templates.", viewModel.messageProperty().get());
        assertEquals(STARTERS, viewModel.shown().size());
        assertTrue(cache.templates().find("invoice-es").isPresent());
        assertEquals("", viewModel.addStartersProperty().get());
    }

    @Test
    void theListNarrowsToOneLanguageAndTheSearchWorksWithinIt() {
        assertEquals(List.of("", "de", "en", "es", "fr"), viewModel.languages(), "all, then each language there is");
        viewModel.languageProperty().set("es");
        assertEquals(STARTERS / 4, viewModel.shown().size());
        assertTrue(viewModel.shown().stream().allMatch(t -> t.language().equals("es")));
        viewModel.searchProperty().set("factura");
        assertEquals(List.of("invoice-es"), viewModel.shown().stream().map(Template::id).toList());
        viewModel.languageProperty().set("de");
        assertEquals(List.of(), viewModel.shown(), "no German template says 'factura'");
        viewModel.languageProperty().set("");
        viewModel.searchProperty().set("");
        assertEquals(STARTERS, viewModel.shown().size());
    }
}
