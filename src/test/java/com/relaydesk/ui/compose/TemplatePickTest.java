package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Linter;
import com.relaydesk.store.AccountCache;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * Choosing a template in a reply: words the seller typed are not replaced without asking (they
 * were, silently, with no undo); a signature, or another template's text, is replaced as before.
 */
@ExtendWith(ApplicationExtension.class)
class TemplatePickTest extends FxRobot {

    private static final String TYPED = "Hi Anna, I checked with the carrier this morning and";

    @TempDir
    Path dir; // set before @Start runs
    private final ReplyWindows windows = new ReplyWindows(this);
    private AccountCache cache;
    private Stage reply;

    @Start
    void start(Stage stage) {
        windows.showOwner(stage);
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        ComposeWindow compose = new ComposeWindow(Linter.standard(), UiTasks.sameThread(), List.of());
        compose.attachTemplates(new TemplateService(cache.templates(), Linter.standard()), "Walnut & Wick");
        compose.open(windows.owner(), AnnasQuestion.message(), Optional.empty(), () -> { }, () -> { });
        reply = windows.reply();
    }

    @AfterEach
    void close() {
        windows.closeReplies();
        cache.close();
    }

    private StyleClassedTextArea body() {
        return windows.find(reply, "#compose-body", StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Template> picker() {
        return windows.find(reply, "#compose-template", ComboBox.class);
    }

    private Template english(int which) {
        return picker().getItems().stream().filter(t -> t.language().equals("en")).skip(which).findFirst().orElseThrow();
    }

    /** Picks a template as the seller does; a question it asks is left open for the test to answer. */
    private void pick(Template template) {
        // not interact(): a question waits in a nested event loop, which interact would wait for
        javafx.application.Platform.runLater(() -> picker().getSelectionModel().select(template));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<Window> question() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getId() != null
                && w.getScene().getRoot().getId().equals("compose-template-replace-dialog")).findFirst();
    }

    private void answer(String button) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> question().isPresent());
        clickOn(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> question().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void wordsTypedAreKeptWhenTheSellerSaysSo() throws TimeoutException {
        interact(() -> body().replaceText(TYPED));
        pick(english(0));
        answer("Keep my text");
        assertEquals(TYPED, body().getText());
        assertNull(picker().getValue(), "the picker shows no template");
    }

    @Test
    void wordsTypedAreReplacedWhenTheSellerSaysSo() throws TimeoutException {
        interact(() -> body().replaceText(TYPED));
        pick(english(0));
        answer("Replace my text");
        assertTrue(!body().getText().contains(TYPED) && !body().getText().isBlank(),
                "the template's text: " + body().getText());
    }

    @Test
    void anEmptyReplyOrAnotherTemplatesTextIsReplacedWithoutAQuestion() {
        pick(english(0));
        assertTrue(question().isEmpty());
        String first = body().getText();
        assertTrue(!first.isBlank());
        pick(english(1));
        assertTrue(question().isEmpty(), "trying templates one after another asks nothing");
        assertTrue(!body().getText().equals(first));
    }
}
