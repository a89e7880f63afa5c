package com.relaydesk.ui.templates;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.rules.Severity;
import com.relaydesk.spelling.Dictionaries;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateVariable;
import com.relaydesk.ui.common.FindingsList;
import com.relaydesk.ui.common.ShownAs;
import com.relaydesk.ui.common.TextEditor;
import com.relaydesk.ui.spelling.EditorSpelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.DoubleExpression;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** Binds the Templates window: list and search on the left, the editor with preview and policy check on the right. */
public final class TemplatesView {

    private final TemplatesViewModel viewModel;

    @FXML private TextField search;
    @FXML private javafx.scene.control.ComboBox<String> languageFilter;
    @FXML private javafx.scene.control.Hyperlink addStarters;
    @FXML private ListView<Template> list;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Label title;
    @FXML private Label nameLabel;
    @FXML private Label languageLabel;
    @FXML private Label reasonLabel;
    @FXML private Label subjectLabel;
    @FXML private Label bodyLabel;
    @FXML private TextField name;
    @FXML private ComboBox<String> language;
    @FXML private ComboBox<MessageKind> kind;
    @FXML private ComboBox<ContactReason> reason;
    @FXML private TextField subject;
    @FXML private ComboBox<Optional<Dictionaries.Available>> spellingLanguage;
    @FXML private MenuButton insertVariable;
    @FXML private StackPane bodyHolder;
    private final StyleClassedTextArea body = TextEditor.create("template-body", "Template text");
    @FXML private Label previewSource;
    @FXML private Label previewSubject;
    @FXML private TextArea preview;
    @FXML private Label previewNote;
    @FXML private ListView<Finding> findings;
    @FXML private Label message;
    @FXML private Label saveReason;
    @FXML private Button revertButton;
    @FXML private Button saveButton;

    /** Where a variable goes: the last of subject and text that had the focus. */
    private TemplateEditorViewModel.Field variableTarget = TemplateEditorViewModel.Field.BODY;
    private boolean followingViewModel;

    public TemplatesView(TemplatesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        TemplateEditorViewModel editor = viewModel.editor();
        nameLabel.setLabelFor(name);
        languageLabel.setLabelFor(language);
        reasonLabel.setLabelFor(reason);
        subjectLabel.setLabelFor(subject);
        bodyLabel.setLabelFor(body);

        search.textProperty().bindBidirectional(viewModel.searchProperty());
        addStarters.textProperty().bind(viewModel.addStartersProperty());
        addStarters.visibleProperty().bind(viewModel.addStartersProperty().isNotEmpty());
        addStarters.managedProperty().bind(addStarters.visibleProperty());
        languageFilter.setItems(viewModel.languages());
        languageFilter.setConverter(com.relaydesk.ui.common.ShownAs.text(code -> code == null || code.isEmpty()
                ? "All languages" : com.relaydesk.rules.BuyerLanguage.displayName(code) + " (" + code + ")"));
        languageFilter.valueProperty().bindBidirectional(viewModel.languageProperty());
        // the list clears its choice as its languages are read again (after Duplicate, Delete); the view
        // model keeps its own, which the list shows again (once the binding has finished its update)
        languageFilter.valueProperty().addListener((obs, old, now) -> {
            if (now == null) {
                Platform.runLater(() -> languageFilter.setValue(viewModel.languageProperty().get()));
            }
        });
        list.setItems(viewModel.shown());
        list.setCellFactory(view -> {
            TemplateCell cell = new TemplateCell();
            cell.setPrefWidth(0); // long contact reasons end in "…" instead of scrolling sideways
            return cell;
        });
        list.setPlaceholder(new Label("No template matches the search."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (followingViewModel || chosen == null || chosen.equals(viewModel.selectedProperty().get())) {
                return;
            }
            // ask about unsaved changes first; until then the list keeps showing the one being edited
            Platform.runLater(() -> whenLeaving(() -> viewModel.select(chosen), this::showSelected));
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> showSelected());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                delete();
                event.consume();
            }
        });
        duplicateButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        deleteButton.disableProperty().bind(viewModel.selectedProperty().isNull());

        title.textProperty().bind(editor.titleProperty());
        name.textProperty().bindBidirectional(editor.nameProperty());
        language.getItems().setAll(Template.LANGUAGES);
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(editor.languageProperty().get())) {
                editor.languageProperty().set(now);
            }
        });
        editor.languageProperty().addListener((obs, old, now) -> showLanguage(now));
        showLanguage(editor.languageProperty().get());
        kind.getItems().setAll(MessageKind.values());
        kind.setConverter(ShownAs.text(k -> k == MessageKind.UNSOLICITED ? "New message (critical only, C1)" : "Reply to a buyer"));
        kind.valueProperty().bindBidirectional(editor.kindProperty());
        List<ContactReason> reasons = new ArrayList<>();
        reasons.add(null);
        reasons.addAll(List.of(ContactReason.values()));
        reason.getItems().setAll(reasons);
        reason.setConverter(ShownAs.text(r -> r == null ? "None: a reply by email"
                : r.label() + (r.critical() ? "  (critical)" : "")));
        reason.valueProperty().bindBidirectional(editor.reasonProperty());
        subject.textProperty().bindBidirectional(editor.subjectProperty());
        showBody(editor);
        subject.focusedProperty().addListener((obs, was, now) -> variableTarget = now
                ? TemplateEditorViewModel.Field.SUBJECT : variableTarget);
        body.focusedProperty().addListener((obs, was, now) -> variableTarget = now
                ? TemplateEditorViewModel.Field.BODY : variableTarget);
        for (TemplateVariable variable : TemplateVariable.values()) {
            MenuItem item = new MenuItem("{{" + variable.key() + "}}   " + variable.description());
            item.setId("insert-" + variable.key().replace('.', '-'));
            item.setOnAction(event -> insert(variable));
            insertVariable.getItems().add(item);
        }

        previewSource.textProperty().bind(editor.previewSourceProperty());
        previewSubject.textProperty().bind(editor.previewSubjectProperty());
        previewSubject.visibleProperty().bind(editor.previewSubjectProperty().isNotEmpty());
        previewSubject.managedProperty().bind(previewSubject.visibleProperty());
        preview.textProperty().bind(editor.previewBodyProperty());
        previewNote.textProperty().bind(editor.previewNoteProperty());
        previewNote.visibleProperty().bind(editor.previewNoteProperty().isNotEmpty());
        previewNote.managedProperty().bind(previewNote.visibleProperty());
        FindingsList.show(findings, editor.findings(), "No findings: this template keeps to the relay's rules.",
                new PolicyCheckRows());

        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        saveReason.textProperty().bind(editor.saveBlockedReasonProperty());
        saveButton.disableProperty().bind(editor.saveBlockedReasonProperty().isNotEmpty()
                .or(editor.dirtyProperty().not()));
        revertButton.disableProperty().bind(editor.dirtyProperty().not());
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
        showSelected();
    }

    /** The text follows the view model both ways; unknown words are underlined and offer a menu. */
    private void showBody(TemplateEditorViewModel editor) {
        bodyHolder.getChildren().add(new VirtualizedScrollPane<>(body));
        TextEditor.bindText(body, editor.bodyProperty(), () -> {
            body.moveTo(0);
            underline(); // the words found in the new text came before it, and replaceText dropped the styles
        });
        EditorSpelling.bind(body, spellingLanguage, viewModel.spelling(), this::underline);
    }

    private void underline() {
        body.clearStyle(0, body.getLength());
        EditorSpelling.underline(body, viewModel.spelling().misspellings());
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        // Escape closes like the window's close button: asks first when something is not saved
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            if (!insertVariable.isShowing()) {
                scene.getWindow().fireEvent(new javafx.stage.WindowEvent(scene.getWindow(),
                        javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newTemplate);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), this::duplicate);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!insertVariable.isShowing()) {
                insertVariable.show();
            }
        });
    }

    private void showLanguage(String value) {
        if (value != null && !language.getItems().contains(value)) {
            language.getItems().add(value);
        }
        language.setValue(value);
    }

    private void showSelected() {
        followingViewModel = true;
        try {
            Template shown = viewModel.selectedProperty().get();
            if (shown == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(shown);
                list.scrollTo(shown);
            }
        } finally {
            followingViewModel = false;
        }
    }

    private void insert(TemplateVariable variable) {
        if (variableTarget == TemplateEditorViewModel.Field.SUBJECT) {
            int caret = viewModel.editor().insertVariable(variable, variableTarget,
                    subject.getSelection().getStart(), subject.getSelection().getEnd());
            subject.requestFocus();
            subject.positionCaret(caret);
        } else {
            int caret = viewModel.editor().insertVariable(variable, variableTarget,
                    body.getSelection().getStart(), body.getSelection().getEnd());
            body.requestFocus();
            body.moveTo(caret);
        }
    }

    /**
     * Runs {@code proceed} once the changes in the editor are saved or given up; {@code stay}
     * when the seller cancels (or the save was refused: the editor keeps the text and says why).
     */
    void whenLeaving(Runnable proceed, Runnable stay) {
        if (!viewModel.editor().dirtyProperty().get()) {
            proceed.run();
            return;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        ask.initOwner(list.getScene().getWindow());
        ask.setTitle("Unsaved changes");
        String what = viewModel.editor().isNew() ? "the new template" : "\"" + viewModel.selectedProperty().get().name() + "\"";
        ask.setHeaderText("Save the changes to " + what + "?");
        ask.setContentText("Otherwise they are lost.");
        ask.getDialogPane().setId("templates-unsaved-dialog");
        ask.getDialogPane().getStylesheets().addAll(list.getScene().getStylesheets());
        Optional<ButtonType> choice = ask.showAndWait();
        if (choice.isPresent() && choice.get() == save) {
            viewModel.save(proceed);
            stay.run();
        } else if (choice.isPresent() && choice.get() == discard) {
            viewModel.editor().revert();
            proceed.run();
        } else {
            stay.run();
        }
    }

    @FXML
    private void newTemplate() {
        whenLeaving(() -> {
            viewModel.newTemplate();
            name.requestFocus();
        }, this::showSelected);
    }

    /** Adds back missing starter templates; the list is read again, so unsaved changes are asked about first. */
    @FXML
    private void addStarters() {
        whenLeaving(viewModel::addStarters, this::showSelected);
    }

    @FXML
    private void duplicate() {
        if (viewModel.selectedProperty().get() != null) {
            whenLeaving(viewModel::duplicate, this::showSelected);
        }
    }

    @FXML
    private void delete() {
        Template doomed = viewModel.selectedProperty().get();
        if (doomed == null) {
            return;
        }
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", delete, ButtonType.CANCEL);
        ask.initOwner(list.getScene().getWindow());
        ask.setTitle("Delete template");
        ask.setHeaderText("Delete \"" + doomed.name() + "\" (" + doomed.language() + ")?");
        ask.setContentText("It is removed from this mailbox for everyone who works on it. This cannot be undone.");
        ask.getDialogPane().setId("templates-delete-dialog");
        ask.getDialogPane().getStylesheets().addAll(list.getScene().getStylesheets());
        ask.showAndWait().filter(delete::equals).ifPresent(choice -> viewModel.delete());
    }

    @FXML
    private void save() {
        if (viewModel.editor().saveBlockedReasonProperty().get().isEmpty()) {
            viewModel.save(() -> { });
        }
    }

    @FXML
    private void revert() {
        viewModel.editor().revert();
    }

    /** A row: the name, and language · reply or new message · contact reason. */
    private static final class TemplateCell extends ListCell<Template> {
        @Override
        protected void updateItem(Template template, boolean empty) {
            super.updateItem(template, empty);
            if (empty || template == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label title = new Label(template.name());
            title.getStyleClass().add("template-row-name");
            Label meta = new Label(TemplatesViewModel.describe(template));
            meta.getStyleClass().add("template-row-meta");
            VBox row = new VBox(title, meta);
            row.getStyleClass().add("template-row");
            setGraphic(row);
            setText(null);
            setAccessibleText(template.name() + ", " + TemplatesViewModel.describe(template));
        }
    }

    /** Suggested changes as plain text (they apply to the filled text); a blocking finding stops the save. */
    private static final class PolicyCheckRows implements FindingsList.Extras {
        @Override
        public Node fixes(Finding finding, DoubleExpression textWidth) {
            if (finding.fixes().isEmpty()) {
                return null;
            }
            Label fixes = com.relaydesk.ui.common.WrappedLabel.of("What to change: " + String.join("; ",
                    finding.fixes().stream().map(Fix::label).toList()), textWidth);
            fixes.getStyleClass().add("muted");
            return fixes;
        }

        @Override
        public String accessibleNote(Finding finding) {
            return finding.severity() == Severity.BLOCK ? " This stops the template being saved." : "";
        }
    }
}
