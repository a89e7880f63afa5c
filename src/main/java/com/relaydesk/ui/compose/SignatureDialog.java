package com.relaydesk.ui.compose;

import com.relaydesk.lint.Finding;
import com.relaydesk.ui.common.DialogWidth;
import com.relaydesk.ui.common.FindingsList;
import com.relaydesk.ui.common.WrappedLabel;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Your signature…": a text, the policy check under it, Save while nothing blocks. */
final class SignatureDialog {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private SignatureDialog() {
    }

    static void show(Window owner, SignatureViewModel viewModel, List<String> stylesheets) {
        Label about = WrappedLabel.of("Put under every reply you start, with room to write above it. Your first name "
                + "and your shop's name are enough: phone numbers, e-mail addresses and links go out in every reply "
                + "and are not allowed (C5, C6).");
        about.getStyleClass().add("muted");
        about.setStyle("-fx-max-width: 39.1em;"); // 508 px at 100 %: in em, wider with larger text
        // A seller answering Spanish and German buyers signs in their language ("Saludos cordiales").
        javafx.scene.control.ComboBox<String> language = new javafx.scene.control.ComboBox<>(viewModel.languages());
        language.setId("signature-language");
        language.setAccessibleText("Which replies the signature is for");
        language.setVisibleRowCount(12);
        language.setConverter(com.relaydesk.ui.common.ShownAs.text(SignatureViewModel::languageLabel));
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        TextArea text = new TextArea();
        text.setId("signature-text");
        text.setAccessibleText("Your signature");
        // Set, not bound: a TextArea rewrites its prompt (it drops line breaks), which a bound one refuses.
        text.setPromptText(viewModel.emptyMeaning());
        viewModel.languageProperty().addListener((obs, old, now) -> text.setPromptText(viewModel.emptyMeaning()));
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(viewModel.textProperty());
        ListView<Finding> findings = new ListView<>();
        findings.setId("signature-findings");
        findings.setPrefHeight(110);
        FindingsList.show(findings, viewModel.findings(), "No findings: it may go out in every reply.",
                (finding, width) -> null);
        Label message = WrappedLabel.of("");
        message.setId("signature-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setStyle("-fx-max-width: 39.1em;");
        VBox content = new VBox(10, about, language, text, findings, message);
        content.setPadding(new javafx.geometry.Insets(16, 16, 4, 16));
        content.setStyle("-fx-pref-width: 41.5em;"); // 540 px at 100 %

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Your signature");
        dialog.getDialogPane().setId("signature-dialog");
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        DialogWidth.asLaidOut(dialog.getDialogPane());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        javafx.scene.Node save = dialog.getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(viewModel.blockedProperty());
        // Save writes in the background and closes once the signature is on disk; a failure keeps the dialog open.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save(dialog::close);
        });
        viewModel.load();
        dialog.setOnShown(event -> text.requestFocus());
        dialog.show();
    }
}
