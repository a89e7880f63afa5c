package com.relaydesk.app;

import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.MailboxLogin;
import com.relaydesk.platform.AppInfo;
import com.relaydesk.ui.account.AccountSetupDialog;
import com.relaydesk.ui.account.AccountSetupView;
import com.relaydesk.ui.account.AccountSetupViewModel;
import com.relaydesk.ui.about.AboutDialog;
import com.relaydesk.ui.about.AboutView;
import com.relaydesk.ui.about.AboutViewModel;
import com.relaydesk.lint.Linter;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.compose.ComposeWindow;
import com.relaydesk.ui.common.ViewLoader;
import com.relaydesk.ui.dashboard.DashboardDialog;
import com.relaydesk.ui.dashboard.DashboardView;
import com.relaydesk.ui.dashboard.DashboardViewModel;
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
            "/css/compose.css");


    private final MainWindowViewModel mainWindow;
    private final ViewLoader viewLoader;
    private final ComposeWindow composeWindow;

    public UiComposition(AppInfo appInfo, UiTasks tasks) {
        this(appInfo, tasks, () -> { });
    }

    /** @param onAccountSaved reopens the mailbox once the user connected another one */
    public UiComposition(AppInfo appInfo, UiTasks tasks, Runnable onAccountSaved) {
        ZoneId zone = ZoneId.systemDefault();
        DashboardViewModel dashboard = new DashboardViewModel(tasks, Clock.systemUTC(), zone);
        mainWindow = new MainWindowViewModel(new MailboxNavigationViewModel(),
                new MessageListViewModel(Clock.systemUTC(), tasks), new ReadingPaneViewModel(tasks, zone),
                new StatusBarViewModel(appInfo.dataFolder().toString(), zone), dashboard, tasks);
        composeWindow = new ComposeWindow(Linter.standard(), tasks, stylesheets());
        mainWindow.onReplySender(opened -> {
            composeWindow.attach(opened.replies());
            composeWindow.attachTemplates(new com.relaydesk.templates.TemplateService(opened.templates(),
                    Linter.standard()), opened.sellerName());
        });
        AboutViewModel about = new AboutViewModel(appInfo);
        AccountSetupViewModel accountSetup = new AccountSetupViewModel(
                new AccountSetup(appInfo.dataFolder(), new MailboxLogin()), tasks);
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                MainWindowView.class, () -> new MainWindowView(mainWindow, new AboutDialog(viewLoader(), about),
                        new DashboardDialog(viewLoader(), dashboard),
                        new AccountSetupDialog(viewLoader(), accountSetup, onAccountSaved), composeWindow,
                        new com.relaydesk.ui.outbox.OutboxDialog(new com.relaydesk.ui.outbox.OutboxViewModel(tasks,
                                mainWindow::session)), appInfo.logFile()),
                AccountSetupView.class, () -> new AccountSetupView(accountSetup),
                DashboardView.class, () -> new DashboardView(dashboard),
                AboutView.class, () -> new AboutView(about),
                MailboxNavigationView.class, () -> new MailboxNavigationView(mainWindow.navigation()),
                MessageListView.class, () -> new MessageListView(mainWindow.messageList()),
                ReadingPaneView.class, () -> new ReadingPaneView(mainWindow.readingPane()),
                StatusBarView.class, () -> new StatusBarView(mainWindow.statusBar()));
        viewLoader = new ViewLoader(controllers);
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
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
