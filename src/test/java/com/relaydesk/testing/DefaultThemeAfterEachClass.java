package com.relaydesk.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JavaFX theme (the user-agent stylesheet) belongs to the whole test JVM: a class that starts
 * the app or switches to dark mode left it for every class after it, so a view test passed or
 * failed by the order the suite ran in (seen with CertificateTrustDialogTest). After each test
 * class the default theme is put back; a test that wants the app's theme sets it itself, as the
 * app does. Registered for every test class through JUnit's extension auto-detection.
 */
public final class DefaultThemeAfterEachClass implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        CountDownLatch reset = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                try {
                    Application.setUserAgentStylesheet(null);
                } finally {
                    reset.countDown();
                }
            });
        } catch (IllegalStateException toolkitNotStarted) {
            return; // this class showed nothing: there is no theme to put back
        }
        reset.await(10, TimeUnit.SECONDS); // a JavaFX thread that has ended runs nothing: then there is no theme either
    }
}
