package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The passphrase prompt: the keys go to its field, and OK waits for a passphrase. */
@ExtendWith(ApplicationExtension.class)
class PassphrasePromptTest extends FxRobot {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void okWaitsForAPassphraseTypedIntoTheFieldThatHasTheKeys() throws Exception {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(PassphrasePrompt.ask(owner)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#passphrase-field").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField field = lookup("#passphrase-field").queryAs(PasswordField.class);
        Button ok = lookup(".button").match((Button b) -> "OK".equals(b.getText())).queryButton();
        assertTrue(field.isFocused(), "typing goes into the field");
        assertTrue(ok.isDisabled(), "nothing typed: nothing to unlock with");

        clickOn(field).write("owner-pass-123");  // the headless toolkit gives a new dialog no window focus
        assertFalse(ok.isDisabled());
        clickOn(ok);
        assertEquals("owner-pass-123", new String(answer.get(10, TimeUnit.SECONDS).orElseThrow()));
    }
}
