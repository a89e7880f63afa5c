package com.relaydesk.ui.common;

import java.util.ArrayList;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Quit (Ctrl+Q, Cmd+Q on a Mac) from any of the app's windows: every window closes, each as if
 * closed by hand (a reply being written is kept as a draft), and the application then stops as it
 * does when its last window closes.
 */
public final class QuitApp {

    public static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private QuitApp() {
    }

    public static void closeEveryWindow() {
        new ArrayList<>(Window.getWindows()).forEach(Window::hide);
    }
}
