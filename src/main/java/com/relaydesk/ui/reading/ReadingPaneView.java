package com.relaydesk.ui.reading;

import com.relaydesk.ui.common.ChooserFolders;
import com.relaydesk.model.AttachmentInfo;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** Binds the reading pane to its view model. */
public final class ReadingPaneView {

    static final String WHOLE_MESSAGE = "Show the whole message";

    private final ReadingPaneViewModel viewModel;

    @FXML
    private VBox emptyState;
    @FXML
    private javafx.scene.control.ScrollPane contentScroll;
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
    private Label history;
    @FXML
    private TextArea body;
    @FXML
    private javafx.scene.control.Hyperlink wholeMessage;
    @FXML
    private ListView<AttachmentInfo> attachments;
    @FXML
    private javafx.scene.control.Hyperlink loadImages;
    @FXML
    private javafx.scene.layout.FlowPane images;
    @FXML
    private VBox orderPanel;
    @FXML
    private Label orderTitle;
    @FXML
    private Label orderLine;
    @FXML
    private Label orderItems;
    @FXML
    private Label orderMissing;
    @FXML
    private Label conversationTitle;
    @FXML
    private ListView<ConversationRow> conversation;
    @FXML
    private javafx.scene.control.Button replyButton;
    @FXML
    private javafx.scene.control.Button noResponseButton;
    @FXML
    private javafx.scene.control.Button reportButton;
    @FXML
    private javafx.scene.control.Button unreadButton;

    public ReadingPaneView(ReadingPaneViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emptyTitle.setText(viewModel.emptyTitle());
        emptyHint.setText(viewModel.emptyHint());
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        contentScroll.visibleProperty().bind(viewModel.emptyProperty().not());
        subject.textProperty().bind(viewModel.subjectProperty());
        from.textProperty().bind(viewModel.fromProperty());
        meta.textProperty().bind(viewModel.metaProperty());
        body.textProperty().bind(viewModel.bodyProperty());
        showOnlyWhenSet(delivery, viewModel.deliveryProperty());
        showOnlyWhenSet(heldBack, viewModel.heldBackProperty());
        showOnlyWhenSet(history, viewModel.historyProperty());
        bindRemoteImages();
        bindWholeMessage();
        bindOrderPanel();
        bindConversation();
        replyButton.setOnAction(e -> viewModel.reply());
        noResponseButton.setOnAction(e -> viewModel.noResponseNeeded());
        // With rows picked together the buttons act on all of them, and say so.
        noResponseButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.actedOnProperty().get() > 1 ? "No Response Needed · " + viewModel.actedOnProperty().get() + "  (n)"
                        : "No Response Needed  (n)", viewModel.actedOnProperty()));
        reportButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.actedOnProperty().get() > 1 ? "Report · " + viewModel.actedOnProperty().get() + "  (!)"
                        : "Report  (!)", viewModel.actedOnProperty()));
        reportButton.setOnAction(e -> viewModel.report());
        unreadButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.actedOnProperty().get() > 1 ? "Mark unread · " + viewModel.actedOnProperty().get() + "  (u)"
                        : "Mark unread  (u)", viewModel.actedOnProperty()));
        unreadButton.setOnAction(e -> viewModel.markUnread());
        replyButton.disableProperty().bind(viewModel.detailProperty().isNull());
        // The seller's own Sent messages have nothing to triage.
        for (javafx.scene.control.Button triage : java.util.List.of(noResponseButton, reportButton)) {
            triage.visibleProperty().bind(viewModel.sentBySellerProperty().not());
            triage.managedProperty().bind(triage.visibleProperty());
        }
        attachments.setItems(viewModel.attachments());
        attachments.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.attachments()));
        attachments.managedProperty().bind(attachments.visibleProperty());
        attachments.setTooltip(new javafx.scene.control.Tooltip("Double-click or Enter to save the attachment"));
        com.relaydesk.ui.common.ListOpening.onOpen(attachments, this::saveSelectedAttachment);
        attachments.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AttachmentInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.fileName() + "  (" + item.contentType() + ", " + Math.max(1, item.size() / 1024) + " KB)");
            }
        });
    }

    /** Attachments are saved, never opened straight from a stranger's mail: the user decides where. */
    private void saveSelectedAttachment() {
        AttachmentInfo chosen = attachments.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Save attachment");
        chooser.setInitialFileName(chosen.fileName());
        ChooserFolders.startIn(chooser, ChooserFolders.Purpose.SAVE_ATTACHMENT);
        java.io.File file = chooser.showSaveDialog(attachments.getScene().getWindow());
        ChooserFolders.chosen(ChooserFolders.Purpose.SAVE_ATTACHMENT, file);
        if (file != null) {
            viewModel.saveAttachment(chosen, file.toPath());
        }
    }

    private void bindRemoteImages() {
        viewModel.heldBackProperty().addListener((obs, old, now) -> {
            boolean offer = viewModel.hasRemoteImages() && viewModel.loadedImages().isEmpty();
            loadImages.setVisible(offer);
            loadImages.setManaged(offer);
        });
        loadImages.setVisible(false);
        loadImages.setManaged(false);
        loadImages.setOnAction(e -> viewModel.loadRemoteImages());
        viewModel.loadedImages().addListener((javafx.collections.ListChangeListener<String>) change -> {
            images.getChildren().clear();
            for (String url : viewModel.loadedImages()) {
                // background loading: the window never waits for a slow image server
                javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(
                        new javafx.scene.image.Image(url, 320, 240, true, true, true));
                images.getChildren().add(view);
            }
        });
    }

    private void bindWholeMessage() {
        wholeMessage.visibleProperty().bind(viewModel.shortenedProperty());
        wholeMessage.managedProperty().bind(wholeMessage.visibleProperty());
        wholeMessage.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.wholeShownProperty())
                .then("Show only the new text").otherwise(WHOLE_MESSAGE));
        wholeMessage.setTooltip(new javafx.scene.control.Tooltip(
                "Shown first: the writer's own words. The whole message adds the relay's banners and notes "
                        + "and the earlier mail quoted below."));
        wholeMessage.setOnAction(e -> {
            viewModel.showWholeMessage(!viewModel.wholeShownProperty().get());
            wholeMessage.setVisited(false);
        });
    }

    private void bindOrderPanel() {
        orderPanel.visibleProperty().bind(viewModel.orderProperty().isNotNull());
        orderPanel.managedProperty().bind(orderPanel.visibleProperty());
        orderMissing.textProperty().bind(viewModel.orderMissingProperty());
        orderMissing.visibleProperty().bind(viewModel.orderMissingProperty().isNotEmpty());
        orderMissing.managedProperty().bind(orderMissing.visibleProperty());
        viewModel.orderProperty().addListener((obs, old, order) -> {
            if (order == null) {
                return;
            }
            orderTitle.setText("Order " + order.orderId());
            orderLine.setText(ReadingPaneViewModel.orderLine(order));
            orderItems.setText(order.items().stream()
                    .map(item -> item.quantity() + " × " + item.title())
                    .collect(java.util.stream.Collectors.joining("\n")));
        });
    }

    private void bindConversation() {
        conversationTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Conversation with this buyer · " + viewModel.conversation().size()
                        + (viewModel.conversation().size() == 1 ? " message" : " messages"), viewModel.conversation()));
        viewModel.conversation().addListener((javafx.collections.ListChangeListener<com.relaydesk.model.MessageSummary>)
                change -> conversation.getItems().setAll(ConversationRow.of(viewModel.conversation())));
        // as tall as its rows, up to seven: one message does not take the room of seven from the body. A
        // row's height is the stylesheet's, in em (24 px at 100 %): in pixels, larger text was cut at its foot.
        conversation.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(7, Math.max(2, conversation.getItems().size())) * rowHeight(conversation) + 4.0,
                conversation.getItems(), conversation.fixedCellSizeProperty()));
        conversation.setCellFactory(list -> new ConversationCell());
        conversation.setOnMouseClicked(e -> {
            ConversationRow row = conversation.getSelectionModel().getSelectedItem();
            if (row != null && row.message() != null) {
                viewModel.open(row.message());
            }
        });
    }

    /** A row's height: the list's fixed one, or 24 px where no stylesheet gives it one. */
    static double rowHeight(ListView<?> list) {
        return list.getFixedCellSize() > 0 ? list.getFixedCellSize() : 24;
    }

    /** An order heading, or a message of the conversation: its time and subject, and for the seller's replies their delivery. */
    private static final class ConversationCell extends ListCell<ConversationRow> {
        private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withZone(java.time.ZoneId.systemDefault());

        ConversationCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ConversationRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("conversation-group");
            setGraphic(null);
            if (empty || row == null) {
                setText(null);
                return;
            }
            if (row.heading() != null) {
                getStyleClass().add("conversation-group");
                setText(row.heading());
                return;
            }
            com.relaydesk.model.MessageSummary item = row.message();
            setText((item.delivery() != null ? "Your reply · " + item.delivery().label() + " · " : "")
                    + WHEN.format(item.time()) + "  " + item.subject());
        }
    }

    private static void showOnlyWhenSet(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
