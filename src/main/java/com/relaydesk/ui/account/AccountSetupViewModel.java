package com.relaydesk.ui.account;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.ConnectionCheck;
import com.relaydesk.account.ProviderPreset;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.mail.Security;
import com.relaydesk.oauth.BrowserOpener;
import com.relaydesk.ui.common.UiTasks;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Connect a mailbox" form: a provider preset fills the servers; test, then save. With a
 * mailbox connected it is that mailbox's settings, filled in from what was saved: the password may
 * stay empty to keep the saved one as long as the login and servers stay the same.
 */
public final class AccountSetupViewModel {

    private final AccountSetup setup;
    private final UiTasks tasks;
    private UiTasks.Running signingIn; // the browser sign-in being waited for, if any
    private final ReadOnlyBooleanWrapper waitingForBrowser =
            new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ProviderPreset> preset = new SimpleObjectProperty<>(ProviderPreset.GMAIL);
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    /** What {{seller.name}} fills in templates; optional (unfilled, a template says where to set it). */
    private final StringProperty shopName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty imapHost = new SimpleStringProperty("");
    private final StringProperty imapPort = new SimpleStringProperty("");
    private final ObjectProperty<Security> imapSecurity = new SimpleObjectProperty<>(Security.TLS);
    private final StringProperty smtpHost = new SimpleStringProperty("");
    private final StringProperty smtpPort = new SimpleStringProperty("");
    private final ObjectProperty<Security> smtpSecurity = new SimpleObjectProperty<>(Security.TLS);
    private final StringProperty authorizedSenders = new SimpleStringProperty("");
    private final BooleanProperty bounceBacks = new SimpleBooleanProperty(true);
    /** The certificates trusted in this dialog (Trust this certificate); saved with the account. */
    private final ObjectProperty<java.nio.file.Path> trustedCertificate = new SimpleObjectProperty<>();
    private final CertificateTrustViewModel certificateTrust;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper();
    private final BrowserOpener browser;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private static final String APP_PASSWORD = "app password";
    /** The connected mailbox's settings as saved, while its password (or sign-in) is saved here; else null. */
    private final ObjectProperty<AccountSettings> saved = new SimpleObjectProperty<>();
    /** Whether a mailbox is connected (its settings saved), with or without a password saved here. */
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    /** The provider the connected mailbox signs in with ("Google"); empty for a password. */
    private final StringProperty signsInWith = new SimpleStringProperty("");
    private final BooleanBinding keepsSavedPassword;
    private final StringBinding passwordPrompt;
    private final ReadOnlyStringWrapper signInAddress = new ReadOnlyStringWrapper("");
    private final ObservableList<ConnectionCheck.Step> steps = FXCollections.observableArrayList();
    private final BooleanBinding complete;

    public AccountSetupViewModel(AccountSetup setup, UiTasks tasks) {
        this(setup, tasks, null);
    }

    /** @param browser opens the OAuth sign-in page; null for the system browser */
    public AccountSetupViewModel(AccountSetup setup, UiTasks tasks, BrowserOpener browser) {
        this.setup = setup;
        this.tasks = tasks;
        this.certificateTrust = new CertificateTrustViewModel(tasks);
        // The address is shown too, for a desktop where no browser opens.
        this.browser = browser != null ? browser : new ShownSignInPage(tasks, signInAddress);
        preset.addListener((obs, old, now) -> applyPreset(now));
        address.addListener((obs, old, now) -> {
            ProviderPreset guess = ProviderPreset.forAddress(now);
            if (guess != ProviderPreset.CUSTOM) {
                preset.set(guess);
            }
        });
        applyPreset(preset.get());
        for (javafx.beans.value.ObservableValue<?> server : List.of(address, user, imapHost, imapPort, imapSecurity,
                smtpHost, smtpPort, smtpSecurity)) {
            server.addListener((obs, old, now) -> forgetTest());
        }
        javafx.beans.Observable[] login = {saved, address, user, imapHost, imapPort, imapSecurity, smtpHost,
                smtpPort, smtpSecurity};
        BooleanBinding sameLogin = Bindings.createBooleanBinding(
                () -> saved.get() != null && saved.get().sameConnection(settings()), login);
        keepsSavedPassword = Bindings.createBooleanBinding(() -> sameLogin.get() && password.get().isEmpty(),
                sameLogin, password);
        passwordPrompt = Bindings.createStringBinding(() -> saved.get() == null ? APP_PASSWORD
                : !sameLogin.get() ? (signsInWith.get().isEmpty() ? "type it again" : "sign in again")
                        + ": the address, user name or servers changed"
                : signsInWith.get().isEmpty() ? "saved — leave empty to keep it"
                : "not needed: signed in with " + signsInWith.get(), saved, sameLogin, signsInWith);
        complete = Bindings.createBooleanBinding(() -> address.get().contains("@")
                        && !imapHost.get().isBlank() && !smtpHost.get().isBlank() && port(imapPort.get()) > 0
                        && port(smtpPort.get()) > 0 && (keepsSavedPassword.get() || !password.get().isEmpty()
                        && (!setup.needsPassphrase() || passphrase.get().length() >= 8)),
                address, password, imapHost, smtpHost, imapPort, smtpPort, passphrase, keepsSavedPassword);
    }

    /**
     * Before the dialog shows: forgets what was typed into the secret fields and the last test, and
     * fills the form from the connected mailbox's saved settings, if any. {@code then} runs on the UI
     * thread once the form is filled.
     */
    public void load(Runnable then) {
        password.set("");
        passphrase.set("");
        steps.clear();
        outcome.set("");
        certificateTrust.show(null);
        signedIn.set(false);
        tasks.run(() -> new Saved(setup.saved(), setup.savedAccount().isPresent(), setup.savedSignIn()), found -> {
            connected.set(found.settings().isPresent());
            signsInWith.set(found.signIn().orElse(""));
            found.settings().ifPresent(this::fill);
            saved.set(found.passwordSaved() ? found.settings().orElse(null) : null);
            then.run();
        }, e -> {
            connected.set(false);
            saved.set(null);
            outcome.set("The saved settings could not be read: " + e.getMessage());
            then.run();
        });
    }

    private record Saved(java.util.Optional<AccountSettings> settings, boolean passwordSaved,
            java.util.Optional<String> signIn) { }

    private void fill(AccountSettings settings) {
        address.set(settings.address()); // guesses a preset from the domain first…
        preset.set(ProviderPreset.forServers(settings.imap(), settings.smtp())); // …the servers say which
        user.set(settings.user().equals(settings.address()) ? "" : settings.user());
        shopName.set(settings.shopName() == null ? "" : settings.shopName());
        showServers(settings.imap(), settings.smtp());
        // Unset, the senders are the address alone: the field stays empty as it was typed.
        authorizedSenders.set(settings.authorizedSenders().equals(List.of(settings.address())) ? ""
                : String.join(", ", settings.authorizedSenders()));
        bounceBacks.set(settings.bounceBacks());
        trustedCertificate.set(settings.trustedCertificate());
    }

    /** A test's outcome is about the servers it ran against: once they change it would mislead. */
    private void forgetTest() {
        if (!busy.get() && !steps.isEmpty()) {
            steps.clear();
            outcome.set("");
            certificateTrust.show(null);
        }
    }

    private void applyPreset(ProviderPreset chosen) {
        showServers(chosen.imap(), chosen.smtp());
    }

    private void showServers(ServerEndpoint imap, ServerEndpoint smtp) {
        imapHost.set(imap.host());
        imapPort.set(Integer.toString(imap.port()));
        imapSecurity.set(imap.security());
        smtpHost.set(smtp.host());
        smtpPort.set(Integer.toString(smtp.port()));
        smtpSecurity.set(smtp.security());
    }

    AccountSettings settings() {
        List<String> senders = Arrays.stream(authorizedSenders.get().split("[,;\\s]+"))
                .map(String::strip).filter(s -> s.contains("@")).toList();
        return new AccountSettings(address.get().strip(), user.get().strip(),
                new ServerEndpoint(imapHost.get().strip(), port(imapPort.get()), imapSecurity.get()),
                new ServerEndpoint(smtpHost.get().strip(), port(smtpPort.get()), smtpSecurity.get()),
                senders, bounceBacks.get(), trustedCertificate.get()).withShopName(shopName.get());
    }

    /** Runs the connection check in the background; each step's outcome appears as it is known. */
    public void testConnection() {
        busy.set(true);
        outcome.set("Testing…");
        steps.clear();
        certificateTrust.show(null);
        AccountSettings settings = settings();
        char[] secret = password.get().toCharArray();
        char[] phrase = passphrase.get().toCharArray();
        boolean keep = keepsSavedPassword.get();
        tasks.run(() -> keep ? setup.testWithSavedPassword(settings, phrase) : setup.test(settings, secret), result -> {
            busy.set(false);
            steps.setAll(result);
            certificateTrust.show(result.isEmpty() ? null : result.get(result.size() - 1).certificate());
            boolean passed = !result.isEmpty() && result.stream().allMatch(ConnectionCheck.Step::passed);
            outcome.set(passed ? "Everything works. Save to use this mailbox."
                    : "Failed at “" + result.get(result.size() - 1).name() + "”: " + result.get(result.size() - 1).detail());
        }, e -> {
            busy.set(false);
            outcome.set("The test could not run: " + e.getMessage());
        });
    }

    /**
     * "Trust this certificate": keeps the refused certificate for this mailbox and tests again —
     * with the host-name check still on, so a certificate made out to other names fails again.
     */
    public void trustCertificate() {
        AccountSettings settings = settings();
        certificateTrust.trust(refused -> () -> setup.trust(settings, refused).trustedCertificate(), pem -> {
            trustedCertificate.set(pem);
            testConnection();
        }, outcome::set);
    }

    public CertificateTrustViewModel certificateTrust() {
        return certificateTrust;
    }

    /** The provider's sign-in button text ("Sign in with Google"), empty when the preset has no OAuth. */
    public StringBinding signInLabel() {
        return Bindings.createStringBinding(() -> switch (preset.get().oauthProfile().orElse("")) {
            case "google" -> "Sign in with Google";
            case "microsoft" -> "Sign in with Microsoft";
            default -> "";
        }, preset);
    }

    /** Whether the sign-in can start: a provider with OAuth, an address, and the passphrase where one is needed. */
    public BooleanBinding signInReady() {
        return Bindings.createBooleanBinding(() -> preset.get().oauthProfile().isPresent() && address.get().contains("@")
                && (!setup.needsPassphrase() || passphrase.get().length() >= 8), preset, address, passphrase);
    }

    /**
     * OAuth sign-in in the browser, then the IMAP/SMTP check over XOAUTH2, then save; on success
     * {@link #signedInProperty()} turns true. No password is needed or kept.
     */
    public void signIn() {
        String profile = preset.get().oauthProfile().orElseThrow();
        busy.set(true);
        steps.clear();
        outcome.set("Waiting for you to sign in in the browser…");
        AccountSettings settings = settings();
        char[] phrase = passphrase.get().toCharArray();
        java.util.Map<String, String> environment = withClientId(profile, clientId.get(), System.getenv());
        java.util.Optional<String> typed = java.util.Optional.of(clientId.get());
        waitingForBrowser.set(true);
        signingIn = tasks.start(() -> setup.signIn(settings, profile, typed, phrase, browser, environment), summary -> {
            signingIn = null;
            waitingForBrowser.set(false);
            busy.set(false);
            signInAddress.set("");
            outcome.set("Signed in and saved (" + summary + "). RelayDesk now uses " + settings.address() + ".");
            signedIn.set(true);
        }, e -> {
            signingIn = null;
            waitingForBrowser.set(false);
            busy.set(false);
            signInAddress.set("");
            outcome.set("Not signed in: " + e.getMessage());
        });
    }

    /**
     * Stops waiting for the browser: the loopback listener closes, so a sign-in finished later in
     * the browser goes nowhere and saves nothing. Called by the dialog's Cancel and on close.
     */
    public void cancelSignIn() {
        if (signingIn == null) {
            return;
        }
        signingIn.cancel();
        signingIn = null;
        waitingForBrowser.set(false);
        if (busy.get()) {
            busy.set(false);
            signInAddress.set("");
            outcome.set("Sign-in cancelled. Nothing was saved.");
        }
    }

    /**
     * The client ID typed in the dialog wins over the environment variable; the sign-in saves it
     * with the account (oauth.properties), so it is asked once.
     */
    static java.util.Map<String, String> withClientId(String profile, String typed, java.util.Map<String, String> env) {
        java.util.Map<String, String> merged = new java.util.HashMap<>(env);
        if (typed != null && !typed.isBlank()) {
            com.relaydesk.oauth.OAuthProvider.builtIn(profile)
                    .ifPresent(provider -> merged.put(provider.clientIdVariable(), typed.strip()));
        }
        return merged;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    /** Saves settings and password; {@code onSaved} runs on the UI thread when done. */
    public void save(Runnable onSaved) {
        busy.set(true);
        AccountSettings settings = settings();
        char[] secret = password.get().toCharArray();
        char[] phrase = passphrase.get().toCharArray();
        boolean keep = keepsSavedPassword.get();
        tasks.run(() -> {
            if (keep) {
                setup.saveKeepingPassword(settings);
            } else {
                setup.save(settings, secret, phrase);
            }
            return settings;
        }, saved -> {
            busy.set(false);
            outcome.set("Saved. RelayDesk now uses " + saved.address() + ".");
            onSaved.run();
        }, e -> {
            busy.set(false);
            outcome.set("Not saved: " + e.getMessage());
        });
    }

    private static int port(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 && value < 65536 ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public List<ProviderPreset> presets() {
        return List.of(ProviderPreset.values());
    }

    public List<Security> securities() {
        return List.of(Security.values());
    }

    public boolean needsPassphrase() {
        return setup.needsPassphrase();
    }

    /** Reads (in the background) whether a mailbox is connected, for the menu item's name. */
    public void refreshConnected() {
        tasks.run(setup::saved, found -> connected.set(found.isPresent()), e -> connected.set(false));
    }

    /** What the password field says while empty: whether the saved password is kept. */
    public StringBinding passwordPromptProperty() {
        return passwordPrompt;
    }

    /** What the passphrase field says while empty: not needed while the saved password is kept. */
    public StringBinding passphrasePromptProperty() {
        return Bindings.createStringBinding(() -> keepsSavedPassword.get()
                ? "not needed to keep the saved password" : "at least 8 characters, protects saved passwords",
                keepsSavedPassword);
    }

    /** The dialog's title and the menu item's name (with "…"): the mailbox's settings once one is connected. */
    public StringBinding titleProperty() {
        return Bindings.createStringBinding(() -> connected.get() ? "Mailbox settings" : "Connect a mailbox", connected);
    }

    /** The sentence above the form. */
    public StringBinding leadProperty() {
        return Bindings.createStringBinding(() -> !connected.get()
                ? "Connect the customer-service mailbox your marketplace messages arrive in."
                : saved.get() != null
                        ? "The mailbox RelayDesk is connected to. Change what you need and save: the password stays "
                                + "saved unless you type a new one, or change the address, user name or servers."
                        : "The mailbox RelayDesk is connected to. No password or sign-in for it is saved on this "
                                + "desktop: type it (or sign in) to save it here.", connected, saved);
    }

    /** Connected: the dialog and menu item are the mailbox's settings; otherwise connecting one. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public String passwordStorage() {
        return "The password is kept in " + setup.passwordStorage() + ", never in plain text.";
    }

    public ObjectProperty<ProviderPreset> presetProperty() { return preset; }
    public StringProperty addressProperty() { return address; }
    public StringProperty userProperty() { return user; }
    public StringProperty shopNameProperty() { return shopName; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty imapHostProperty() { return imapHost; }
    public StringProperty imapPortProperty() { return imapPort; }
    public ObjectProperty<Security> imapSecurityProperty() { return imapSecurity; }
    public StringProperty smtpHostProperty() { return smtpHost; }
    public StringProperty smtpPortProperty() { return smtpPort; }
    public ObjectProperty<Security> smtpSecurityProperty() { return smtpSecurity; }
    public StringProperty authorizedSendersProperty() { return authorizedSenders; }
    public BooleanProperty bounceBacksProperty() { return bounceBacks; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty signedInProperty() { return signedIn.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    /** The sign-in page's address while the browser sign-in runs, to copy where no browser opened. */
    /** True while a browser sign-in runs and can be stopped. */
    public ReadOnlyBooleanProperty waitingForBrowserProperty() {
        return waitingForBrowser.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signInAddressProperty() { return signInAddress.getReadOnlyProperty(); }
    public ObservableList<ConnectionCheck.Step> steps() { return steps; }
    public BooleanBinding completeProperty() { return complete; }
}
