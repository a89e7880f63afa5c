package com.relaydesk.ui.common;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The text area a seller writes buyer mail in — a reply, a template: plain text whose words can
 * be underlined (policy findings, spelling), wrapped, styled as {@code .text-editor}.
 */
public final class TextEditor {

    private TextEditor() {
    }

    public static StyleClassedTextArea create(String id, String accessibleText) {
        StyleClassedTextArea editor = new StyleClassedTextArea();
        editor.setId(id);
        editor.setWrapText(true);
        editor.getStyleClass().add("text-editor");
        editor.setPadding(new Insets(8));
        editor.setAccessibleText(accessibleText);
        leaveWithTab(editor);
        return editor;
    }

    /**
     * Keeps the editor's text and {@code text} (a view model's) the same both ways;
     * {@code afterReplaced} runs when the view model's text replaced the editor's (the caret and
     * the underlines are then to be set again: replacing drops the styles).
     */
    public static void bindText(StyleClassedTextArea editor, StringProperty text, Runnable afterReplaced) {
        editor.replaceText(text.get());
        editor.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(text.get())) {
                text.set(now);
            }
        });
        text.addListener((obs, old, now) -> {
            if (!now.equals(editor.getText())) {
                editor.replaceText(now);
                afterReplaced.run();
            }
        });
    }

    /**
     * Tab and Shift+Tab move to the next and previous control, as in every other field, so the
     * keyboard reaches the controls after the text: RichTextFX typed a tab character on Tab, and
     * mail to a buyer never needs one (mail readers show it as anything from one space to eight).
     * The key is left to the scene, whose focus traversal does the moving. Ctrl+Tab types no tab
     * either: the scene does not traverse on it, and a key of its own to type a character no
     * message needs would only be one more thing to explain.
     */
    private static void leaveWithTab(StyleClassedTextArea editor) {
        Nodes.addInputMap(editor, InputMap.ignore(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_ANY)));
    }
}
