package com.relaydesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.account.AccountSettings;
import com.relaydesk.account.AccountSettingsFile;
import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.account.ProviderPreset;
import com.relaydesk.account.ServerEndpoint;
import com.relaydesk.mail.Security;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With a mailbox connected, the account dialog is its settings, filled in, savable without the password. */
@ExtendWith(ApplicationExtension.class)
class MailboxSettingsDialogTest extends FxRobot {

    @TempDir
    Path data;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicInteger reopened = new AtomicInteger();
    private AccountSettings settings;
    private Stage main;
    private AccountSetupDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        DesktopCredentials credentials = DesktopCredentials.encryptedFile(data);
        AccountSetup setup = new AccountSetup(data, (account, password) -> "ok", credentials);
        settings = new AccountSettings("service@walnut-wick.example", null,
                new ServerEndpoint("imap.gmail.com", 993, Security.TLS),
                new ServerEndpoint("smtp.gmail.com", 465, Security.TLS), List.of(), true);
        setup.save(settings, "app-password".toCharArray(), "owner's long phrase".toCharArray());
        AccountSetupViewModel viewModel = new AccountSetupViewModel(setup, new UiTasks(background, Platform::runLater),
                page -> { });
        dialog = new AccountSetupDialog(AccountSetupForms.loader(viewModel), viewModel, reopened::incrementAndGet);
        main = stage;
        stage.setScene(new Scene(new Region(), 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theSavedMailboxIsFilledInAndANewShopNameSavesWithThePasswordLeftEmpty() throws TimeoutException {
        interact(() -> dialog.show(main));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#account-setup-dialog").tryQuery().isPresent());
        DialogPane pane = lookup("#account-setup-dialog").queryAs(DialogPane.class);
        Button save = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());

        assertEquals("Mailbox settings", ((Stage) pane.getScene().getWindow()).getTitle());
        assertEquals("Save and reconnect", save.getText());
        assertTrue(lookup("#setup-lead").queryAs(Label.class).getText().startsWith("The mailbox RelayDesk is connected to"));
        assertEquals("service@walnut-wick.example", field("#setup-address").getText());
        assertEquals("", field("#setup-user").getText(), "the user name is the address: shown as left empty");
        assertEquals(ProviderPreset.GMAIL, lookup("#setup-preset").queryAs(ComboBox.class).getValue(),
                "Google Workspace on the shop's own domain, known by its servers");
        assertEquals("imap.gmail.com", field("#setup-imap-host").getText());
        PasswordField password = lookup("#setup-password").queryAs(PasswordField.class);
        assertEquals("", password.getText());
        assertEquals("saved — leave empty to keep it", password.getPromptText());
        assertEquals("not needed to keep the saved password",
                lookup("#setup-passphrase").queryAs(PasswordField.class).getPromptText());
        assertFalse(save.isDisabled(), "no password or passphrase to type for a settings change");

        interact(() -> field("#setup-smtp-port").setText("587"));
        assertTrue(save.isDisabled(), "another server: the password must be typed again");
        assertEquals("type it again: the address, user name or servers changed", password.getPromptText());
        interact(() -> {
            field("#setup-smtp-port").setText("465");
            field("#setup-shop-name").setText("Walnut & Wick");
        });
        assertFalse(save.isDisabled());

        interact(save::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#account-setup-dialog").tryQuery().isEmpty());
        assertEquals(1, reopened.get(), "the mailbox reopens with the new settings");
        assertEquals(settings.withShopName("Walnut & Wick"), new AccountSettingsFile(data).load().orElseThrow());
    }

    private TextField field(String id) {
        return lookup(id).queryAs(TextField.class);
    }
}
