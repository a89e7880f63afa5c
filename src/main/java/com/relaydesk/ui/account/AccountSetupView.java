package com.relaydesk.ui.account;

import com.relaydesk.account.ConnectionCheck;
import com.relaydesk.account.ProviderPreset;
import com.relaydesk.mail.Security;
import com.relaydesk.ui.common.ShownAs;
import com.relaydesk.ui.common.WrappedLabel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the account form to its view model. */
public final class AccountSetupView {

    private final AccountSetupViewModel viewModel;

    @FXML private Label lead;
    @FXML private ComboBox<ProviderPreset> preset;
    @FXML private Label hint;
    @FXML private TextField address;
    @FXML private TextField user;
    @FXML private TextField shopName;
    @FXML private PasswordField password;
    @FXML private Label passphraseLabel;
    @FXML private PasswordField passphrase;
    @FXML private TextField imapHost;
    @FXML private TextField imapPort;
    /** PLAIN is allowed to this computer only (loopback): the choice says so rather than the enum's name. */
    private static final javafx.util.StringConverter<Security> SECURITY_SHOWN = ShownAs.text(security ->
            security == null ? "" : security == Security.PLAIN ? "None (local only)" : security.name());

    @FXML private ComboBox<Security> imapSecurity;
    @FXML private TextField smtpHost;
    @FXML private TextField smtpPort;
    @FXML private ComboBox<Security> smtpSecurity;
    @FXML private TextField authorizedSenders;
    @FXML private CheckBox bounceBacks;
    @FXML private Label storage;
    @FXML private Button test;
    @FXML private Button signIn;
    @FXML private Button stopSignIn;
    @FXML private TextField clientId;
    @FXML private Label signInLead;
    @FXML private javafx.scene.layout.HBox signInRow;
    @FXML private javafx.scene.layout.HBox addressRow;
    @FXML private TextField signInAddress;
    @FXML private Label outcome;
    @FXML private javafx.scene.control.ProgressIndicator progress;
    @FXML private VBox steps;
    @FXML private VBox certificate;
    @FXML private Label certificateHeading;
    @FXML private Label certificateSubject;
    @FXML private Label certificateNames;
    @FXML private Label certificateValidity;
    @FXML private javafx.scene.control.TextArea certificateFingerprint;
    @FXML private Label certificateAdvice;
    @FXML private Label certificateWarning;
    @FXML private Button trustCertificate;

    public AccountSetupView(AccountSetupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        preset.getItems().setAll(viewModel.presets());
        preset.setConverter(ShownAs.text(value -> value == null ? "" : value.label()));
        preset.valueProperty().bindBidirectional(viewModel.presetProperty());
        hint.textProperty().bind(Bindings.createStringBinding(() -> viewModel.presetProperty().get().hint(),
                viewModel.presetProperty()));
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        user.textProperty().bindBidirectional(viewModel.userProperty());
        shopName.textProperty().bindBidirectional(viewModel.shopNameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        passphrase.setVisible(viewModel.needsPassphrase());
        passphrase.promptTextProperty().bind(viewModel.passphrasePromptProperty());
        passphraseLabel.setVisible(viewModel.needsPassphrase());
        imapHost.textProperty().bindBidirectional(viewModel.imapHostProperty());
        imapPort.textProperty().bindBidirectional(viewModel.imapPortProperty());
        imapSecurity.getItems().setAll(viewModel.securities());
        imapSecurity.setConverter(SECURITY_SHOWN);
        imapSecurity.valueProperty().bindBidirectional(viewModel.imapSecurityProperty());
        smtpHost.textProperty().bindBidirectional(viewModel.smtpHostProperty());
        smtpPort.textProperty().bindBidirectional(viewModel.smtpPortProperty());
        smtpSecurity.getItems().setAll(viewModel.securities());
        smtpSecurity.setConverter(SECURITY_SHOWN);
        smtpSecurity.valueProperty().bindBidirectional(viewModel.smtpSecurityProperty());
        authorizedSenders.textProperty().bindBidirectional(viewModel.authorizedSendersProperty());
        bounceBacks.selectedProperty().bindBidirectional(viewModel.bounceBacksProperty());
        storage.setText(viewModel.passwordStorage());
        password.promptTextProperty().bind(viewModel.passwordPromptProperty());
        lead.textProperty().bind(viewModel.leadProperty());
        test.disableProperty().bind(viewModel.busyProperty());
        signIn.textProperty().bind(viewModel.signInLabel());
        clientId.textProperty().bindBidirectional(viewModel.clientIdProperty());
        clientId.visibleProperty().bind(signIn.textProperty().isNotEmpty());
        clientId.managedProperty().bind(clientId.visibleProperty());
        signInRow.visibleProperty().bind(signIn.textProperty().isNotEmpty());
        signInRow.managedProperty().bind(signInRow.visibleProperty());
        signIn.visibleProperty().bind(signIn.textProperty().isNotEmpty());
        signIn.managedProperty().bind(signIn.visibleProperty());
        signIn.disableProperty().bind(viewModel.signInReady().not().or(viewModel.busyProperty()));
        outcome.textProperty().bind(viewModel.outcomeProperty());
        progress.visibleProperty().bind(viewModel.busyProperty()); // while the browser sign-in or the test runs
        progress.managedProperty().bind(progress.visibleProperty());
        stopSignIn.visibleProperty().bind(viewModel.waitingForBrowserProperty());
        stopSignIn.managedProperty().bind(stopSignIn.visibleProperty());
        signInAddress.textProperty().bind(viewModel.signInAddressProperty());
        addressRow.visibleProperty().bind(viewModel.signInAddressProperty().isNotEmpty());
        addressRow.managedProperty().bind(addressRow.visibleProperty());
        // One wrapped line per step: a refused certificate's explanation is long, and a list's
        // cells would cut it off or hide its end behind a sideways scroll bar.
        viewModel.steps().addListener((ListChangeListener<ConnectionCheck.Step>) change -> showSteps());
        showSteps();
        bindCertificate(viewModel.certificateTrust());
    }

    private void bindCertificate(CertificateTrustViewModel trust) {
        certificate.visibleProperty().bind(trust.shownProperty());
        certificate.managedProperty().bind(certificate.visibleProperty());
        certificate.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                com.relaydesk.ui.common.DialogHeight.reveal(certificate); // Trust this certificate is in it
            }
        });
        certificateHeading.textProperty().bind(trust.headingProperty());
        certificateSubject.textProperty().bind(trust.subjectProperty());
        certificateNames.textProperty().bind(trust.namesProperty());
        certificateValidity.textProperty().bind(trust.validityProperty());
        certificateFingerprint.textProperty().bind(trust.fingerprintProperty());
        certificateAdvice.textProperty().bind(trust.adviceProperty());
        certificateAdvice.visibleProperty().bind(trust.adviceProperty().isNotEmpty());
        certificateAdvice.managedProperty().bind(certificateAdvice.visibleProperty());
        certificateWarning.textProperty().bind(trust.warningProperty());
        certificateWarning.visibleProperty().bind(trust.warningProperty().isNotEmpty());
        certificateWarning.managedProperty().bind(certificateWarning.visibleProperty());
        trustCertificate.visibleProperty().bind(trust.trustOfferedProperty());
        trustCertificate.managedProperty().bind(trustCertificate.visibleProperty());
        trustCertificate.disableProperty().bind(trust.busyProperty().or(viewModel.busyProperty()));
    }

    @FXML
    private void trustCertificate() {
        viewModel.trustCertificate();
    }

    private void showSteps() {
        steps.getChildren().setAll(viewModel.steps().stream().map(step -> WrappedLabel.of(
                (step.passed() ? "✔ " : "✘ ") + step.name() + ": " + step.detail())).toList());
    }

    @FXML
    private void testConnection() {
        viewModel.testConnection();
    }

    @FXML
    private void copyAddress() {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(signInAddress.getText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void cancelSignIn() {
        viewModel.cancelSignIn();
    }
}
