package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.ui.common.UiTasks;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reply editor on screen: what a quick fix leaves underlined and said beside Send. */
@ExtendWith(ApplicationExtension.class)
class ComposeViewTest extends FxRobot {

    private static final String TEXT = "Cancelled. Please leave us a 5 star review! Call +1 415 555 0199 or see www.shop.example";

    private final ReplyWindows windows = new ReplyWindows(this);
    private Stage reply;
    private ComposeViewModel model;

    @Start
    void start(Stage stage) {
        windows.showOwner(stage);
        model = windows.openAnnasQuestion(UiTasks.sameThread());
        reply = windows.reply();
    }

    /** Each test opens its own reply: the last one must not be the window the next test finds. */
    @AfterEach
    void close() {
        windows.closeReplies();
    }

    private StyleClassedTextArea editor() {
        return windows.find(reply, "#compose-body", StyleClassedTextArea.class);
    }

    @Test
    void afterAQuickFixTheFindingsLeftAreStillUnderlinedAndCountedAndTheSellerWritesOn() {
        StyleClassedTextArea editor = editor();
        interact(() -> editor.replaceText(TEXT));  // as typed: the editor's text goes to the view model
        int phone = TEXT.indexOf("+1 415");
        assertTrue(editor.getStyleOfChar(phone + 1).contains("finding-block"), "the phone number is underlined");

        Hyperlink dropReview = from(reply.getScene().getRoot()).lookup(".finding-fix")
                .match((Hyperlink link) -> link.getText().contains("review")).queryAs(Hyperlink.class);
        clickOn(dropReview);
        WaitForAsyncUtils.waitForFxEvents();

        String fixed = editor.getText();
        assertFalse(fixed.contains("review"), fixed);
        int phoneNow = fixed.indexOf("+1 415");
        int linkNow = fixed.indexOf("www.shop.example");
        assertTrue(editor.getStyleOfChar(phoneNow + 1).contains("finding-block"), "the phone number is still underlined");
        assertTrue(editor.getStyleOfChar(linkNow + 1).contains("finding-block"), "the link is still underlined");
        Label reason = windows.find(reply, "#compose-send-reason", Label.class);
        assertTrue(reason.getText().startsWith("Fix the 2 blocking findings"), reason.getText());
        Node focused = reply.getScene().getFocusOwner();
        assertEquals(editor, focused, "the focus goes back to the text");
    }

    @Test
    void tabAndShiftTabLeaveTheReplyTextForTheControlsAroundItAndNoKeyTypesATab() {
        StyleClassedTextArea editor = editor();
        interact(() -> {
            editor.replaceText("Hello");  // as typed (the robot's letters do not reach RichTextFX)
            editor.moveTo(5);
            editor.requestFocus();
        });
        type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("compose-attach", reply.getScene().getFocusOwner().getId(), "on to Attach, then the lists and Send");

        interact(editor::requestFocus);
        press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.TAB).release(javafx.scene.input.KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(List.of("compose-new-message", "compose-important").contains(reply.getScene().getFocusOwner().getId()),
                "back up to the fields above the text: " + reply.getScene().getFocusOwner());

        interact(editor::requestFocus);
        press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.TAB)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("compose-body", reply.getScene().getFocusOwner().getId(), "Ctrl+Tab stays in the text");
        assertFalse(editor.getText().contains("\t"), "a reply to a buyer gets no tab characters: " + editor.getText());
        assertEquals("Hello", editor.getText());
    }

    @Test
    void theBuyersWordsStayInViewBesideTheReplyWithoutTheRelaysWrapping() {
        javafx.scene.control.TextArea words = windows.find(reply, "#compose-buyer-words", javafx.scene.control.TextArea.class);
        assertEquals("Where is my lamp?", words.getText());
        assertTrue(words.isVisible() && !words.isEditable());

        com.relaydesk.model.MessageDetail anna = AnnasQuestion.message();
        com.relaydesk.model.MessageDetail forwarded = new com.relaydesk.model.MessageDetail(anna.summary(), anna.fromName(),
                anna.fromAddress(), anna.toAddress(), anna.buyerAlias(), """
                ------------- Message: -------------
                Where is my lamp? It has been a week.
                ------------- End message -------------
                To respond to this customer, reply to this e-mail or visit your seller account:
                """, null, List.of(), null, null);
        interact(() -> model.replyTo(forwarded, Optional.empty(), () -> { }));
        assertEquals("Where is my lamp? It has been a week.", words.getText());
    }

    @Test
    void anyAttachmentCanBeTakenOffAgainWithItsButtonOrTheDeleteKey() {
        interact(() -> {
            model.addAttachment("invoice.pdf", "%PDF-1.4 invoice".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            model.addAttachment("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        });
        javafx.scene.control.ListView<?> list = from(reply.getScene().getRoot()).lookup("#compose-attachments")
                .queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(from(list).lookup(".attachment-remove").match((Button b) -> "Remove invoice.pdf".equals(b.getAccessibleText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("photo.png"), model.attachments().stream().map(a -> a.fileName()).toList());

        interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.attachments().isEmpty(), model.attachments()::toString);
    }
}
