package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.MessageSummary;
import com.relaydesk.templates.Template;
import com.relaydesk.ui.spelling.SpellingMenus;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seller writes their own canned reply, headless, in the real app on the offline demo: menu →
 * Templates…, New, name and text, Save; then the reply editor offers it and fills it from the order.
 */
class TemplatesFlowTest extends DemoAppRobot {

    @Test
    void aTemplateCreatedFromTheMenuIsOfferedInTheReplyEditorAndFilledFromTheOrder() throws TimeoutException {
        MessageSummary withOrder = rows().stream().filter(row -> row.orderId() != null).findFirst().orElseThrow();
        interact(() -> messages().getSelectionModel().select(withOrder));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#reply-button").queryButton().isDisabled());

        clickOn("#app-menu");
        clickOn("Templates…   t");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("Templates").isPresent()
                && !in("Templates", "#templates-list").queryListView().getItems().isEmpty());
        interact(() -> in("Templates", "#templates-new").queryButton().fire());
        clickOn((javafx.scene.Node) in("Templates", "#template-name").query());
        write("Gift wrap question");
        StyleClassedTextArea body = in("Templates", "#template-body").queryAs(StyleClassedTextArea.class);
        interact(() -> body.replaceText("Hello {{buyer.name}}, shal we gift-wrap it?"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> SpellingMenus.underlined(body, "shal"));
        interact(() -> body.replaceText("Hello {{buyer.name}}, shall we gift-wrap order {{order.id}} for you?\n\n{{seller.name}}"));
        assertTrue(in("Templates", "#template-preview").queryAs(TextArea.class).getText().contains(withOrder.orderId()),
                "the preview fills from the order of the message being read");
        assertFalse(in("Templates", "#template-save").queryButton().isDisabled());
        interact(() -> in("Templates", "#template-save").queryButton().fire());
        Label message = in("Templates", "#templates-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Saved"));
        interact(() -> ((Stage) shown("Templates").orElseThrow()).close());

        clickOn("#reply-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Reply to").isPresent()
                && in("Reply to", "#compose-body").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Template> templates = in("Reply to", "#compose-template").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> templates.getItems().stream().anyMatch(t -> t.name().equals("Gift wrap question")));
        Template mine = templates.getItems().stream().filter(t -> t.name().equals("Gift wrap question")).findFirst().orElseThrow();
        interact(() -> templates.getSelectionModel().select(mine));
        StyleClassedTextArea reply = in("Reply to", "#compose-body").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reply.getText().contains(withOrder.orderId()));
        assertEquals("Hello " + withOrder.buyerName() + ", shall we gift-wrap order " + withOrder.orderId()
                + " for you?\n\nWalnut & Wick", reply.getText());
        interact(() -> ((Stage) reply.getScene().getWindow()).close());
    }
}
