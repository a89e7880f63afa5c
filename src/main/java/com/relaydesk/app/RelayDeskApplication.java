package com.relaydesk.app;

import com.relaydesk.account.ConnectedAccount;
import com.relaydesk.platform.AppInfo;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.LogFiles;
import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.platform.secrets.WrongPassphraseException;
import com.relaydesk.ui.appearance.Appearance;
import com.relaydesk.ui.appearance.AppearanceFile;
import com.relaydesk.ui.appearance.AppearanceViewModel;
import com.relaydesk.ui.appearance.WindowAppearance;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.WindowsOnScreen;
import com.relaydesk.ui.shell.WindowPlacement;
import com.relaydesk.ui.shell.WindowPlacementFile;
import com.relaydesk.ui.shell.WindowPlacementKeeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: builds the services and the main window, and tears them down. */
public final class RelayDeskApplication extends Application {

    private static final Logger LOG = Logger.getLogger(RelayDeskApplication.class.getName());
    /** How long closing waits for work under way (a draft being saved, a page of the list being read). */
    private static final Duration FINISH_WORK_AT_EXIT = Duration.ofSeconds(3);

    private DataFolder dataFolder;
    private LogFiles log;
    private ExecutorService background;
    private UiComposition ui;
    private MailboxOpener opener;
    private volatile MailboxSession session;
    private volatile boolean stopped;
    private Stage stage;
    private UiTasks tasks;
    private WindowPlacementFile placementFile;
    private Optional<WindowPlacement> savedPlacement = Optional.empty();
    private WindowPlacementKeeper placement;
    private SingleWindow single;
    private AppearanceFile appearanceFile;
    private Appearance savedAppearance = Appearance.DEFAULT;
    private WindowAppearance appearance;

    @Override
    public void init() {
        StartupArguments startup = StartupArguments.from(getParameters().getNamed());
        dataFolder = DataFolder.at(startup.dataDir()).ensureWritable();
        log = LogFiles.install(dataFolder);
        single = SingleWindow.claim(dataFolder.root()); // a second double-click on the icon: the first window comes forward
        placementFile = new WindowPlacementFile(dataFolder.root());
        savedPlacement = placementFile.load(); // here, off the application thread
        appearanceFile = new AppearanceFile(dataFolder.root());
        savedAppearance = appearanceFile.load().orElse(Appearance.DEFAULT);
    }

    @Override
    public void start(Stage stage) {
        if (single.alreadyOpen()) {
            single.giveWay(stage);
            return;
        }
        UnexpectedErrorHandler errors = new UnexpectedErrorHandler(log.currentFile());
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        background = Executors.newFixedThreadPool(2, daemonThreads());
        this.stage = stage;
        tasks = new UiTasks(background, Platform::runLater);
        AppearanceViewModel looks = new AppearanceViewModel(savedAppearance, tasks, appearanceFile::save);
        appearance = WindowAppearance.follow(looks); // the theme before the first window: no light flash before dark
        opener = MailboxOpener.keepingTheDemo(dataFolder, Clock.systemUTC());
        ui = new UiComposition(AppInfo.of(dataFolder, log), tasks, this::reopenMailbox, this::startDemoOver,
                new ConnectedAccount(dataFolder.root(), opener::secrets, System.getenv()), null, looks);
        opener.onSignInRequired(ui.signInAgain()::signInRequired);
        ui.whenSecretsUnlocked(opener::unlocked);
        ui.readSavedPasswordFrom(opener::secrets); // Mailbox settings → Test connection, password kept
        Parent root = ui.viewLoader().load("shell/MainWindow.fxml");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(UiComposition.stylesheets());
        appearance.applyTo(scene); // laid out at its text size from the start
        stage.titleProperty().bind(ui.mainWindow().windowTitleProperty());
        stage.getIcons().add(new Image(UiComposition.class.getResource(UiComposition.ICON).toExternalForm()));
        stage.setScene(scene);
        WindowsOnScreen.keep();
        placement = WindowPlacementKeeper.place(stage, (SplitPane) root.lookup(".main-panes"), savedPlacement);
        stage.show();
        single.answerLaterStarts(stage);
        LOG.info("main window open");
        openMailbox(tasks, stage);
    }

    /** Opens the account (or the demo) in the background; the window shows it when ready. */
    private void openMailbox(UiTasks tasks, Stage stage) {
        openMailbox(tasks, stage, null);
    }

    /** @param problem why the passphrase is asked again, or null the first time */
    private void openMailbox(UiTasks tasks, Stage stage, String problem) {
        ui.mainWindow().opening("Opening the mailbox…");
        tasks.run(opener::configuredAccount, account -> {
            ui.mainWindow().opening(account.map(a -> "Connecting to " + a.address() + "…")
                    .orElse("Starting the offline demo…"));
            char[] passphrase = account.isPresent() && opener.needsPassphrase()
                    ? PassphrasePrompt.ask(stage, problem).orElse(null) : new char[0];
            if (passphrase == null) {
                ui.mainWindow().openFailed("The mailbox stays locked: no passphrase was typed. Restart RelayDesk "
                        + "to try again.");
                return;
            }
            tasks.run(() -> {
                MailboxSession opened = opener.open(passphrase);
                if (stopped) {
                    opened.close(); // the window closed while the mailbox was opening
                }
                return opened;
            }, opened -> {
                if (!stopped) {
                    session = opened;
                    ui.mainWindow().attach(opened);
                }
            }, e -> {
                if (e instanceof WrongPassphraseException wrong) {
                    openMailbox(tasks, stage, wrong.getMessage()); // typing it again may help
                } else {
                    openFailed(e);
                }
            });
        }, this::openFailed);
    }

    private void openFailed(Exception e) {
        LOG.log(java.util.logging.Level.WARNING, "could not open the mailbox", e);
        ui.mainWindow().openFailed(UserFacingException.describe(e));
    }

    /** After "Connect a mailbox…" saved an account: close the current one and open the new one. */
    private void reopenMailbox() {
        MailboxSession previous = session;
        session = null;
        ui.mainWindow().detach();
        tasks.run(() -> {
            if (previous != null) {
                previous.close();
            }
            return null;
        }, done -> openMailbox(tasks, stage), e -> openMailbox(tasks, stage));
    }

    /** "Start the demo over": closing the demo saves it, so its snapshot goes after the close, then a fresh one opens. */
    private void startDemoOver() {
        MailboxSession previous = session;
        session = null;
        ui.mainWindow().detach();
        ui.mainWindow().opening("Starting the demo over…");
        tasks.run(() -> {
            if (previous != null) {
                previous.close();
            }
            opener.discardSavedDemo();
            return null;
        }, done -> openMailbox(tasks, stage), e -> openFailed(new UserFacingException("The demo could not start over ("
                + e.getMessage() + "). Restart RelayDesk to go on with the demo as it was.", e)));
    }

    @Override
    public void stop() {
        stopped = true;
        if (appearance != null) {
            appearance.close();
        }
        if (placement != null) {
            placementFile.save(placement.current()); // a few bytes as the app closes: no window waits
        }
        if (background != null) {
            // the reply drafts saved as the windows closed are written before the cache closes
            background.shutdown();
            try {
                background.awaitTermination(FINISH_WORK_AT_EXIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        MailboxSession open = session;
        if (open != null) {
            open.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
        if (single != null) {
            single.close(); // last: the cache is closed, a new start may take the folder
        }
    }

    /** Cache reads must never keep the JVM alive after the window closes. */
    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "relaydesk-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
