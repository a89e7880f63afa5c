package com.relaydesk.ui.account;

import static com.relaydesk.oauth.SignInWorld.PASSPHRASE;
import static com.relaydesk.oauth.SignInWorld.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.ConnectedAccount;
import com.relaydesk.account.MailboxLogin;
import com.relaydesk.account.ProviderPreset;
import com.relaydesk.oauth.BrowserOpener;
import com.relaydesk.oauth.LoopbackAuthorizationServer;
import com.relaydesk.oauth.OAuthSettings;
import com.relaydesk.oauth.OAuthSettingsFile;
import com.relaydesk.oauth.SignInWorld;
import com.relaydesk.oauth.TestBrowser;
import com.relaydesk.ui.common.UiTasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states of the OAuth view models — sign in from the setup form, sign in again, sign out —
 * against the loopback authorization server and GreenMail checking XOAUTH2, no window.
 */
class OAuthAccountViewModelsTest {

    @TempDir
    Path dataDir;

    private SignInWorld world;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicInteger reopened = new AtomicInteger();

    @BeforeEach
    void startWorld() throws IOException {
        world = new SignInWorld(dataDir, "google", true);
    }

    @AfterEach
    void stopWorld() {
        background.shutdownNow();
        world.close();
    }

    private AccountSetupViewModel form(UiTasks tasks, BrowserOpener browser) {
        AccountSetupViewModel form = new AccountSetupViewModel(new AccountSetup(dataDir, new MailboxLogin()), tasks, browser);
        form.presetProperty().set(ProviderPreset.GMAIL);
        form.addressProperty().set(USER);
        form.passphraseProperty().set(PASSPHRASE);
        AccountSettings servers = world.account();
        form.imapHostProperty().set(servers.imap().host());
        form.imapPortProperty().set(Integer.toString(servers.imap().port()));
        form.imapSecurityProperty().set(servers.imap().security());
        form.smtpHostProperty().set(servers.smtp().host());
        form.smtpPortProperty().set(Integer.toString(servers.smtp().port()));
        form.smtpSecurityProperty().set(servers.smtp().security());
        return form;
    }

    private ConnectedAccount connected() {
        return new ConnectedAccount(dataDir, world::secrets, Map.of());
    }

    @Test
    void signingInShowsProgressUntilTheBrowserAnswersThenSavesTheAccountAndTheTypedClientId() throws Exception {
        // No client ID in the settings or the environment: the seller types it in the form.
        OAuthSettings noClientId = new OAuthSettingsFile(dataDir).load().orElseThrow();
        new OAuthSettingsFile(dataDir).save(new OAuthSettings("google", Optional.empty(), noClientId.authorization(),
                noClientId.token(), noClientId.revocation(), List.of()));
        CountDownLatch consent = new CountDownLatch(1);
        TestBrowser browser = new TestBrowser();
        AccountSetupViewModel form = form(new UiTasks(background, Runnable::run), page -> {
            assertTrue(consent.await(20, TimeUnit.SECONDS), "the test let the user consent");
            browser.open(page);
        });
        form.clientIdProperty().set(LoopbackAuthorizationServer.CLIENT_ID);
        assertEquals("Sign in with Google", form.signInLabel().get());
        assertTrue(form.signInReady().get());

        form.signIn();
        assertTrue(form.busyProperty().get(), "busy while the browser is open");
        assertEquals("Waiting for you to sign in in the browser…", form.outcomeProperty().get());
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));

        consent.countDown();
        await(() -> form.signedInProperty().get() || !form.busyProperty().get());
        assertTrue(form.signedInProperty().get(), form.outcomeProperty().get());
        assertFalse(form.busyProperty().get());
        assertTrue(form.outcomeProperty().get().startsWith("Signed in and saved ("), form.outcomeProperty().get());
        assertTrue(form.outcomeProperty().get().endsWith("RelayDesk now uses " + USER + "."), form.outcomeProperty().get());
        assertEquals(Optional.of(world.account()), new AccountSettingsFile(dataDir).load());
        assertEquals(Optional.of(LoopbackAuthorizationServer.CLIENT_ID),
                new OAuthSettingsFile(dataDir).load().orElseThrow().clientId(), "the typed client ID is kept for the next start");
        assertNotNull(world.savedRefreshToken());
        assertTrue(world.secrets().get(world.account().secretKey()).isEmpty(), "no password is saved");
        assertEquals(List.of(), world.filesWithATokenInPlainText());
    }

    @Test
    void cancellingWhileTheBrowserIsOpenStopsListeningSoALateSignInSavesNothing() throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.net.URI> page = new java.util.concurrent.atomic.AtomicReference<>();
        AccountSetupViewModel form = form(new UiTasks(background, Runnable::run), page::set); // the user wanders off
        form.signIn();
        await(() -> page.get() != null);
        assertTrue(form.busyProperty().get());

        form.cancelSignIn();
        assertFalse(form.busyProperty().get(), "the button can be pressed again");
        assertEquals("Sign-in cancelled. Nothing was saved.", form.outcomeProperty().get());

        background.shutdown();
        assertTrue(background.awaitTermination(10, TimeUnit.SECONDS), "the sign-in stopped waiting at once, not after 5 minutes");
        // The user finishes in the browser after all: the provider sends it back to a port nobody listens on.
        assertThrowsConnect(() -> new TestBrowser().open(page.get()));
        assertFalse(form.signedInProperty().get());
        assertEquals("Sign-in cancelled. Nothing was saved.", form.outcomeProperty().get());
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));
        assertEquals(null, world.savedRefreshToken());
    }

    private static void assertThrowsConnect(org.junit.jupiter.api.function.Executable action) {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, action);
        assertTrue(e instanceof java.net.ConnectException || e.getCause() instanceof java.net.ConnectException,
                "the loopback listener is closed: " + e);
    }

    @Test
    void aCancelledConsentSaysSoKeepsTheFormOpenAndSavesNothing() {
        world.provider.userDenies = true;
        AccountSetupViewModel form = form(UiTasks.sameThread(), new TestBrowser());
        form.signIn();
        assertEquals("Not signed in: The Google sign-in was cancelled or access was not allowed (The user said no). "
                + "Sign in again and allow RelayDesk to read and send your mail.", form.outcomeProperty().get());
        assertFalse(form.signedInProperty().get());
        assertFalse(form.busyProperty().get(), "the button can be pressed again");
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));
    }

    @Test
    void aSignInWithoutTheMailPermissionNamesTheMissingScope() {
        world.provider.userGrants = Set.of("openid", "email");
        AccountSetupViewModel form = form(UiTasks.sameThread(), new TestBrowser());
        form.signIn();
        assertTrue(form.outcomeProperty().get().startsWith("Not signed in: You signed in with Google but RelayDesk did "
                + "not get permission to read and send mail (https://mail.google.com/ missing)."), form.outcomeProperty().get());
        assertFalse(form.signedInProperty().get());
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));
    }

    @Test
    void aWithdrawnSignInShowsSignInAgainWhoseButtonSignsInAndReopensTheMailbox() throws IOException {
        String old = world.connectDirectly();
        world.provider.revokeAllFor(USER);
        SignInAgainViewModel banner = new SignInAgainViewModel(connected(), UiTasks.sameThread(), new TestBrowser(),
                reopened::incrementAndGet);
        assertFalse(banner.visibleProperty().get());

        banner.signInRequired("Your Google sign-in is no longer valid. Sign in with Google again.");
        assertTrue(banner.visibleProperty().get());
        assertEquals("Sign in with Google again", banner.buttonLabelProperty().get());
        assertEquals("Your Google sign-in is no longer valid. Sign in with Google again.", banner.messageProperty().get());

        banner.signIn();
        assertFalse(banner.visibleProperty().get(), banner.messageProperty().get());
        assertEquals(1, reopened.get(), "the mailbox reopens with the new sign-in");
        String renewed = world.savedRefreshToken();
        assertNotEquals(old, renewed);
        assertTrue(world.provider.holdsRefreshToken(renewed));
    }

    @Test
    void signingInAgainWhenTheUserCancelsKeepsTheBannerWithTheReason() throws IOException {
        world.connectDirectly();
        SignInAgainViewModel banner = new SignInAgainViewModel(connected(), UiTasks.sameThread(), new TestBrowser(),
                reopened::incrementAndGet);
        banner.signInRequired("Your Google sign-in is no longer valid.");
        world.provider.userDenies = true;
        banner.signIn();
        assertTrue(banner.visibleProperty().get());
        assertFalse(banner.busyProperty().get());
        assertTrue(banner.messageProperty().get().startsWith("Not signed in: The Google sign-in was cancelled"),
                banner.messageProperty().get());
        assertEquals(0, reopened.get());
    }

    @Test
    void laterWhileTheBrowserIsOpenStopsTheSignInSoALateTabDoesNotReopenTheMailbox() throws Exception {
        String old = world.connectDirectly();
        java.util.concurrent.atomic.AtomicReference<java.net.URI> page = new java.util.concurrent.atomic.AtomicReference<>();
        SignInAgainViewModel banner = new SignInAgainViewModel(connected(), new UiTasks(background, Runnable::run),
                page::set, reopened::incrementAndGet);
        banner.signIn();
        await(() -> page.get() != null);
        banner.dismiss();
        assertFalse(banner.busyProperty().get());
        assertFalse(banner.visibleProperty().get());
        background.shutdown();
        assertTrue(background.awaitTermination(10, TimeUnit.SECONDS), "the sign-in stopped waiting at once");
        assertThrowsConnect(() -> new TestBrowser().open(page.get()));
        assertEquals(0, reopened.get());
        assertEquals(old, world.savedRefreshToken(), "the saved sign-in is untouched");
    }

    @Test
    void signingOutSaysWhatWillHappenRevokesAtTheProviderAndReturnsToTheDemo() throws IOException {
        String refresh = world.connectDirectly();
        SignOutViewModel signOut = new SignOutViewModel(connected(), UiTasks.sameThread(), reopened::incrementAndGet);
        signOut.refresh(() -> { });
        assertTrue(signOut.availableProperty().get());
        assertEquals("Sign out of " + USER + "? RelayDesk deletes the Google sign-in from this computer and asks Google "
                + "to withdraw RelayDesk's access. Messages already downloaded stay on this computer. RelayDesk then "
                + "shows the offline demo until you connect a mailbox again.", signOut.confirmationProperty().get());

        signOut.signOut(outcome -> assertTrue(outcome.signedOut()));
        assertTrue(signOut.outcomeProperty().get().contains("Google withdrew RelayDesk's access too."),
                signOut.outcomeProperty().get());
        assertEquals(1, reopened.get(), "the app reopens, which is the demo now");
        assertFalse(signOut.availableProperty().get());
        assertEquals(List.of(refresh), world.provider.revocations);
        assertEquals(null, world.savedRefreshToken());
        assertEquals(List.of(), world.filesWithATokenInPlainText());
        signOut.refresh(() -> { });
        assertEquals("No mailbox is connected: RelayDesk is showing the offline demo.", signOut.confirmationProperty().get());
    }

    @Test
    void signingOutOfflineStillSignsOutHereAndSaysTheProviderWasNotTold() throws IOException {
        world.connectDirectly();
        world.provider.close(); // no connection
        SignOutViewModel signOut = new SignOutViewModel(connected(), UiTasks.sameThread(), reopened::incrementAndGet);
        List<com.relaydesk.account.AccountSignOut.Outcome> told = new java.util.ArrayList<>();
        signOut.signOut(told::add);
        assertTrue(told.get(0).signedOut());
        assertTrue(told.get(0).grantMayRemain(), "the dialog warns instead of informing");
        assertTrue(signOut.outcomeProperty().get().contains("could not be sent to Google (no connection)"),
                signOut.outcomeProperty().get());
        assertEquals(1, reopened.get());
        assertEquals(null, world.savedRefreshToken());
        assertFalse(Files.exists(dataDir.resolve(AccountSettingsFile.FILE_NAME)));
    }

    @Test
    void aLateSignInRequiredFromAMailboxSignedOutMeanwhileShowsNoBanner() {
        SignInAgainViewModel banner = new SignInAgainViewModel(connected(), UiTasks.sameThread(), new TestBrowser(),
                reopened::incrementAndGet);
        banner.signInRequired("Your Google sign-in is no longer valid."); // nothing is connected
        assertFalse(banner.visibleProperty().get());
    }

    @Test
    void theConfirmationForMicrosoftAndForAPasswordSaysWhatCanAndCannotBeWithdrawn() {
        String microsoft = SignOutViewModel.confirmationFor(Optional.of(new ConnectedAccount.Description(USER,
                Optional.of("Microsoft"), false, "https://account.live.com/consent/Manage")));
        assertTrue(microsoft.contains("Microsoft offers apps no way to withdraw access: remove RelayDesk yourself at "
                + "https://account.live.com/consent/Manage."), microsoft);
        String password = SignOutViewModel.confirmationFor(Optional.of(new ConnectedAccount.Description(USER,
                Optional.empty(), false, "")));
        assertTrue(password.startsWith("Sign out of " + USER + "? RelayDesk deletes the saved password"), password);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }
}
