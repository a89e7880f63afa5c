package com.relaydesk.app;

import static com.relaydesk.oauth.SignInWorld.PASSPHRASE;
import static com.relaydesk.oauth.SignInWorld.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.account.ConnectedAccount;
import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.mail.Security;
import com.relaydesk.oauth.LoopbackAuthorizationServer;
import com.relaydesk.oauth.OAuthSettingsFile;
import com.relaydesk.oauth.SignInWorld;
import com.relaydesk.oauth.TestBrowser;
import com.relaydesk.platform.AppInfo;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.relay.demo.DemoRelay;
import com.relaydesk.ui.common.UiTasks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The OAuth screens driven headless against the loopback authorization server and GreenMail
 * checking XOAUTH2: "Sign in with Google" in Connect a mailbox… (the browser is a test
 * BrowserOpener that follows the sign-in page with an HTTP client), and in the real app "Sign
 * in again" after the provider withdrew the sign-in and "Sign out…" from the menu.
 */
class OAuthAccountWindowTest extends FxRobot {

    @TempDir
    Path dataDir;

    private SignInWorld world;
    private Application application;
    private ExecutorService background;
    private final AtomicReference<MailboxSession> session = new AtomicReference<>();

    @BeforeEach
    void startWorld() throws Exception {
        world = new SignInWorld(dataDir, "google", true);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopEverything() throws TimeoutException {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        MailboxSession open = session.getAndSet(null);
        if (open != null) {
            open.close();
        }
        FxToolkit.cleanupStages();
        if (background != null) {
            background.shutdownNow();
        }
        world.close();
    }

    // ---- Connect a mailbox… → Sign in with Google, with an injected browser ----

    /** The main window as the app composes it, with the test's browser; a saved account is opened as the app does. */
    private UiComposition mainWindowWith(com.relaydesk.oauth.BrowserOpener browser) throws TimeoutException {
        background = Executors.newFixedThreadPool(2);
        UiTasks tasks = new UiTasks(background, Platform::runLater);
        DataFolder folder = DataFolder.at(dataDir);
        MailboxOpener opener = new MailboxOpener(folder, Clock.systemUTC(),
                () -> DemoRelay.config(DemoRelay.DEFAULT_SEED, DemoRelay.DEFAULT_INQUIRIES_PER_HOUR, Clock.systemUTC().instant()));
        AtomicReference<UiComposition> ui = new AtomicReference<>();
        Runnable openSaved = () -> tasks.run(() -> opener.open(PASSPHRASE.toCharArray()), opened -> {
            session.set(opened);
            ui.get().mainWindow().attach(opened);
        }, e -> ui.get().mainWindow().openFailed(e.getMessage()));
        ui.set(new UiComposition(new AppInfo("RelayDesk", "test", "17", dataDir, dataDir.resolve("logs/relaydesk-0.log")),
                tasks, openSaved, new ConnectedAccount(dataDir, opener::secrets, Map.of()), browser));
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(ui.get().viewLoader().load("shell/MainWindow.fxml"));
            scene.getStylesheets().addAll(UiComposition.stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        return ui.get();
    }

    private void openConnectAMailboxAndFillInGmail() throws TimeoutException {
        // fire() rather than robot clicks: on a loaded CI machine the pointer can land mid-layout
        interact(() -> menuItem("account-menu-item").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#setup-address").tryQuery().isPresent());
        AccountSettings servers = world.account();
        interact(() -> {
            text("#setup-address").setText(USER);
            lookup("#setup-passphrase").queryAs(PasswordField.class).setText(PASSPHRASE);
            text("#setup-client-id").setText(LoopbackAuthorizationServer.CLIENT_ID);
            text("#setup-imap-host").setText(servers.imap().host());
            text("#setup-imap-port").setText(Integer.toString(servers.imap().port()));
            security("#setup-imap-security").setValue(Security.PLAIN);
            text("#setup-smtp-host").setText(servers.smtp().host());
            text("#setup-smtp-port").setText(Integer.toString(servers.smtp().port()));
            security("#setup-smtp-security").setValue(Security.PLAIN);
        });
    }

    @Test
    void signInWithGoogleShowsProgressWhileTheBrowserIsOpenThenSavesTheAccountAndTheMailboxOpens() throws Exception {
        CountDownLatch consent = new CountDownLatch(1);
        TestBrowser browser = new TestBrowser();
        mainWindowWith(page -> {
            assertTrue(consent.await(30, TimeUnit.SECONDS), "the test let the user consent");
            browser.open(page);
        });
        openConnectAMailboxAndFillInGmail();
        Button signIn = lookup("#setup-sign-in").queryButton();
        assertEquals("Sign in with Google", signIn.getText());
        assertFalse(signIn.isDisabled());

        interact(signIn::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Waiting for you to sign in in the browser…", label("#setup-outcome").getText());
        assertTrue(signIn.isDisabled() && lookup("#setup-progress").query().isVisible(), "progress shows");

        consent.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#account-setup-dialog").tryQuery().isEmpty());
        assertEquals(Optional.of(world.account()), new AccountSettingsFile(dataDir).load(), "the account is saved");
        assertTrue(world.savedRefreshToken() != null, "the refresh token is in the secret store");
        // The window opens the new mailbox over XOAUTH2 and syncs it.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label("#status-last-sync").getText().startsWith("Synced"));
        assertTrue(label("#status-connection").getText().startsWith(USER), label("#status-connection").getText());
        assertEquals(List.of(), world.filesWithATokenInPlainText());
    }

    @Test
    void aSignInWithoutMailPermissionAndACancelledConsentEachSayWhatToDoAndKeepTheDialogOpen() throws Exception {
        mainWindowWith(new TestBrowser());
        openConnectAMailboxAndFillInGmail();
        Button signIn = lookup("#setup-sign-in").queryButton();
        // PLAIN is the widest choice of the security boxes, and a dialog narrower than planned (larger
        // fonts) has less room: the host fields give way, the form's labels still show whole.
        interact(() -> signIn.getScene().getWindow().setWidth(520));
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.control.Label field : lookup(n -> n instanceof javafx.scene.control.Label l && !l.isWrapText()
                && l.getParent() instanceof javafx.scene.layout.GridPane).queryAllAs(javafx.scene.control.Label.class)) {
            assertTrue(field.getWidth() + 0.5 >= field.prefWidth(-1), field.getText() + " is cut short: "
                    + field.getWidth() + " of " + field.prefWidth(-1) + " pixels");
        }

        world.provider.userGrants = Set.of("openid", "email"); // the user unticked the mail permission
        interact(signIn::fire);
        // the sign-in's start may not have disabled the button yet: wait for its outcome too
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !signIn.isDisabled()
                && !label("#setup-outcome").getText().startsWith("Waiting"));
        assertTrue(label("#setup-outcome").getText().startsWith("Not signed in: You signed in with Google but RelayDesk "
                + "did not get permission to read and send mail (https://mail.google.com/ missing). Sign in again and "
                + "allow access to your mail"), label("#setup-outcome").getText());

        world.provider.userGrants = null;
        world.provider.userDenies = true; // this time the user clicks Cancel on the consent page
        interact(signIn::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !signIn.isDisabled()
                && !label("#setup-outcome").getText().startsWith("Waiting"));
        assertEquals("Not signed in: The Google sign-in was cancelled or access was not allowed (The user said no). "
                + "Sign in again and allow RelayDesk to read and send your mail.", label("#setup-outcome").getText());

        assertTrue(lookup("#account-setup-dialog").tryQuery().isPresent(), "the dialog stays open to try again");
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)), "nothing was saved");
        assertEquals(null, world.savedRefreshToken());
    }

    @Test
    void stopWaitingAndClosingTheDialogEachEndTheBrowserSignInSoAFinishedTabLaterConnectsNothing() throws Exception {
        AtomicReference<java.net.URI> page = new AtomicReference<>();
        mainWindowWith(page::set); // the browser opens, and the user never comes back from it
        openConnectAMailboxAndFillInGmail();
        Button signIn = lookup("#setup-sign-in").queryButton();

        interact(signIn::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> page.get() != null);
        Button stop = lookup("#setup-cancel-sign-in").queryButton();
        assertTrue(stop.isVisible() && stop.getParent().isVisible(), "Stop waiting shows while the browser is open");
        interact(stop::fire);
        assertEquals("Sign-in cancelled. Nothing was saved.", label("#setup-outcome").getText());
        assertFalse(signIn.isDisabled(), "the sign-in can start again at once, not after 5 minutes");
        assertFalse(stop.isVisible());

        page.set(null);
        interact(signIn::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> page.get() != null);
        interact(() -> ((Button) lookup("#account-setup-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL))
                .fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                new TestBrowser().open(page.get()); // finishing in the browser now reaches nobody
                return false;
            } catch (java.net.ConnectException refused) {
                return true;
            }
        });
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)), "nothing was saved");
        assertEquals(null, world.savedRefreshToken());
    }

    // ---- the real app: Sign in again, Sign out ----

    private void startTheAppAndUnlock() throws Exception {
        application = FxToolkit.setupApplication(RelayDeskApplication.class, "--data-dir=" + dataDir);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#passphrase-field").tryQuery().isPresent());
        PasswordField field = lookup("#passphrase-field").queryAs(PasswordField.class);
        interact(() -> {
            field.setText(PASSPHRASE);
            ((Button) ((DialogPane) field.getScene().getRoot()).lookupButton(ButtonType.OK)).fire();
        });
    }

    @Test
    void aSignInWithdrawnAtTheProviderShowsSignInAgainAndItsButtonSignsInThroughTheBrowserAndSyncsAgain()
            throws Exception {
        String old = world.connectDirectly();
        world.provider.revokeAllFor(USER); // removed from the Google account while RelayDesk was closed
        startTheAppAndUnlock();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#sign-in-again-banner").query().isVisible());
        String reason = label("#sign-in-again-message").getText();
        assertTrue(reason.startsWith("Your Google sign-in is no longer valid"), reason);
        assertTrue(reason.contains("Sign in with Google again; RelayDesk will not try the old sign-in again."), reason);
        Button again = lookup("#sign-in-again-button").queryButton();
        assertEquals("Sign in with Google again", again.getText());
        int refreshes = world.provider.refreshRequests.get();
        interact(() -> lookup("#sync-button").queryButton().fire()); // F5 must not knock on the provider's door again
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(refreshes, world.provider.refreshRequests.get(), "no retry of a withdrawn sign-in");

        interact(again::fire);
        // Headless there is no browser: the banner shows the address to copy, as it does on such a desktop.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#sign-in-again-address").query().isVisible());
        assertEquals("Waiting for you to sign in in the browser…", label("#sign-in-again-message").getText());
        new TestBrowser().open(URI.create(text("#sign-in-again-address").getText()));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup("#sign-in-again-banner").query().isVisible());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#status-last-sync").getText().startsWith("Synced"));
        assertNotEquals(old, world.savedRefreshToken());
        assertTrue(world.provider.holdsRefreshToken(world.savedRefreshToken()));
        assertEquals("", label("#status-error").getText());
    }

    @Test
    void signOutFromTheMenuConfirmsRevokesAtGoogleDeletesTheTokenAndReturnsToTheDemo() throws Exception {
        String refresh = world.connectDirectly();
        startTheAppAndUnlock();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#status-last-sync").getText().startsWith("Synced"));

        askToSignOutFromTheMenu();
        String confirmation = label("#sign-out-dialog #sign-out-text").getText();
        assertTrue(confirmation.startsWith("Sign out of " + USER + "? RelayDesk deletes the Google sign-in from this "
                + "computer and asks Google to withdraw RelayDesk's access."), confirmation);

        interact(() -> lookup("#sign-out-confirm").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#sign-out-outcome").tryQuery().isPresent());
        String outcome = label("#sign-out-outcome #sign-out-text").getText();
        assertTrue(outcome.startsWith("Signed out of " + USER + ": its sign-in is deleted from this computer. Google "
                + "withdrew RelayDesk's access too."), outcome);
        assertEquals(List.of(refresh), world.provider.revocations, "the provider received the revocation");
        assertEquals(null, world.savedRefreshToken());
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));
        assertFalse(Files.exists(dataDir.resolve(OAuthSettingsFile.FILE_NAME)));
        // The window goes back to the offline demo at once.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#demo-banner").query().isVisible());
        assertEquals(List.of(), world.filesWithATokenInPlainText());
        Node told = lookup("#sign-out-outcome").query();
        interact(() -> ((Stage) told.getScene().getWindow()).close());
    }

    @Test
    void signingOutInsteadOfSigningInAgainTakesTheBannerAwayWithTheMailbox() throws Exception {
        world.connectDirectly();
        world.provider.revokeAllFor(USER);
        startTheAppAndUnlock();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#sign-in-again-banner").query().isVisible());

        signOutFromTheMenu();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#sign-out-outcome").tryQuery().isPresent());
        assertEquals("Signed out of " + USER + ": its sign-in is deleted from this computer. RelayDesk opens the "
                + "offline demo until you connect a mailbox again.", label("#sign-out-outcome #sign-out-text").getText());
        assertTrue(world.provider.revocations.isEmpty(), "the refused token was already forgotten: nothing to revoke");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#demo-banner").query().isVisible());
        assertFalse(lookup("#sign-in-again-banner").query().isVisible(), "no sign-in prompt over the demo");
    }

    private void signOutFromTheMenu() throws TimeoutException {
        askToSignOutFromTheMenu();
        interact(() -> lookup("#sign-out-confirm").queryButton().fire());
    }

    /** Menu → Sign out…, up to the confirmation. */
    private void askToSignOutFromTheMenu() throws TimeoutException {
        // opening the menu is what finds out whether a mailbox is connected
        interact(() -> lookup("#app-menu").queryAs(MenuButton.class).show());
        MenuItem item = menuItem("sign-out-menu-item");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !item.isDisable());
        interact(() -> {
            lookup("#app-menu").queryAs(MenuButton.class).hide();
            item.fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#sign-out-confirm").tryQuery().isPresent());
    }

    private MenuItem menuItem(String id) {
        return lookup("#app-menu").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }

    private TextField text(String query) {
        return lookup(query).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Security> security(String query) {
        return lookup(query).queryAs(ComboBox.class);
    }
}
