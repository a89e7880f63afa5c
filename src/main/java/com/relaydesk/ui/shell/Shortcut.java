package com.relaydesk.ui.shell;

import com.relaydesk.model.MailboxView;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
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
    // "!" as in Gmail's report spam: a shifted key, hard to hit by accident; z takes it back as after the button
    REPORT("!", "Report as suspicious or spam (E4)"),
    MARK_UNREAD("u", "Mark unread: keep the message bold as a reminder"),
    UNDO("z", "Undo the last No Response Needed or Report"),
    PICK("Ctrl/Shift+click, Shift+↑/↓", "Pick several messages: n, Report, u and z act on them all"),
    SEARCH("/", "Search"),
    SHOW_RESPONSE_NEEDED(MailboxView.RESPONSE_NEEDED),
    SHOW_SENT(MailboxView.SENT),
    SHOW_ALL(MailboxView.ALL),
    SHOW_NO_RESPONSE_NEEDED(MailboxView.NO_RESPONSE_NEEDED),
    SHOW_REPORTED(MailboxView.REPORTED),
    FIND("Ctrl+F", "Search, also while typing in a field"),
    TEMPLATES("t", "Templates: write and manage your canned replies"),
    SYNC_NOW("F5", "Sync now"),
    MENU("F10", "Open the menu: Outbox, profiles, signature, lock, export… (arrows and Enter choose)"),
    SEND("Ctrl+Enter", "Send the reply being written"),
    CLOSE_REPLY("Esc", "Close the reply being written; it is kept as a draft"),
    HELP("?", "Show these shortcuts"),
    LARGER_TEXT("Ctrl+=", "Larger text in every window (Ctrl++ too); kept for the next start"),
    SMALLER_TEXT("Ctrl+-", "Smaller text"),
    ACTUAL_SIZE("Ctrl+0", "Text at its actual size"),
    QUIT("Ctrl+Q", "Quit RelayDesk from any of its windows (replies still in the outbox go at the next start)");

    private final String keys;
    private final String action;
    private final MailboxView view;

    Shortcut(String keys, String action) {
        this.keys = keys;
        this.action = action;
        this.view = null;
    }

    /** Shows a view; its key is the one the views list names in its tooltip. */
    Shortcut(MailboxView view) {
        this.keys = MailboxNavigationViewModel.key(view).orElseThrow();
        this.action = "Show " + view.title();
        this.view = view;
    }

    public String keys() {
        return keys;
    }

    public String action() {
        return action;
    }

    /** The view this key shows; empty for the keys that do something else. */
    Optional<MailboxView> view() {
        return Optional.ofNullable(view);
    }

    /**
     * The single-key shortcut typed, if any; SEND and CLOSE_REPLY are handled by the reply editor
     * itself, FIND, QUIT and the text size by accelerators.
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
