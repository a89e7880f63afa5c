package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.model.MailboxView;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** Which key is which command: the {@code ?} sheet lists what typing does. */
class ShortcutTest {

    @Test
    void reportMarkUnreadAndTheThreeViewsHaveKeysOfTheirOwn() {
        assertEquals(Optional.of(Shortcut.REPORT), Shortcut.typed(typed("!")));
        assertEquals(Optional.of(Shortcut.MARK_UNREAD), Shortcut.typed(typed("u")));
        assertEquals(Optional.of(Shortcut.SHOW_RESPONSE_NEEDED), Shortcut.typed(typed("1")));
        assertEquals(Optional.of(Shortcut.SHOW_SENT), Shortcut.typed(typed("2")));
        assertEquals(Optional.of(Shortcut.SHOW_ALL), Shortcut.typed(typed("3")));
        assertEquals(Optional.of(Shortcut.SHOW_NO_RESPONSE_NEEDED), Shortcut.typed(typed("4")));
        assertEquals(Optional.of(Shortcut.SHOW_REPORTED), Shortcut.typed(typed("5")));
    }

    @Test
    void theViewKeysShowTheViewsInTheOrderListed() {
        assertEquals(Optional.of(MailboxView.RESPONSE_NEEDED), Shortcut.SHOW_RESPONSE_NEEDED.view());
        assertEquals(Optional.of(MailboxView.SENT), Shortcut.SHOW_SENT.view());
        assertEquals(Optional.of(MailboxView.ALL), Shortcut.SHOW_ALL.view());
        assertEquals(Optional.of(MailboxView.NO_RESPONSE_NEEDED), Shortcut.SHOW_NO_RESPONSE_NEEDED.view());
        assertEquals(Optional.of(MailboxView.REPORTED), Shortcut.SHOW_REPORTED.view());
        assertEquals(Optional.empty(), Shortcut.REPORT.view());
    }

    @Test
    void withCtrlOrAltAKeyIsNoShortcut() {
        assertEquals(Optional.empty(), Shortcut.typed(new KeyEvent(KeyEvent.KEY_TYPED, "1", "", KeyCode.UNDEFINED,
                false, true, false, false)));
        assertEquals(Optional.empty(), Shortcut.typed(new KeyEvent(KeyEvent.KEY_TYPED, "u", "", KeyCode.UNDEFINED,
                false, false, true, false)));
    }

    @Test
    void noTwoShortcutsShareAKey() {
        assertEquals(Shortcut.values().length, Arrays.stream(Shortcut.values()).map(Shortcut::keys).distinct().count());
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false);
    }
}
