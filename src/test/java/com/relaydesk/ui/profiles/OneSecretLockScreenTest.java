package com.relaydesk.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import com.relaydesk.store.AccountCache;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.PinHasher;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import com.relaydesk.testing.HandClock;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.ViewLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lock screen and "Manage profiles…" say which secret to type, headless: an assistant linked to
 * their key slot types the passphrase that opens the mailbox, a teammate without a slot their PIN;
 * a revoked slot and a changed passphrase count at the next unlock. Real cache, real secrets file.
 */
@ExtendWith(ApplicationExtension.class)
class OneSecretLockScreenTest extends FxRobot {

    private static final char[] OWNER = "owner phrase".toCharArray();

    private Path dataFolder;
    private DesktopCredentials credentials;
    private AccountCache cache;
    private Profiles profiles;
    private Profile owner;
    private Profile anna;
    private Profile ben;
    private DeskViewModel desk;

    @Start
    void start(Stage stage) throws IOException {
        dataFolder = Files.createTempDirectory("one-secret");
        EncryptedFileSecretStore.open(dataFolder.resolve(DesktopCredentials.SECRETS_FILE), OWNER)
                .put("imap:service@shop.example", "the mailbox password".toCharArray());
        credentials = DesktopCredentials.encryptedFile(dataFolder);
        credentials.addAssistant(OWNER, "Anna Berg", "anna's phrase".toCharArray());
        cache = AccountCache.open(dataFolder.resolve("cache.sqlite"), "service@shop.example");
        profiles = new Profiles(cache.profiles(), new PinHasher(1_000, new SecureRandom()),
                new HandClock(Instant.parse("2026-11-30T09:00:00Z")));
        owner = profiles.ensureOwner("Sam Seller");
        ben = profiles.add(owner, "Ben Cole");
        profiles.setPin(ben, ben.id(), "2468".toCharArray());
        profiles.useKeySlots(credentials.keySlots());
        anna = profiles.forKeySlot("Anna Berg");

        desk = new DeskViewModel(UiTasks.sameThread(), java.time.Clock.systemUTC());
        desk.attach(new DeskLock(profiles));
        ManageProfilesViewModel manage = new ManageProfilesViewModel(desk, UiTasks.sameThread());
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                LockScreenView.class, () -> new LockScreenView(desk),
                ManageProfilesView.class, () -> new ManageProfilesView(manage));
        ViewLoader loader = new ViewLoader(controllers);
        HBox both = new HBox(loader.load("profiles/LockScreen.fxml"), loader.load("profiles/ManageProfiles.fxml"));
        Scene scene = new Scene(both, 1400, 700);
        stage.setScene(scene);
        stage.show();
        manage.opened();
    }

    @AfterEach
    void close() throws IOException {
        cache.close();
        try (var files = Files.walk(dataFolder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theLockScreenAsksAnAssistantWithAKeySlotForTheirPassphraseAndATeammateWithoutOneForTheirPin() {
        clickOn("#lock-person-" + anna.id());
        assertEquals("Anna Berg, enter your passphrase (the one that opens the mailbox)", label("#lock-who").getText());
        assertEquals("Passphrase", field("#lock-pin").getPromptText());
        clickOn("#lock-pin").write("2468").type(KeyCode.ENTER);
        assertEquals("That is not Anna Berg's passphrase. Try again (capitals count).", label("#lock-message").getText());
        assertTrue(desk.lockedProperty().get());

        clickOn("#lock-pin").write("anna's phrase").type(KeyCode.ENTER);
        assertFalse(desk.lockedProperty().get());
        assertEquals("Anna Berg", desk.currentProperty().get().name());

        interact(() -> desk.switchTo(ben));
        clickOn("#lock-person-" + ben.id());
        assertEquals("Ben Cole, enter your PIN", label("#lock-who").getText());
        assertEquals("PIN", field("#lock-pin").getPromptText());
    }

    @Test
    void afterTheOwnerRevokesTheSlotTheLockScreenSaysSoAndThePassphraseNoLongerUnlocks() {
        credentials.revoke(OWNER, "Anna Berg");
        clickOn("#lock-person-" + anna.id());
        clickOn("#lock-pin").write("anna's phrase").type(KeyCode.ENTER);
        assertTrue(desk.lockedProperty().get());
        assertTrue(label("#lock-message").getText().startsWith("The owner has revoked Anna Berg's access on this desktop"),
                label("#lock-message").getText());
    }

    @Test
    void manageProfilesOffersAnnaToChangeHerPassphraseInsteadOfAPinAndTheNewOneOpensBoth() {
        clickOn("#lock-person-" + anna.id());
        clickOn("#lock-pin").write("anna's phrase").type(KeyCode.ENTER);
        interact(() -> desk.reload());
        clickOn((javafx.scene.Node) lookup("#profiles-list").queryListView().lookupAll(".list-cell").stream()
                .filter(cell -> cell.lookup(".profile-row") != null && ((javafx.scene.control.ListCell<?>) cell).getItem()
                        instanceof Profile p && p.id() == anna.id()).findFirst().orElseThrow());
        assertTrue(label("#profile-secret-title").getText().startsWith("Passphrase"), label("#profile-secret-title").getText());
        assertEquals("Change passphrase", lookup("#profile-set-pin").queryAs(Button.class).getText());
        assertTrue(field("#profile-current-passphrase").isVisible());
        assertTrue(lookup("#profile-clear-pin").query().isDisabled(), "there is no PIN to clear");

        clickOn("#profile-current-passphrase").write("anna's phrase");
        clickOn("#profile-pin").write("a new phrase 42");
        clickOn("#profile-pin-repeat").write("a new phrase 42");
        clickOn("#profile-set-pin");
        assertTrue(label("#profiles-message").getText().startsWith("Passphrase changed."),
                label("#profiles-message").getText());

        assertEquals("Anna Berg", ((EncryptedFileSecretStore) credentials.unlock("a new phrase 42".toCharArray()))
                .holder().name(), "the same new passphrase opens the mailbox");
        interact(() -> desk.lockNow());
        clickOn("#lock-pin").write("anna's phrase").type(KeyCode.ENTER);
        assertTrue(desk.lockedProperty().get());
        clickOn("#lock-pin").write("a new phrase 42").type(KeyCode.ENTER);
        assertFalse(desk.lockedProperty().get());
    }

    @Test
    void manageProfilesStillOffersAPinToATeammateWithoutAKeySlot() {
        clickOn("#lock-person-" + ben.id());
        clickOn("#lock-pin").write("2468").type(KeyCode.ENTER);
        assertEquals("Ben Cole", desk.currentProperty().get().name());
        interact(() -> desk.reload());
        assertEquals("PIN (4 to 12 digits)", label("#profile-secret-title").getText());
        assertFalse(field("#profile-current-passphrase").isVisible());
        assertEquals("Set PIN", lookup("#profile-set-pin").queryAs(Button.class).getText());
        assertFalse(lookup("#profile-os-row").query().isVisible(),
                "no OS password check wired here (as on macOS and Windows): the option is not offered");
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }

    private PasswordField field(String query) {
        return lookup(query).queryAs(PasswordField.class);
    }
}
