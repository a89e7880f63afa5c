package com.relaydesk.ui.appearance;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Lays the appearance on every window RelayDesk opens, now and later (the main window, the
 * Templates window, reply editors, dialogs, alerts, menus). The theme is JavaFX's user-agent
 * stylesheet, which all windows share. The text size is a small stylesheet of its own, last on each
 * window's scene, that sets the root font the stylesheets' em sizes follow: a dialog takes its
 * owner's stylesheets (JavaFX keeps them bound), so it is laid out at the size from the start, and
 * menus and tooltips take their window's. A dialog's own root also gets the size inline, for one
 * without an owner or with a copy of the stylesheets. Every window takes the text-size keys.
 */
public final class WindowAppearance implements AutoCloseable {

    /** Ctrl+= and Ctrl++ (shifted on a US keyboard, a key of its own on others, the keypad's). */
    public static final List<KeyCombination> LARGER = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    public static final List<KeyCombination> SMALLER = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    public static final List<KeyCombination> ACTUAL_SIZE = List.of(
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));

    /** The theme's widest dialog, at 100 % (DialogWidth lifts it for the dialogs laid out wider). */
    private static final double DIALOG_MAX_WIDTH = 600;
    private static final String MARK = "relaydesk.appearance";
    private static final String SHEET = "relaydesk.text-size-sheet";
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size:[^;]*;?");

    private final AppearanceViewModel appearance;
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private final ChangeListener<TextSize> resized = (obs, old, size) -> List.copyOf(Window.getWindows()).stream()
            .filter(window -> window.getProperties().get(MARK) == this && window.getScene() != null)
            .forEach(window -> {
                applyTo(window.getScene());
                DialogRefit.refit(window, window);
            });
    private final ChangeListener<Boolean> themed = (obs, old, dark) -> theme(dark);
    /** After {@link #close()}, what it left on windows and scenes does nothing (they go with them). */
    private boolean closed;

    private WindowAppearance(AppearanceViewModel appearance) {
        this.appearance = appearance;
    }

    /** Applies {@code appearance} to the windows open now and to each one opened until {@link #close()}. */
    public static WindowAppearance follow(AppearanceViewModel appearance) {
        WindowAppearance windows = new WindowAppearance(appearance);
        theme(appearance.darkProperty().get());
        appearance.textSizeProperty().addListener(windows.resized);
        appearance.darkProperty().addListener(windows.themed);
        Window.getWindows().addListener(windows.opened);
        Window.getWindows().forEach(windows::watch);
        return windows;
    }

    /** Applies the text size and keys to {@code scene} now: the main window's, before it first shows. */
    public void applyTo(Scene scene) {
        if (closed) {
            return;
        }
        if (scene.getProperties().put(MARK, this) != this) {
            keys(scene);
            scene.rootProperty().addListener((obs, old, root) -> applyTo(scene));
        }
        if (scene.getRoot() instanceof DialogPane pane) {
            pane.setStyle(withFontSize(pane.getStyle(), appearance.textSizeProperty().get().px()));
        } else {
            // not on a dialog's scene: JavaFX keeps that list bound to its owner's, which has it
            String sheet = sheet(appearance.textSizeProperty().get());
            int before = scene.getStylesheets().indexOf(scene.getProperties().put(SHEET, sheet));
            if (before >= 0) {
                scene.getStylesheets().set(before, sheet); // one change: the dialogs' bound lists follow it
            } else {
                scene.getStylesheets().add(sheet);
            }
        }
    }

    /**
     * Stops following, and lets go of the windows: a second application in the same JVM (tests) brings
     * its own, and may show its window on the same stage.
     */
    @Override
    public void close() {
        closed = true;
        appearance.textSizeProperty().removeListener(resized);
        appearance.darkProperty().removeListener(themed);
        Window.getWindows().removeListener(opened);
    }

    private void watch(Window window) {
        if (!(window instanceof Stage stage)) {
            return; // menus, tooltips and pop-ups take their owner window's stylesheets
        }
        if (stage.getProperties().put(MARK, this) != this) {
            stage.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    applyTo(scene);
                }
            });
            // a dialog was placed on its owner's centre for the size it had before: it stays there
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
                if (!closed) {
                    DialogRefit.refit(stage, stage.getOwner() != null ? stage.getOwner() : stage);
                }
            });
        }
        if (stage.getScene() != null) {
            applyTo(stage.getScene());
        }
    }

    private void keys(Scene scene) {
        LARGER.forEach(keys -> scene.getAccelerators().put(keys, appearance::larger));
        SMALLER.forEach(keys -> scene.getAccelerators().put(keys, appearance::smaller));
        ACTUAL_SIZE.forEach(keys -> scene.getAccelerators().put(keys, appearance::actualSize));
    }

    /**
     * The stylesheet of one text size, as a data URL: the root font, the icons (an icon's size is
     * its own font's, so em of it never settles) and what the theme sizes in pixels of its own:
     * tooltips, a text field's menu, and the width it caps dialogs at (600 px at 100 %).
     */
    static String sheet(TextSize size) {
        String css = String.format(Locale.ROOT, ".root, .tooltip, .text-input .context-menu { -fx-font-size: %.2fpx; }%n"
                + ".app-icon { -fx-icon-size: %dpx; }%n"
                + ".dialog-pane { -fx-max-width: %.0fpx; }%n", size.px(), size.iconPx(), size.scaled(DIALOG_MAX_WIDTH));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code style} with its font size replaced by {@code px}; what else it sets is kept. */
    static String withFontSize(String style, double px) {
        String others = FONT_SIZE.matcher(style == null ? "" : style).replaceAll("").strip();
        if (!others.isEmpty() && !others.endsWith(";")) {
            others += ";";
        }
        return (others.isEmpty() ? "" : others + " ") + String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px);
    }

    private static void theme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
