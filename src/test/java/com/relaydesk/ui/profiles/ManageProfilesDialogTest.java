package com.relaydesk.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.store.AccountCache;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.PinHasher;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.ViewLoader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Manage profiles…" as opened from the main window, over a real cache file. Its background work
 * waits in a queue until the test lets it run, so what the dialog shows meanwhile can be seen.
 */
@ExtendWith(ApplicationExtension.class)
class ManageProfilesDialogTest extends FxRobot {

    @TempDir
    Path dir;

    private final Deque<Runnable> background = new ArrayDeque<>();
    private Stage owner;
    private AccountCache cache;
    private Profiles profiles;
    private Profile sam;
    private Window dialog;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()); // as the app does
        owner = stage;
        owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        owner.getScene().getStylesheets().addAll(com.relaydesk.app.UiComposition.stylesheets()); // the dialog takes them
        owner.show();
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "service@shop.example");
        profiles = new Profiles(cache.profiles(), new PinHasher(1_000, new SecureRandom()), Clock.systemUTC());
        sam = profiles.ensureOwner("Sam Seller");
        DeskViewModel desk = new DeskViewModel(UiTasks.sameThread(), Clock.systemUTC());
        desk.attach(new DeskLock(profiles));
        ManageProfilesViewModel manage = new ManageProfilesViewModel(desk, new UiTasks(background::add, Runnable::run));
        ViewLoader loader = new ViewLoader(Map.<Class<?>, Supplier<?>>of(
                ManageProfilesView.class, () -> new ManageProfilesView(manage)));
        new ManageProfilesDialog(loader, manage).show(owner);
        runBackground();
        dialog = Window.getWindows().stream().filter(w -> w != owner && w.isShowing()).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner).forEach(Window::hide));
        cache.close();
    }

    @Test
    void theColourOfANewProfileIsAWholePickerNotASquashedStrip() {
                // a long name makes the hint under the PIN a line longer than the owner's: the content grows
        clickOn(field("#profile-new-name")).write("Maximiliane Obermeyer-Castellanos").type(KeyCode.ENTER);
        runBackground();
        assertEquals("Maximiliane Obermeyer-Castellanos", label("#profile-selected-title").getText());

        ColorPicker colour = lookup("#profile-colour").queryAs(ColorPicker.class);
        TextField name = field("#profile-name");
        assertTrue(colour.getHeight() >= colour.prefHeight(-1) - 0.5, "as tall as it asks: " + colour.getHeight()
                + " of " + colour.prefHeight(-1));
        assertTrue(colour.getHeight() >= name.getHeight() - 4, "about as tall as the name field: " + colour.getHeight()
                + " and " + name.getHeight());
        assertTrue(colour.getWidth() >= 2 * colour.getHeight(), "room for the swatch and its colour's name");
        Label message = label("#profiles-message");
        Bounds said = message.localToScreen(message.getBoundsInLocal());
        assertTrue(said.getMaxY() <= dialog.getY() + dialog.getHeight(), "what was done is said inside the dialog: "
                + said + " in a dialog of height " + dialog.getHeight());
    }

    @Test
    void settingAPinSaysSoWhileTheKeyIsDerivedAndNothingCanBeStartedTwice() {
        clickOn(field("#profile-pin")).write("2468");
        clickOn(field("#profile-pin-repeat")).write("2468");
        clickOn(button("#profile-set-pin"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(node("#profile-working").isVisible(), "a spinner and a sentence say it is working");
        assertEquals("Setting PIN…", label("#profile-working-text").getText());
        assertTrue(button("#profile-set-pin").isDisabled());
        assertTrue(field("#profile-pin").isDisabled());
        assertFalse(profiles.find(sam.id()).orElseThrow().hasPin(), "derived in the background, not on the FX thread");

        runBackground();
        assertFalse(node("#profile-working").isVisible());
        assertFalse(button("#profile-set-pin").isDisabled());
        assertTrue(profiles.find(sam.id()).orElseThrow().hasPin());
        assertEquals("PIN set. Switching to Sam Seller now asks for it.", label("#profiles-message").getText());
    }

    @Test
    void aPinThatCannotBeSetIsSaidAndTheDialogIsReadyForAnother() {
        clickOn(field("#profile-pin")).write("24");
        clickOn(field("#profile-pin-repeat")).write("24");
        clickOn(button("#profile-set-pin"));
        runBackground();

        assertEquals("The PIN was not set: A PIN has 4 to 12 digits. Nothing changed; try again.",
                label("#profiles-message").getText());
        assertFalse(node("#profile-working").isVisible());
        assertFalse(button("#profile-set-pin").isDisabled(), "another PIN can be typed at once");
        assertFalse(profiles.find(sam.id()).orElseThrow().hasPin());
    }

    /** Lets the queued background work run (and what it queues in turn), its results on the FX thread. */
    private void runBackground() {
        interact(() -> {
            while (!background.isEmpty()) {
                background.poll().run();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node node(String id) {
        return lookup(id).query();
    }

    private Label label(String id) {
        return lookup(id).queryAs(Label.class);
    }

    private TextField field(String id) {
        return lookup(id).queryAs(TextField.class);
    }

    private Button button(String id) {
        return lookup(id).queryAs(Button.class);
    }
}
