package com.relaydesk.app;

import atlantafx.base.theme.PrimerLight;
import com.relaydesk.platform.AppInfo;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.LogFiles;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: builds the services and the main window, and tears them down. */
public final class RelayDeskApplication extends Application {

    private static final Logger LOG = Logger.getLogger(RelayDeskApplication.class.getName());

    private DataFolder dataFolder;
    private LogFiles log;

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

        UiComposition ui = new UiComposition(AppInfo.of(dataFolder, log));
        Parent root = ui.viewLoader().load("shell/MainWindow.fxml");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(UiComposition.stylesheets());
        stage.setTitle(ui.mainWindow().windowTitle());
        stage.getIcons().add(new Image(UiComposition.class.getResource(UiComposition.ICON).toExternalForm()));
        stage.setScene(scene);
        stage.show();
        LOG.info("main window open");
    }
}
