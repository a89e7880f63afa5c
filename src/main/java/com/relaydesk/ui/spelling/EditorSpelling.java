package com.relaydesk.ui.spelling;

import com.relaydesk.spelling.Dictionaries.Available;
import com.relaydesk.spelling.Misspelling;
import com.relaydesk.ui.common.ShownAs;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The editor's side of spelling: the language list beside it, the underline of each unknown word,
 * and the menu on one (right click, or the menu key with the caret in it): the dictionary's
 * suggestions, Add to dictionary, Ignore in this reply (or template).
 */
public final class EditorSpelling {

    public static final String STYLE = "misspelled";

    private final StyleClassedTextArea editor;
    private final TextSpelling spelling;

    private EditorSpelling(StyleClassedTextArea editor, TextSpelling spelling) {
        this.editor = editor;
        this.spelling = spelling;
    }

    public static void bind(StyleClassedTextArea editor, ComboBox<Optional<Available>> language, TextSpelling spelling,
                     Runnable underline) {
        language.setItems(spelling.choices());
        language.setConverter(ShownAs.text(TextSpelling::choiceName));
        // not bound both ways: the list sets its value to null while its items are replaced, which is not "off"
        language.setValue(spelling.dictionaryProperty().get());
        spelling.dictionaryProperty().addListener((obs, old, now) -> language.setValue(now));
        language.setOnAction(event -> { // the seller's pick (the list's own resets on new items are not)
            if (language.getValue() != null && !language.getValue().equals(spelling.dictionaryProperty().get())) {
                spelling.choose(language.getValue());
            }
        });
        spelling.misspellings().addListener((ListChangeListener<Misspelling>) change -> underline.run());
        EditorSpelling menu = new EditorSpelling(editor, spelling);
        // a filter: the editor's own input map would take the request first
        editor.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            int index = event.isKeyboardTrigger() ? editor.getCaretPosition()
                    : editor.hit(event.getX(), event.getY()).getInsertionIndex();
            spelling.at(index).filter(word -> stillThere(editor, word)).ifPresent(word -> {
                event.consume();
                if (event.isKeyboardTrigger()) {
                    editor.getCaretBounds().ifPresent(at -> menu.show(word, at.getMinX(), at.getMaxY()));
                } else {
                    menu.show(word, event.getScreenX(), event.getScreenY());
                }
            });
        });
    }

    /** Underlines the unknown words still where they were found (the text may have moved on since). */
    public static void underline(StyleClassedTextArea editor, List<Misspelling> words) {
        for (Misspelling word : words) {
            if (stillThere(editor, word)) {
                editor.setStyleClass(word.start(), word.end(), STYLE);
            }
        }
    }

    private static boolean stillThere(StyleClassedTextArea editor, Misspelling word) {
        return word.end() <= editor.getLength() && editor.getText(word.start(), word.end()).equals(word.word());
    }

    private void show(Misspelling word, double screenX, double screenY) {
        ContextMenu menu = new ContextMenu();
        menu.setId("spelling-menu");
        MenuItem looking = new MenuItem("Looking for suggestions…");
        looking.setDisable(true);
        MenuItem add = new MenuItem("Add “" + word.word() + "” to the dictionary");
        add.setId("spelling-add");
        add.setOnAction(e -> spelling.addToDictionary(word));
        MenuItem ignore = new MenuItem("Ignore “" + word.word() + "” in this " + spelling.what());
        ignore.setId("spelling-ignore");
        ignore.setOnAction(e -> spelling.ignore(word));
        menu.getItems().addAll(looking, new SeparatorMenuItem(), add, ignore);
        spelling.suggestionsFor(word, suggestions -> {
            int at = menu.getItems().indexOf(looking);
            if (at < 0) {
                return;
            }
            if (suggestions.isEmpty()) {
                looking.setText("No suggestions");
                return;
            }
            menu.getItems().remove(at);
            for (int i = suggestions.size() - 1; i >= 0; i--) {
                String instead = suggestions.get(i);
                MenuItem item = new MenuItem(instead);
                item.getStyleClass().add("spelling-suggestion");
                item.setOnAction(e -> replace(word, instead));
                menu.getItems().add(at, item);
            }
        });
        menu.show(editor, screenX, screenY);
    }

    private void replace(Misspelling word, String instead) {
        if (stillThere(editor, word)) {
            editor.replaceText(word.start(), word.end(), instead);
            editor.moveTo(word.start() + instead.length());
            editor.requestFocus();
        }
    }
}
