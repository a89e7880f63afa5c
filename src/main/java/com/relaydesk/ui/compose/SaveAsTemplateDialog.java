package com.relaydesk.ui.compose;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Asks for the name and language of a template made from the reply, and whether order values become variables. */
final class SaveAsTemplateDialog {

    private SaveAsTemplateDialog() {
    }

    static void show(Window owner, SaveAsTemplateViewModel viewModel) {
        TextField name = new TextField();
        name.setId("save-template-name");
        name.setPromptText("How you find it in the template picker");
        name.setAccessibleText("Template name");
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        ComboBox<String> language = new ComboBox<>();
        language.setId("save-template-language");
        language.setAccessibleText("Language of the template");
        language.getItems().setAll(com.relaydesk.templates.Template.LANGUAGES);
        if (!language.getItems().contains(viewModel.languageProperty().get())) {
            language.getItems().add(viewModel.languageProperty().get());
        }
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        Label nameLabel = new Label("_Name");
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);
        Label languageLabel = new Label("_Language");
        languageLabel.setMnemonicParsing(true);
        languageLabel.setLabelFor(language);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, nameLabel, name);
        grid.addRow(1, languageLabel, language);
        int row = 2;
        String replacements = viewModel.replacements();
        if (!replacements.isEmpty()) {
            CheckBox variables = new CheckBox("Put variables in place of this order's values, so the template fits "
                    + "any order:\n" + replacements);
            variables.setId("save-template-variables");
            variables.setWrapText(true);
            variables.setStyle("-fx-max-width: 40em;"); // 520 px at 100 %: in em, wider with larger text
            variables.setMinHeight(Region.USE_PREF_SIZE);
            variables.selectedProperty().bindBidirectional(viewModel.useVariablesProperty());
            grid.add(variables, 0, row++, 2, 1);
        }
        Label message = new Label();
        message.setId("save-template-message");
        message.getStyleClass().add("compose-send-reason");
        message.setWrapText(true);
        message.setStyle("-fx-max-width: 40em;");
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.messageProperty());
        grid.add(message, 0, row, 2, 1);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Save as template");
        dialog.setHeaderText("Save this reply as a template");
        dialog.getDialogPane().setId("save-template-dialog");
        dialog.getDialogPane().setContent(grid);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType save = new ButtonType("Save template", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("save-template-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open until the template is saved, or says why not
            viewModel.save(template -> dialog.close());
        });
        Platform.runLater(name::requestFocus);
        dialog.show();
    }
}
