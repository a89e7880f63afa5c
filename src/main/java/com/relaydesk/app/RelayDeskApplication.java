package com.relaydesk.app;

import atlantafx.base.theme.PrimerLight;
import com.relaydesk.platform.AppInfo;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.LogFiles;
import com.relaydesk.ui.common.UiTasks;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: builds the services and the main window, and tears them down. */
public final class RelayDeskApplication extends Application {

    private static final Logger LOG = Logger.getLogger(RelayDeskApplication.class.getName());

    private DataFolder dataFolder;
    private LogFiles log;
    private ExecutorService background;

    @Override
    public void init() {
        StartupArguments startup = StartupArguments.from(getParameters().getNamed());
        dataFolder = DataFolder.at(startup.dataDir()).ensureWritable();
        log = LogFiles.install(dataFolder);
    }

    @Override
    public void start(Stage stage) {
        UnexpectedErrorHandler errors = new UnexpectedErrorHandler(log.currentFile());
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        background = Executors.newFixedThreadPool(2, daemonThreads());
        UiComposition ui = new UiComposition(AppInfo.of(dataFolder, log), new UiTasks(background, Platform::runLater));
        Parent root = ui.viewLoader().load("shell/MainWindow.fxml");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(UiComposition.stylesheets());
        stage.setTitle(ui.mainWindow().windowTitle());
        stage.getIcons().add(new Image(UiComposition.class.getResource(UiComposition.ICON).toExternalForm()));
        stage.setScene(scene);
        stage.show();
        LOG.info("main window open");
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
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
