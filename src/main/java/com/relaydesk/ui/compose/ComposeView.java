package com.relaydesk.ui.compose;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.Part;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.templates.Template;
import com.relaydesk.ui.common.ChooserFolders;
import com.relaydesk.ui.common.FindingsList;
import com.relaydesk.ui.common.ShownAs;
import com.relaydesk.ui.common.TextEditor;
import com.relaydesk.ui.spelling.EditorSpelling;
import java.io.File;
import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** Binds the reply editor: findings underlined in the text, listed beside it, fixable with a click. */
public final class ComposeView {

    /** Height of one attached file's row at 100 %, where no stylesheet gives it in em (#compose-attachments). */
    private static final double ATTACHMENT_ROW = 28;

    private final ComposeViewModel viewModel;
    private final StyleClassedTextArea editor = TextEditor.create("compose-body", "Reply text");

    @FXML private Label to;
    @FXML private ComboBox<ContactReason> contactReason;
    @FXML private ComboBox<Template> template;
    @FXML private TextField subject;
    @FXML private CheckBox newMessage;
    @FXML private Button important;
    @FXML private StackPane editorHolder;
    @FXML private Button attach;
    @FXML private ListView<Attachment> attachments;
    @FXML private HBox adding;
    @FXML private Label addingText;
    @FXML private ListView<Finding> findings;
    @FXML private TextArea buyerWords;
    @FXML private Label buyerWordsHeading;
    @FXML private Label characterCount;
    @FXML private ComboBox<java.util.Optional<com.relaydesk.spelling.Dictionaries.Available>> spellingLanguage;
    @FXML private Label allowance;
    @FXML private ProgressBar allowanceBar;
    @FXML private Label status;
    @FXML private Label disabledReason;
    @FXML private Button send;

    public ComposeView(ComposeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        to.textProperty().bind(viewModel.toProperty());
        buyerWords.textProperty().bind(viewModel.buyerWordsProperty());
        buyerWordsHeading.textProperty().bind(viewModel.wordsHeadingProperty());
        for (Node part : List.of(buyerWords, buyerWordsHeading)) {
            part.visibleProperty().bind(viewModel.buyerWordsProperty().isNotEmpty());
            part.managedProperty().bind(part.visibleProperty());
        }
        contactReason.setItems(viewModel.contactReasons());
        contactReason.setConverter(ShownAs.text(reason -> reason == null ? "Reply by email (no Seller Central reason)"
                : reason.label() + (reason.critical() ? "  (critical)" : "")));
        contactReason.valueProperty().bindBidirectional(viewModel.contactReasonProperty());
        subject.textProperty().bindBidirectional(viewModel.subjectProperty());
        template.setItems(viewModel.templates());
        template.promptTextProperty().bind(viewModel.templatePromptProperty());
        template.setConverter(ShownAs.text(value -> value == null ? "" : value.name() + "  (" + value.language() + ")"));
        template.setOnAction(event -> chooseTemplate(template.getValue()));
        newMessage.selectedProperty().bindBidirectional(viewModel.newMessageProperty());
        important.visibleProperty().bind(viewModel.importantHelperVisibleProperty());
        important.managedProperty().bind(important.visibleProperty());

        editor.getStyleClass().add("compose-body");
        editorHolder.getChildren().add(new VirtualizedScrollPane<>(editor));
        TextEditor.bindText(editor, viewModel.bodyProperty(), () -> {
            if (viewModel.untouched()) {
                editor.moveTo(0); // above the signature
            }
            underline();  // the findings of the new text came before it and replaceText dropped the styles
        });
        viewModel.findings().addListener((ListChangeListener<Finding>) change -> underline());
        EditorSpelling.bind(editor, spellingLanguage, viewModel.spelling(), this::underline);

        FindingsList.show(findings, viewModel.findings(),
                "No findings: nothing in this reply breaks the relay's rules.", (finding, textWidth) -> fixLinks(finding));
        findings.getSelectionModel().selectedItemProperty().addListener((obs, old, finding) -> jumpTo(finding));

        attachments.setItems(viewModel.attachments());
        attachments.setCellFactory(list -> new AttachmentCell());
        // a row per file, up to four, so three attached files are three rows in sight, not one and a scroll bar
        // the row's height is the stylesheet's, in em: in pixels, larger text cut the remove button's foot
        attachments.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(4, Math.max(1, viewModel.attachments().size()))
                        * (attachments.getFixedCellSize() > 0 ? attachments.getFixedCellSize() : ATTACHMENT_ROW) + 4,
                viewModel.attachments(), attachments.fixedCellSizeProperty()));
        // Any attachment can be taken off again, not only one a finding offers to remove.
        attachments.setOnKeyPressed(event -> {
            Attachment selected = attachments.getSelectionModel().getSelectedItem();
            if (selected != null && (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE)) {
                viewModel.removeAttachment(selected);
                event.consume();
            }
        });
        addingText.textProperty().bind(viewModel.addingProperty());
        adding.visibleProperty().bind(viewModel.addingProperty().isNotEmpty());
        adding.managedProperty().bind(adding.visibleProperty());
        editorHolder.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        editorHolder.setOnDragDropped(event -> {
            boolean done = event.getDragboard().hasFiles();
            if (done) {
                addFiles(event.getDragboard().getFiles());
            }
            event.setDropCompleted(done);
            event.consume();
        });

        viewModel.onAlreadyAnswered(this::askBeforeSending);
        characterCount.textProperty().bind(viewModel.characterCountProperty());
        allowance.textProperty().bind(viewModel.allowanceProperty());
        allowanceBar.progressProperty().bind(viewModel.allowanceUsedProperty());
        allowanceBar.visibleProperty().bind(viewModel.allowanceProperty().isNotEmpty());
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        disabledReason.textProperty().bind(viewModel.sendDisabledReasonProperty());
        send.disableProperty().bind(viewModel.sendDisabledProperty());
        underline();
    }

    /**
     * Fills the reply from {@code chosen}; words the seller wrote are not replaced without asking
     * (they were, silently, and Ctrl+Z did not bring them back).
     */
    private void chooseTemplate(Template chosen) {
        if (chosen == null) {
            return;
        }
        if (viewModel.templateWouldReplaceWriting() && !replaceWritingWith(chosen)) {
            javafx.application.Platform.runLater(() -> template.setValue(null)); // the picker shows no template again
            return;
        }
        viewModel.applyTemplate(chosen);
    }

    private boolean replaceWritingWith(Template chosen) {
        ButtonType replace = new ButtonType("Replace my text", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep my text", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", replace, keep);
        ask.initOwner(editor.getScene().getWindow());
        ask.setTitle("Start from a template");
        ask.setHeaderText("Replace what you wrote with “" + chosen.name() + "”?");
        ask.setContentText("The template's text takes the place of yours; its subject and contact reason may "
                + "change too.");
        ask.getDialogPane().setId("compose-template-replace-dialog");
        ask.getDialogPane().getStylesheets().addAll(editor.getScene().getStylesheets());
        return ask.showAndWait().filter(replace::equals).isPresent();
    }

    /** Ctrl+Enter from the window. */
    void sendNow() {
        viewModel.send();
    }

    private void underline() {
        int length = editor.getLength();
        editor.clearStyle(0, length);
        EditorSpelling.underline(editor, viewModel.spelling().misspellings()); // a finding's underline wins over it
        for (Finding finding : viewModel.findings()) {
            if (finding.part() == Part.TEXT && finding.end() <= length && finding.end() > finding.start()) {
                editor.setStyleClass(finding.start(), finding.end(), FindingsList.styleClass(finding.severity()));
            }
        }
    }

    /** The window opened: the seller who pressed r types the reply at once, not into the first field. */
    void startWriting() {
        editor.requestFocus();
        Platform.runLater(editor::requestFocus); // the scene gives its first field the focus as it first lays out
    }

    private void jumpTo(Finding finding) {
        if (finding == null) {
            return;
        }
        if (finding.part() == Part.TEXT && finding.end() <= editor.getLength()) {
            editor.selectRange(finding.start(), finding.end());
            editor.requestFollowCaret();
            editor.requestFocus();
            // a click on the finding focuses its list after this: the text chosen is for typing over
            Platform.runLater(editor::requestFocus);
        } else if (finding.part() == Part.SUBJECT && finding.end() <= subject.getLength()) {
            subject.requestFocus();
            subject.selectRange(finding.start(), finding.end());
        } else if (finding.part() == Part.ATTACHMENT) {
            attachments.getSelectionModel().select(finding.start());
        }
    }

    /** Someone answered meanwhile: show what they sent and let the seller decide. */
    private void askBeforeSending(String reason) {
        ButtonType sendAnyway = new ButtonType("Send anyway",
                ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING,
                reason, sendAnyway, ButtonType.CANCEL);
        ask.initOwner(send.getScene().getWindow());
        ask.setTitle("Already answered");
        ask.setHeaderText("Someone answered this buyer while you were writing");
        ask.getDialogPane().setId("already-answered-dialog");
        ask.showAndWait().filter(sendAnyway::equals).ifPresent(choice -> viewModel.sendAnyway());
    }

    /** "Save as template…": the reply as written becomes a template of this mailbox. */
    @FXML
    private void saveAsTemplate() {
        viewModel.saveAsTemplate().ifPresent(model -> SaveAsTemplateDialog.show(send.getScene().getWindow(), model));
    }

    @FXML
    private void markImportant() {
        viewModel.markImportant();
    }

    @FXML
    private void attach() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach files");
        ChooserFolders.startIn(chooser, ChooserFolders.Purpose.ATTACH_FILES);
        List<File> chosen = chooser.showOpenMultipleDialog(attach.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            ChooserFolders.chosen(ChooserFolders.Purpose.ATTACH_FILES, chosen.get(0));
            addFiles(chosen);
        }
    }

    /** The Attach… button and a drop on the text: both read in the background through the view model. */
    private void addFiles(Collection<File> files) {
        viewModel.addFiles(files.stream().map(File::toPath).toList());
    }

    @FXML
    private void cancelAdding() {
        viewModel.cancelAddingFiles();
    }

    @FXML
    private void send() {
        viewModel.send();
    }

    /** File name and size, and a button that takes the file off the reply. */
    private final class AttachmentCell extends ListCell<Attachment> {
        private final Button remove = new Button("×");

        AttachmentCell() {
            remove.getStyleClass().add("attachment-remove");
            remove.setFocusTraversable(false);
            remove.setOnAction(event -> {
                if (getItem() != null) {
                    viewModel.removeAttachment(getItem());
                }
            });
            setContentDisplay(ContentDisplay.RIGHT);
        }

        @Override
        protected void updateItem(Attachment item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null;
            setText(none ? null : item.fileName() + "  (" + Math.max(1, item.size() / 1024) + " KB)");
            setGraphic(none ? null : remove);
            remove.setAccessibleText(none ? null : "Remove " + item.fileName());
            remove.setTooltip(none ? null : new Tooltip("Remove " + item.fileName()));
        }
    }

    /** A link per quick fix under the finding's message. */
    private FlowPane fixLinks(Finding finding) {
        FlowPane fixes = new FlowPane(6, 2);
        for (Fix fix : finding.fixes()) {
            Hyperlink link = new Hyperlink(fix.label());
            link.getStyleClass().add("finding-fix");
            link.setOnAction(event -> {
                viewModel.apply(fix);
                editor.requestFocus();  // the seller goes on writing where they were
            });
            fixes.getChildren().add(link);
        }
        return fixes;
    }
}
