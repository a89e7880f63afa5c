package com.relaydesk.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.platform.UnixPasswordCheck;
import com.relaydesk.store.AccountCache;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.PinHasher;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import com.relaydesk.testing.ThrowawayOsUser;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.ViewLoader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "My computer password", headless, through PAM's real helper: a throwaway OS account with a known
 * password stands for the person logged in (made with useradd/chpasswd, removed after; the class is
 * skipped with the reason when not root or the tools are missing).
 */
@ExtendWith(ApplicationExtension.class)
class OsPasswordLockScreenTest extends FxRobot {

    private static ThrowawayOsUser user;

    @TempDir
    static Path dataFolder;

    private AccountCache cache;
    private Profile ben;
    private DeskViewModel desk;
    private ManageProfilesViewModel manage;

    @BeforeAll
    static void aThrowawayOsAccount() {
        user = ThrowawayOsUser.createOrSkip();
    }

    @AfterAll
    static void removeIt() {
        if (user != null) {
            user.close();
        }
    }

    @Start
    void start(Stage stage) {
        cache = AccountCache.open(dataFolder.resolve(System.nanoTime() + ".sqlite"), "service@shop.example");
        Profiles profiles = new Profiles(cache.profiles(), new PinHasher(1_000, new SecureRandom()), Clock.systemUTC());
        profiles.useOsPassword(new UnixPasswordCheck(UnixPasswordCheck.helper().orElseThrow(), user.name()));
        Profile owner = profiles.ensureOwner("Sam Seller");
        ben = profiles.add(owner, "Ben Cole");
        desk = new DeskViewModel(UiTasks.sameThread(), Clock.systemUTC());
        desk.attach(new DeskLock(profiles));
        manage = new ManageProfilesViewModel(desk, UiTasks.sameThread());
        ViewLoader loader = new ViewLoader(Map.<Class<?>, Supplier<?>>of(
                LockScreenView.class, () -> new LockScreenView(desk),
                ManageProfilesView.class, () -> new ManageProfilesView(manage)));
        stage.setScene(new Scene(new HBox(loader.load("profiles/LockScreen.fxml"),
                loader.load("profiles/ManageProfiles.fxml")), 1400, 700));
        stage.show();
        manage.opened();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void benChoosesHisComputerPasswordAndTheLockScreenAsksForItRefusingAWrongOne() {
        clickOn("#lock-person-" + ben.id());
        clickOn("#lock-unlock");
        assertEquals("Ben Cole", desk.currentProperty().get().name());
        interact(manage::opened); // as when Ben opens "Manage profiles…": his own profile is shown
        assertEquals("Ben Cole", label("#profile-selected-title").getText());
        assertTrue(lookup("#profile-os-row").query().isVisible(), "Linux with PAM's helper: the option is offered");
        assertEquals("Use my computer password (" + user.name() + ") instead",
                lookup("#profile-use-os-password").queryAs(Button.class).getText());

        clickOn("#profile-os-password").write("not my password");
        clickOn("#profile-use-os-password");
        assertTrue(label("#profiles-message").getText().startsWith("That is not the computer password of "
                + user.name()), label("#profiles-message").getText());
        clickOn("#profile-os-password").write(user.password());
        clickOn("#profile-use-os-password");
        assertEquals("Ben Cole unlocks with the computer password of " + user.name() + " from now on.",
                label("#profiles-message").getText());
        assertEquals("Stop using the computer password", lookup("#profile-clear-pin").queryAs(Button.class).getText());

        interact(desk::lockNow);
        assertEquals("Ben Cole, enter your computer password (of " + user.name() + ")", label("#lock-who").getText());
        assertEquals("Computer password", field("#lock-pin").getPromptText());
        clickOn("#lock-pin").write("2468").type(KeyCode.ENTER);
        assertEquals("That is not the computer password of " + user.name() + ". Try again.",
                label("#lock-message").getText());
        assertTrue(desk.lockedProperty().get());
        clickOn("#lock-pin").write(user.password()).type(KeyCode.ENTER);
        assertFalse(desk.lockedProperty().get());
        assertEquals("Ben Cole", desk.currentProperty().get().name());
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }

    private PasswordField field(String query) {
        return lookup(query).queryAs(PasswordField.class);
    }
}
