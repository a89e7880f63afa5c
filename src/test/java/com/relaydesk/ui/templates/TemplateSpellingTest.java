package com.relaydesk.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.spelling.Spelling;
import com.relaydesk.ui.spelling.SpellingMenus;
import com.relaydesk.ui.spelling.TextSpelling;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Spelling in the Templates window: a template is written once and sent many times, so a typo in
 * it reaches every buyer. Unknown words are underlined as in the reply editor, the dictionary
 * follows the template's language and the marketplace of the order on show, and variables, the
 * shop's name and the text's own fixes work as there.
 */
@ExtendWith(ApplicationExtension.class)
class TemplateSpellingTest extends FxRobot {

    @TempDir
    Path dataFolder; // set before @Start runs
    private TemplatesWindowUnderTest templates;
    private TemplatesViewModel viewModel;
    private TemplatesWindow window;

    @Start
    void start(Stage stage) {
        templates = new TemplatesWindowUnderTest(stage, dataFolder, Spelling.in(dataFolder), "Walnutwick Candles");
        viewModel = templates.viewModel;
        window = templates.window;
    }

    @AfterEach
    void close() {
        templates.close(this);
    }

    private StyleClassedTextArea body() {
        return lookup("#template-body").queryAs(StyleClassedTextArea.class);
    }

    private StyleClassedTextArea typed(String text) {
        StyleClassedTextArea body = body();
        interact(() -> body.replaceText(text)); // as typed (the robot's letters do not reach RichTextFX)
        WaitForAsyncUtils.waitForFxEvents();
        return body;
    }

    private String dictionary() {
        return TextSpelling.choiceName(viewModel.spelling().dictionaryProperty().get());
    }

    private static Order orderOn(String relayDomain) {
        return new Order("205-1111111-2222222", Instant.parse("2026-11-20T10:00:00Z"), OrderStatus.SHIPPED,
                FulfillmentChannel.MERCHANT, false, "Olivia Brown", "olivia.x7@" + relayDomain, List.of(),
                "Leeds", "LS1 4AP", "GB", "Royal Mail", "RM123456789GB", null);
    }

    @Test
    void aTypoInATemplateIsUnderlinedAndTheWordMeantReplacesItInTheTemplate() {
        assertEquals("Spelling: French", dictionary(), "the first template shown is French");
        interact(() -> viewModel.editor().languageProperty().set("en"));
        StyleClassedTextArea body = typed("Hello {{buyer.name}},\n\nyour parcel {{order.id}} ships tomorow.\n\n"
                + "Kind regards,\n{{seller.name}} at Walnutwick Candles");
        assertEquals("Spelling: English (United States)", dictionary());
        assertTrue(SpellingMenus.underlined(body, "tomorow"));
        assertFalse(SpellingMenus.underlined(body, "buyer.name"), "variables are not words");
        assertFalse(SpellingMenus.underlined(body, "Walnutwick"), "the shop's name is right as written");

        ContextMenu menu = SpellingMenus.rightClickOn(this, body, "tomorow");
        assertEquals("tomorrow", menu.getItems().get(0).getText());
        assertTrue(menu.getItems().stream().anyMatch(item -> "Ignore “tomorow” in this template".equals(item.getText())),
                "the menu speaks of the template");
        MenuItem first = menu.getItems().get(0);
        interact(first::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(viewModel.editor().bodyProperty().get().contains("ships tomorrow."), "the template's text changed");
        assertTrue(viewModel.editor().dirtyProperty().get(), "and waits to be saved");
        assertEquals(List.of(), viewModel.spelling().misspellings());
    }

    @Test
    void theDictionaryFollowsTheTemplatesLanguageAndTheMarketplaceOfTheOrderOnShow() {
        interact(() -> viewModel.editor().languageProperty().set("es"));
        StyleClassedTextArea body = typed("Hola {{buyer.name}}, su pedido llega mañana. Disculpe la demroa.");
        assertEquals("Spelling: Spanish", dictionary());
        assertTrue(SpellingMenus.underlined(body, "demroa"));
        assertFalse(SpellingMenus.underlined(body, "mañana"));

        interact(() -> viewModel.editor().languageProperty().set("en"));
        body = typed("The colour you chose is back in stock.");
        assertEquals("Spelling: English (United States)", dictionary(), "the sample order: no marketplace");
        assertTrue(SpellingMenus.underlined(body, "colour"));

        interact(() -> window.useOrder(orderOn("marketplace.amazon.co.uk")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Spelling: English (United Kingdom)", dictionary(), "spelt as the order's marketplace spells it");
        assertFalse(SpellingMenus.underlined(body, "colour"));
    }

    @Test
    void aWordIgnoredInOneTemplateIsMarkedAgainInTheNext() {
        StyleClassedTextArea body = typed("Your parcel ships tomorow.");
        ContextMenu menu = SpellingMenus.rightClickOn(this, body, "tomorow");
        MenuItem ignore = menu.getItems().stream().filter(item -> "spelling-ignore".equals(item.getId())).findFirst()
                .orElseThrow();
        interact(ignore::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(SpellingMenus.underlined(body, "tomorow"));

        interact(() -> viewModel.editor().revert());
        interact(() -> viewModel.select(viewModel.shown().get(1)));
        body = typed("Your parcel ships tomorow.");
        assertTrue(SpellingMenus.underlined(body, "tomorow"), "ignored in that template only");
    }

    @Test
    void aVariableGoesInAtTheCaretAndTabLeavesTheText() {
        StyleClassedTextArea body = typed("Your tracking number is .");
        interact(() -> {
            body.requestFocus();
            body.moveTo("Your tracking number is ".length());
        });
        clickOn("#template-insert-variable");
        clickOn((Node) lookup("#insert-order-tracking").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Your tracking number is {{order.tracking}}.", body.getText());
        assertEquals("Your tracking number is {{order.tracking}}".length(), body.getCaretPosition(),
                "the caret after the variable");

        interact(body::requestFocus);
        type(KeyCode.TAB);
        assertFalse(body.isFocused(), "Tab moves on: a template needs no tab character");
        assertEquals("Your tracking number is {{order.tracking}}.", body.getText());
    }
}
