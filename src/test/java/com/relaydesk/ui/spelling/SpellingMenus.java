package com.relaydesk.ui.spelling;

import java.util.concurrent.ExecutionException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a seller sees of spelling in an editor: the underline of a word, and the menu a right click on it opens. */
public final class SpellingMenus {

    private SpellingMenus() {
    }

    /** Whether the first {@code word} in the editor's text is underlined as unknown. */
    public static boolean underlined(StyleClassedTextArea editor, String word) {
        int at = editor.getText().indexOf(word);
        if (at < 0) {
            throw new AssertionError("“" + word + "” is not in the text: " + editor.getText());
        }
        return editor.getStyleOfChar(at + 1).contains(EditorSpelling.STYLE);
    }

    /** Right-clicks the first {@code word} and returns the spelling menu that opened over it. */
    public static ContextMenu rightClickOn(FxRobot robot, StyleClassedTextArea editor, String word) {
        int start = editor.getText().indexOf(word);
        try {
            // the request a right click makes (Monocle, which runs these tests, sends none of its own)
            robot.interact(() -> {
                Bounds screen = editor.getCharacterBoundsOnScreen(start, start + word.length()).orElseThrow();
                Point2D scene = editor.localToScene(editor.screenToLocal(screen.getCenterX(), screen.getCenterY()));
                // x and y as the scene has them: the event is carried down to the editor and made local on the way
                editor.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                        screen.getCenterX(), screen.getCenterY(), false, null));
            });
            return (ContextMenu) WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu
                    menu && menu.isShowing() && "spelling-menu".equals(menu.getId())).findFirst()).get()
                    .orElseThrow(() -> new AssertionError("no spelling menu over " + word));
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
