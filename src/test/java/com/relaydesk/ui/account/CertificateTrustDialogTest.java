package com.relaydesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.Security;
import com.relaydesk.platform.CertificateFingerprint;
import com.relaydesk.testing.NetworkRelay;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student connects RelayDesk to the trainer's demo-server on the network: the test fails on the
 * certificate, the dialog shows its fingerprint, and "Trust this certificate" makes it pass.
 */
@ExtendWith(ApplicationExtension.class)
class CertificateTrustDialogTest extends FxRobot {

    @TempDir
    Path trainer;
    @TempDir
    Path student;

    private NetworkRelay server;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private AccountSetupViewModel viewModel;

    @Start
    void start(Stage stage) {
        server = NetworkRelay.start(trainer.resolve("tls"));
        viewModel = AccountSetupForms.viewModel(student, background);
        // As the app shows it: its theme (other tests may have left another one) and, as
        // DialogHeight.scrollWithin does, in a scroll pane that reveals the certificate box when it appears.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(
                AccountSetupForms.loader(viewModel).load("account/AccountSetup.fxml"));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dialog-scroll");
        stage.setScene(new Scene(scroll, 700, 760));
        // The tests share one stage, and Monocle's screen is 1280×800: placed lower by an earlier test,
        // this 760-pixel form ran off the screen (its buttons out of reach, rendering failed).
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theCheckFailsOnTheCertificateShowsItsFingerprintAndTrustingItMakesItPass() throws Exception {
        interact(() -> {
            viewModel.addressProperty().set(server.relay.sellerAddress());
            viewModel.passwordProperty().set(server.relay.sellerPassword());
            viewModel.imapHostProperty().set(server.address);
            viewModel.imapPortProperty().set(Integer.toString(server.relay.imapPort()));
            viewModel.imapSecurityProperty().set(Security.TLS);
            viewModel.smtpHostProperty().set(server.address);
            viewModel.smtpPortProperty().set(Integer.toString(server.relay.smtpPort()));
            viewModel.smtpSecurityProperty().set(Security.TLS);
        });
        Button trust = lookup("#setup-trust-certificate").queryButton();
        assertFalse(trust.isVisible(), "nothing to trust before a check");

        clickOn("#setup-test");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#setup-certificate").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        String fingerprint = CertificateFingerprint.sha256(server.certificate.certificate());
        assertEquals(fingerprint, lookup("#setup-certificate-fingerprint").queryTextInputControl().getText());
        assertTrue(lookup("#setup-certificate-names").queryAs(Label.class).getText().contains(server.address));
        assertTrue(lookup("#setup-certificate-advice").queryAs(Label.class).getText()
                .contains("Compare this SHA-256 fingerprint with the one the server's owner or your trainer gives you"));
        assertTrue(lookup("#setup-outcome").queryAs(Label.class).getText().startsWith("Failed at “IMAP certificate”"));
        assertTrue(trust.isVisible() && !trust.isDefaultButton() && !trust.isFocused(),
                "Trust is offered, but neither default nor focused");

        clickOn(trust);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#setup-outcome").queryAs(Label.class).getText()
                .equals("Everything works. Save to use this mailbox."));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#setup-certificate").query().isVisible());
        assertTrue(viewModel.settings().trustedCertificate().startsWith(student), "kept in the student's data folder");
    }
}
