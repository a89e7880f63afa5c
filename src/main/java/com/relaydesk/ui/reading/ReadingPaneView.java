package com.relaydesk.ui.reading;

import com.relaydesk.model.AttachmentInfo;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** Binds the reading pane to its view model. */
public final class ReadingPaneView {

    private final ReadingPaneViewModel viewModel;

    @FXML
    private VBox emptyState;
    @FXML
    private VBox content;
    @FXML
    private Label emptyTitle;
    @FXML
    private Label emptyHint;
    @FXML
    private Label subject;
    @FXML
    private Label from;
    @FXML
    private Label meta;
    @FXML
    private Label delivery;
    @FXML
    private Label heldBack;
    @FXML
    private TextArea body;
    @FXML
    private ListView<AttachmentInfo> attachments;
    @FXML
    private javafx.scene.control.Button replyButton;
    @FXML
    private javafx.scene.control.Button noResponseButton;
    @FXML
    private javafx.scene.control.Button reportButton;

    public ReadingPaneView(ReadingPaneViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emptyTitle.setText(viewModel.emptyTitle());
        emptyHint.setText(viewModel.emptyHint());
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        subject.textProperty().bind(viewModel.subjectProperty());
        from.textProperty().bind(viewModel.fromProperty());
        meta.textProperty().bind(viewModel.metaProperty());
        body.textProperty().bind(viewModel.bodyProperty());
        showOnlyWhenSet(delivery, viewModel.deliveryProperty());
        showOnlyWhenSet(heldBack, viewModel.heldBackProperty());
        replyButton.setOnAction(e -> viewModel.reply());
        noResponseButton.setOnAction(e -> viewModel.noResponseNeeded());
        reportButton.setOnAction(e -> viewModel.report());
        replyButton.disableProperty().bind(viewModel.detailProperty().isNull());
        attachments.setItems(viewModel.attachments());
        attachments.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.attachments()));
        attachments.managedProperty().bind(attachments.visibleProperty());
        attachments.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AttachmentInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.fileName() + "  (" + item.contentType() + ", " + Math.max(1, item.size() / 1024) + " KB)");
            }
        });
    }

    private static void showOnlyWhenSet(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
