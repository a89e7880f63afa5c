package com.relaydesk.app;

import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.account.MailboxLogin;
import com.relaydesk.platform.AppInfo;
import com.relaydesk.ui.account.AccessDialog;
import com.relaydesk.ui.account.AccessView;
import com.relaydesk.ui.account.AccessViewModel;
import com.relaydesk.ui.account.AccountSetupDialog;
import com.relaydesk.ui.account.AccountSetupView;
import com.relaydesk.ui.account.AccountSetupViewModel;
import com.relaydesk.ui.account.SignInAgainBannerView;
import com.relaydesk.ui.account.SignInAgainViewModel;
import com.relaydesk.ui.account.SignOutDialog;
import com.relaydesk.ui.account.SignOutViewModel;
import com.relaydesk.account.ConnectedAccount;
import com.relaydesk.ui.about.AboutDialog;
import com.relaydesk.ui.about.AboutView;
import com.relaydesk.ui.about.AboutViewModel;
import com.relaydesk.lint.Linter;
import com.relaydesk.ui.appearance.Appearance;
import com.relaydesk.ui.appearance.AppearanceViewModel;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.compose.ComposeWindow;
import com.relaydesk.ui.common.ViewLoader;
import com.relaydesk.ui.dashboard.DashboardDialog;
import com.relaydesk.ui.dashboard.DashboardView;
import com.relaydesk.ui.dashboard.DashboardViewModel;
import com.relaydesk.ui.demo.StartDemoOverView;
import com.relaydesk.ui.demo.StartDemoOverViewModel;
import com.relaydesk.ui.mailbox.MailboxNavigationView;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.messages.MessageListView;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.reading.ReadingPaneView;
import com.relaydesk.ui.reading.ReadingPaneViewModel;
import com.relaydesk.ui.shell.MainWindowView;
import com.relaydesk.ui.shell.MainWindowViewModel;
import com.relaydesk.ui.status.StatusBarView;
import com.relaydesk.ui.status.StatusBarViewModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The one place where view models are created and handed to their views. */
public final class UiComposition {

    static final String ICON = "/icons/relaydesk.png";
    private static final List<String> STYLESHEETS = List.of("/css/base.css", "/css/shell.css", "/css/messages.css",
            "/css/compose.css", "/css/profiles.css", "/css/templates.css");


    private final MainWindowViewModel mainWindow;
    private final ViewLoader viewLoader;
    private final ComposeWindow composeWindow;

    private final SignInAgainViewModel signInAgain;

    private final AccountSetup accountSetupService;

    /**
     * @param onAccountSaved reopens the mailbox once the user connected another one, signed in
     *                       again or signed out (then it is the demo)
     * @param account        the connected mailbox, over the secret store the app opened
     * @param browser        opens OAuth sign-in pages; null for the system browser
     */
    public UiComposition(AppInfo appInfo, UiTasks tasks, Runnable onAccountSaved, ConnectedAccount account,
            com.relaydesk.oauth.BrowserOpener browser) {
        this(appInfo, tasks, onAccountSaved, () -> { }, account, browser,
                new AppearanceViewModel(Appearance.DEFAULT, tasks, kept -> { }));
    }

    /**
     * @param onStartDemoOver closes the demo, forgets its saved state and opens a fresh one
     * @param appearance      the text size and theme the windows follow
     */
    public UiComposition(AppInfo appInfo, UiTasks tasks, Runnable onAccountSaved, Runnable onStartDemoOver,
            ConnectedAccount account, com.relaydesk.oauth.BrowserOpener browser, AppearanceViewModel appearance) {
        ZoneId zone = ZoneId.systemDefault();
        accountSetupService = new AccountSetup(appInfo.dataFolder(), new MailboxLogin());
        DashboardViewModel dashboard = new DashboardViewModel(tasks, Clock.systemUTC(), zone);
        com.relaydesk.ui.profiles.DeskViewModel desk = new com.relaydesk.ui.profiles.DeskViewModel(tasks, Clock.systemUTC());
        keptPerPerson(appearance, desk);
        com.relaydesk.ui.profiles.ManageProfilesViewModel manageProfiles =
                new com.relaydesk.ui.profiles.ManageProfilesViewModel(desk, tasks);
        mainWindow = new MainWindowViewModel(new MailboxNavigationViewModel(),
                new MessageListViewModel(Clock.systemUTC(), tasks), new ReadingPaneViewModel(tasks, zone),
                new StatusBarViewModel(appInfo.dataFolder().toString(), zone), dashboard, tasks, desk);
        // a team sees who changed the shop name or the servers, in the open mailbox's audit log
        accountSetupService.whenSettingsChanged(changes -> mainWindow.session().filter(open -> !open.isDemo())
                .ifPresent(open -> open.recordSettingsChange(changes)));
        composeWindow = new ComposeWindow(Linter.standard(), tasks, stylesheets());
        // one for both windows: a dictionary is loaded once, a word added in one is known in the other
        com.relaydesk.spelling.Spelling spelling = com.relaydesk.spelling.Spelling.in(appInfo.dataFolder());
        composeWindow.useSpelling(spelling);
        com.relaydesk.ui.templates.TemplatesViewModel templates = new com.relaydesk.ui.templates.TemplatesViewModel(tasks);
        templates.useSpelling(spelling);
        com.relaydesk.ui.templates.TemplatesWindow templatesWindow =
                new com.relaydesk.ui.templates.TemplatesWindow(templates, stylesheets());
        StartDemoOverViewModel startDemoOver = new StartDemoOverViewModel(onStartDemoOver);
        mainWindow.onReplySender(opened -> {
            startDemoOver.follow(opened);
            composeWindow.attach(opened.replies());
            composeWindow.attachDrafts(opened.drafts());
            composeWindow.attachSignature(opened.signature());
            com.relaydesk.templates.TemplateService templateService = new com.relaydesk.templates.TemplateService(
                    opened.templates(), Linter.standard());
            composeWindow.attachTemplates(templateService, opened.sellerName());
            templates.attach(templateService, opened.sellerName());
        });
        templates.onChanged(composeWindow::templatesChanged);
        composeWindow.onTemplatesChanged(templatesWindow::refresh);
        // the Templates window previews with the order of the message being read
        mainWindow.readingPane().orderProperty().addListener((obs, old, order) -> templatesWindow.useOrder(order));
        AboutViewModel about = new AboutViewModel(appInfo);
        AccountSetupViewModel accountSetup = new AccountSetupViewModel(accountSetupService, tasks, browser);
        signInAgain = new SignInAgainViewModel(account, tasks, browser, onAccountSaved);
        // Another mailbox, or none: a "sign in again" about the old one no longer applies.
        Runnable reopen = () -> {
            signInAgain.dismiss();
            onAccountSaved.run();
        };
        SignOutDialog signOut = new SignOutDialog(new SignOutViewModel(account, tasks, reopen));
        AccessViewModel access = new AccessViewModel(DesktopCredentials.of(appInfo.dataFolder()), tasks,
                () -> desk.desk() == null ? null : desk.desk().profiles());
        Map<Class<?>, Supplier<?>> controllers = new java.util.HashMap<>(Map.of(
                MainWindowView.class, () -> new MainWindowView(mainWindow, new AboutDialog(viewLoader(), about),
                        new DashboardDialog(viewLoader(), dashboard),
                        new AccountSetupDialog(viewLoader(), accountSetup, reopen), signOut,
                        new AccessDialog(viewLoader()), composeWindow,
                        new com.relaydesk.ui.outbox.OutboxDialog(new com.relaydesk.ui.outbox.OutboxViewModel(tasks,
                                mainWindow::session, mainWindow::markWithdrawn)), appInfo.logFile(),
                        new com.relaydesk.ui.profiles.ManageProfilesDialog(viewLoader(), manageProfiles),
                        templatesWindow, appearance),
                AccountSetupView.class, () -> new AccountSetupView(accountSetup),
                SignInAgainBannerView.class, () -> new SignInAgainBannerView(signInAgain),
                AccessView.class, () -> new AccessView(access, onAccountSaved),
                DashboardView.class, () -> new DashboardView(dashboard),
                AboutView.class, () -> new AboutView(about),
                MailboxNavigationView.class, () -> new MailboxNavigationView(mainWindow.navigation()),
                MessageListView.class, () -> new MessageListView(mainWindow.messageList()),
                ReadingPaneView.class, () -> new ReadingPaneView(mainWindow.readingPane()),
                StatusBarView.class, () -> new StatusBarView(mainWindow.statusBar())));
        controllers.put(StartDemoOverView.class, () -> new StartDemoOverView(startDemoOver));
        controllers.put(com.relaydesk.ui.profiles.LockScreenView.class,
                () -> new com.relaydesk.ui.profiles.LockScreenView(desk));
        controllers.put(com.relaydesk.ui.profiles.ManageProfilesView.class,
                () -> new com.relaydesk.ui.profiles.ManageProfilesView(manageProfiles));

        viewLoader = new ViewLoader(controllers);
    }

    /** Each person's text size and theme come back when they unlock; kept with their profile in the open mailbox. */
    private static void keptPerPerson(AppearanceViewModel appearance, com.relaydesk.ui.profiles.DeskViewModel desk) {
        desk.currentProperty().addListener((obs, old, profile) -> {
            com.relaydesk.team.DeskLock lock = desk.desk();
            if (profile == null || lock == null) {
                appearance.forNobody();
            } else if (old == null || old.id() != profile.id()) {
                com.relaydesk.team.Profiles profiles = lock.profiles();
                appearance.forPerson(() -> profiles.appearance(profile.id()),
                        written -> profiles.setAppearance(profile.id(), written));
            }
        });
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }

    /** The "Sign in again" banner, which the opened mailbox's token source calls when the sign-in was withdrawn. */
    /** Who gets the secret store "Connect a mailbox…" unlocked (the app's mailbox opener). */
    public void whenSecretsUnlocked(java.util.function.Consumer<com.relaydesk.platform.secrets.SecretStore> listener) {
        accountSetupService.whenUnlocked(listener);
    }

    /** Where "Mailbox settings…" reads the saved password to test with: the secrets the open mailbox uses. */
    public void readSavedPasswordFrom(java.util.function.Supplier<com.relaydesk.platform.secrets.SecretStore> secrets) {
        accountSetupService.readSavedPasswordFrom(secrets);
    }

    public SignInAgainViewModel signInAgain() {
        return signInAgain;
    }

    public ComposeWindow composeWindow() {
        return composeWindow;
    }

    public ViewLoader viewLoader() {
        return viewLoader;
    }

    /** The application's stylesheets as external forms, base first. */
    public static List<String> stylesheets() {
        return STYLESHEETS.stream()
                .map(path -> Objects.requireNonNull(UiComposition.class.getResource(path), path).toExternalForm())
                .toList();
    }
}
