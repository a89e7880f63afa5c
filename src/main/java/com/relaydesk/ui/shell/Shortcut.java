package com.relaydesk.ui.shell;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The keyboard shortcuts of the main window; the {@code ?} sheet lists them from here. */
public enum Shortcut {
    NEXT("j", "Next message"),
    PREVIOUS("k", "Previous message"),
    REPLY("r", "Reply to the selected message"),
    NO_RESPONSE_NEEDED("n", "Mark No Response Needed (E2)"),
    UNDO("z", "Undo the last No Response Needed or Report"),
    PICK("Ctrl/Shift+click", "Pick several messages: n, Report and z act on them all"),
    SEARCH("/", "Search"),
    FIND("Ctrl+F", "Search, also while typing in a field"),
    TEMPLATES("t", "Templates: write and manage your canned replies"),
    SYNC_NOW("F5", "Sync now"),
    SEND("Ctrl+Enter", "Send the reply being written"),
    CLOSE_REPLY("Esc", "Close the reply being written; it is kept as a draft"),
    HELP("?", "Show these shortcuts"),
    QUIT("Ctrl+Q", "Quit RelayDesk from any of its windows (replies still in the outbox go at the next start)");

    private final String keys;
    private final String action;

    Shortcut(String keys, String action) {
        this.keys = keys;
        this.action = action;
    }

    public String keys() {
        return keys;
    }

    public String action() {
        return action;
    }

    /**
     * The single-key shortcut typed, if any; SEND and CLOSE_REPLY are handled by the reply editor
     * itself, FIND and QUIT by accelerators.
     */
    static Optional<Shortcut> typed(KeyEvent event) {
        if (event.getCode() == KeyCode.F5) {
            return Optional.of(SYNC_NOW);
        }
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return Optional.empty();
        }
        String character = event.getCharacter();
        return Arrays.stream(values())
                .filter(shortcut -> shortcut != SEND && shortcut != CLOSE_REPLY && shortcut != SYNC_NOW
                        && shortcut.keys.equals(character))
                .findFirst();
    }
}
