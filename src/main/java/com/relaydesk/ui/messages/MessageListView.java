package com.relaydesk.ui.messages;

import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MessageSummary;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.util.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** Binds the message list and its empty state to the view model. */
public final class MessageListView {

    /** Response clocks show minutes, so a tick every 30 s keeps them right without churn. */
    private static final Duration TICK = Duration.seconds(30);

    private final MessageListViewModel viewModel;
    /** The list's selection is being set from the view model's picked rows: its events are echoes. */
    private boolean applyingPicked;

    @FXML
    private Label title;
    @FXML
    private ListView<MessageSummary> messages;
    @FXML
    private Label emptyTitle;
    @FXML
    private Label emptyHint;
    @FXML
    private TextField search;
    @FXML
    private Label error;
    @FXML
    private javafx.scene.control.Hyperlink pickThanks;
    @FXML
    private Label olderMail;
    @FXML
    private javafx.scene.control.ComboBox<ListOrder> order;

    public MessageListView(MessageListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        emptyTitle.textProperty().bind(viewModel.emptyTitleProperty());
        emptyHint.textProperty().bind(viewModel.emptyHintProperty());
        messages.setItems(viewModel.messages());
        messages.setCellFactory(list -> new MessageCell(viewModel, ZoneId.systemDefault()));
        viewModel.nowProperty().addListener((obs, old, now) -> messages.refresh());
        viewModel.viewProperty().addListener((obs, old, now) -> messages.refresh());
        viewModel.claimsProperty().addListener((obs, old, now) -> messages.refresh());
        Timeline ticker = new Timeline(new KeyFrame(TICK, event -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        messages.accessibleTextProperty().bind(viewModel.titleProperty());
        messages.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        messages.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!applyingPicked && !viewModel.replacingRows()) {
                viewModel.selectedMessageProperty().set(now);
            }
        });
        messages.getSelectionModel().getSelectedItems().addListener((ListChangeListener<MessageSummary>) change -> {
            if (!applyingPicked && !viewModel.replacingRows()) {
                viewModel.picked().setAll(List.copyOf(messages.getSelectionModel().getSelectedItems()));
            }
        });
        // the same message still selected is equal to its new row, so no change says so: select its row again
        viewModel.rowsReplacedProperty().addListener((obs, old, now) -> {
            if (viewModel.picked().size() > 1) {
                showPicked();
            } else {
                showSelected(viewModel.selectedMessageProperty().get());
            }
        });
        viewModel.picked().addListener((ListChangeListener<MessageSummary>) change -> showPicked());
        viewModel.selectedMessageProperty().addListener((obs, old, now) -> showSelected(now));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::searchKeys);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        olderMail.textProperty().bind(viewModel.olderMailProperty());
        olderMail.visibleProperty().bind(viewModel.olderMailProperty().isNotEmpty());
        olderMail.managedProperty().bind(olderMail.visibleProperty());
        pickThanks.textProperty().bind(viewModel.pickThanksProperty());
        pickThanks.visibleProperty().bind(viewModel.pickThanksProperty().isNotEmpty());
        pickThanks.managedProperty().bind(pickThanks.visibleProperty());
        // short enough for the list of a 1024-pixel window; the rest is said here
        pickThanks.setTooltip(new javafx.scene.control.Tooltip("Picks every listed message that only thanks, "
                + "with no question or request: look down the picked rows, then n marks them No Response Needed."));
        pickThanks.setOnAction(event -> {
            viewModel.pickThanks();
            messages.requestFocus(); // n then marks them
        });
        order.getItems().setAll(ListOrder.values());
        order.setConverter(com.relaydesk.ui.common.ShownAs.text(value -> value == null ? "" : value.label()));
        order.valueProperty().bindBidirectional(viewModel.orderProperty());
        // Search results come newest first whatever the list order: the box says so while it is disabled,
        // and shows the seller's order again when the search is cleared.
        order.disableProperty().bind(viewModel.searchTextProperty().isNotEmpty());
        order.setButtonCell(orderShown());
    }

    /** The closed box's text: the chosen order, or the order search results come in while searching. */
    private javafx.scene.control.ListCell<ListOrder> orderShown() {
        javafx.scene.control.ListCell<ListOrder> cell = new javafx.scene.control.ListCell<>();
        cell.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ListOrder shown = order.isDisabled() ? ListOrder.NEWEST_FIRST : cell.getItem();
            return shown == null ? "" : shown.label();
        }, cell.itemProperty(), order.disabledProperty()));
        return cell;
    }

    private void showSelected(MessageSummary message) {
        if (message == null) {
            messages.getSelectionModel().clearSelection();
        } else if (messages.getSelectionModel().getSelectedItem() != message && !applyingPicked) {
            // j, k and a mark move the reading to one row: a selection of several ends there
            int index = messages.getItems().indexOf(message);
            if (index >= 0) {
                messages.getSelectionModel().clearAndSelect(index);
                reveal(index);
            } else { // opened from elsewhere and not listed: no other row may look like the one being read
                applyingPicked = true;
                try {
                    messages.getSelectionModel().clearSelection();
                } finally {
                    applyingPicked = false;
                }
            }
        }
    }

    /**
     * Scrolls only as far as it takes to show the row whole, as mail clients do: a row in sight stays
     * where it is, so a mark, a sort or a cleared search does not push the newest (or most overdue)
     * rows out at the top.
     */
    private void reveal(int index) {
        if (!(messages.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
            messages.scrollTo(index);  // not laid out yet
            return;
        }
        javafx.scene.control.IndexedCell<?> first = flow.getFirstVisibleCell();
        javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
        boolean inSight = first != null && last != null && (index > first.getIndex() || index == 0 && flow.getPosition() == 0)
                && index < last.getIndex();
        if (!inSight) {
            flow.scrollTo(index);
        }
    }

    /** The picked rows changed in the view model (kept over a reload): the list selects them, the one read last. */
    private void showPicked() {
        javafx.scene.control.MultipleSelectionModel<MessageSummary> selection = messages.getSelectionModel();
        if (applyingPicked || viewModel.picked().size() < 2 || viewModel.picked().equals(selection.getSelectedItems())) {
            return;
        }
        applyingPicked = true;
        try {
            MessageSummary reading = viewModel.selectedMessageProperty().get();
            selection.clearSelection();
            for (MessageSummary row : viewModel.picked()) {
                if (!row.equals(reading)) {
                    selectRow(row);
                }
            }
            selectRow(reading);
        } finally {
            applyingPicked = false;
        }
    }

    private void selectRow(MessageSummary row) {
        int index = row == null ? -1 : messages.getItems().indexOf(row);
        if (index >= 0) {
            messages.getSelectionModel().select(index);
        }
    }

    /**
     * In the search field, as in mail clients: Esc clears the search (a second Esc, or one on an
     * empty field, goes back to the list), Down goes to the first result.
     */
    private void searchKeys(javafx.scene.input.KeyEvent event) {
        switch (event.getCode()) {
            case ESCAPE -> {
                if (search.getText().isEmpty()) {
                    messages.requestFocus();
                } else {
                    search.clear();
                }
                event.consume();
            }
            case DOWN -> {
                if (!messages.getItems().isEmpty()) {
                    if (messages.getSelectionModel().isEmpty()) {
                        viewModel.selectedMessageProperty().set(messages.getItems().get(0));
                    }
                    messages.requestFocus();
                }
                event.consume();
            }
            default -> { }
        }
    }

    /** Gives the search field the keyboard ({@code /}). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
