package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.spelling.PersonalWords;
import com.relaydesk.spelling.Spelling;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.spelling.SpellingMenus;
import com.relaydesk.ui.spelling.TextSpelling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
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
 * Spelling in the reply editor, with the English dictionary RelayDesk carries: a typo is
 * underlined, a right click offers the word meant, a shop's own word can be added for good, and
 * the buyer's name, order IDs and links are never marked.
 */
@ExtendWith(ApplicationExtension.class)
class SpellingViewTest extends FxRobot {

    private static final String TEXT = "Hi Anna, your lamp (order 111-0000001-0000001) ships tomorow from Walnutwick.";

    @TempDir
    Path dataFolder; // set before @Start runs (TestFX starts the stage in beforeEach)
    private final ReplyWindows windows = new ReplyWindows(this);
    private Stage reply;
    private ComposeViewModel model;

    @Start
    void start(Stage stage) {
        windows.showOwner(stage);
        model = windows.openAnnasQuestion(UiTasks.sameThread(), Spelling.in(dataFolder));
        reply = windows.reply();
    }

    @AfterEach
    void close() {
        windows.closeReplies();
    }

    private StyleClassedTextArea typed(String text) {
        StyleClassedTextArea editor = windows.find(reply, "#compose-body", StyleClassedTextArea.class);
        interact(() -> editor.replaceText(text)); // as typed (the robot's letters do not reach RichTextFX)
        WaitForAsyncUtils.waitForFxEvents();
        return editor;
    }

    private static boolean underlined(StyleClassedTextArea editor, String word) {
        return SpellingMenus.underlined(editor, word);
    }

    private ContextMenu rightClickOn(StyleClassedTextArea editor, String word) {
        return SpellingMenus.rightClickOn(this, editor, word);
    }

    @Test
    void aTypoIsUnderlinedAndTheWordMeantReplacesIt() {
        StyleClassedTextArea editor = typed(TEXT);
        assertEquals("Spelling: English (United States)", TextSpelling.choiceName(model.spelling().dictionaryProperty().get()));
        assertEquals(model.spelling().dictionaryProperty().get(),
                windows.find(reply, "#compose-spelling", ComboBox.class).getValue(), "the list under the editor says it");
        assertTrue(underlined(editor, "tomorow"));
        assertTrue(underlined(editor, "Walnutwick"));
        assertFalse(underlined(editor, "Anna"), "the buyer's name is right as written");
        assertFalse(underlined(editor, "111-0000001"), "order IDs are not words");

        ContextMenu menu = rightClickOn(editor, "tomorow");
        MenuItem first = menu.getItems().get(0);
        assertEquals("tomorrow", first.getText());
        interact(() -> first.fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(editor.getText().contains("ships tomorrow from"), editor.getText());
        assertFalse(underlined(editor, "tomorrow"));
        assertEquals(List.of("Walnutwick"), model.spelling().misspellings().stream().map(m -> m.word()).toList());
    }

    @Test
    void aShopsOwnWordAddedIsKnownInThisReplyAndTheNext() throws Exception {
        StyleClassedTextArea editor = typed(TEXT);
        ContextMenu menu = rightClickOn(editor, "Walnutwick");
        MenuItem add = menu.getItems().stream().filter(item -> "spelling-add".equals(item.getId())).findFirst().orElseThrow();
        assertEquals("Add “Walnutwick” to the dictionary", add.getText());
        interact(() -> add.fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(underlined(editor, "Walnutwick"));
        assertTrue(Files.readAllLines(dataFolder.resolve(PersonalWords.FILE_NAME)).contains("walnutwick"));
        reopen();
        StyleClassedTextArea next = typed("Walnutwick lamps ship tomorow.");
        assertFalse(underlined(next, "Walnutwick"), "known after a restart too (a new Spelling reads the file)");
        assertTrue(underlined(next, "tomorow"));
    }

    @Test
    void spellingSwitchedOffUnderlinesNothingAndStaysOffForTheNextReplyUntilSwitchedOnAndTheEnglishChosenIsKept() {
        StyleClassedTextArea editor = typed(TEXT);
        @SuppressWarnings("unchecked")
        ComboBox<Optional<?>> language = windows.find(reply, "#compose-spelling", ComboBox.class);
        assertEquals(Optional.empty(), language.getItems().get(0), "Off comes first");
        interact(() -> language.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(underlined(editor, "tomorow"));
        assertEquals(List.of(), model.spelling().misspellings());

        ComposeViewModel next = reopen();
        assertEquals(Optional.empty(), next.spelling().dictionaryProperty().get(), "a seller who switched it off is not asked again");
        assertFalse(underlined(typed(TEXT), "tomorow"));

        @SuppressWarnings("unchecked")
        ComboBox<Optional<?>> again = windows.find(reply, "#compose-spelling", ComboBox.class);
        interact(() -> again.getSelectionModel().select(again.getItems().stream()
                .filter(d -> TextSpelling.choiceName((Optional) d).equals("Spelling: English (United Kingdom)")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(underlined(windows.find(reply, "#compose-body", StyleClassedTextArea.class), "tomorow"));
        assertEquals("Spelling: English (United Kingdom)", TextSpelling.choiceName(reopen().spelling().dictionaryProperty().get()),
                "switched on again, with British English where American would be chosen: the next reply keeps both");

        @SuppressWarnings("unchecked")
        ComboBox<Optional<?>> third = windows.find(reply, "#compose-spelling", ComboBox.class);
        interact(() -> third.getSelectionModel().select(third.getItems().stream()
                .filter(d -> TextSpelling.choiceName((Optional) d).equals("Spelling: English (United States)")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Spelling: English (United States)", TextSpelling.choiceName(reopen().spelling().dictionaryProperty().get()),
                "American chosen again: RelayDesk's own choice is back");
    }

    /** Closes the reply and opens a new one on the same data folder, as the next reply of the day. */
    private ComposeViewModel reopen() {
        windows.closeReplies();
        ComposeViewModel[] next = new ComposeViewModel[1];
        interact(() -> next[0] = windows.openAnnasQuestion(UiTasks.sameThread(), Spelling.in(dataFolder)));
        reply = windows.reply();
        return next[0];
    }
}
