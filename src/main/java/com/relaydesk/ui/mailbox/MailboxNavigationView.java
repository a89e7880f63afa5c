package com.relaydesk.ui.mailbox;

import com.relaydesk.model.MailboxView;
import com.relaydesk.ui.common.AppIcon;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Binds the views list to its view model. */
public final class MailboxNavigationView {

    private final MailboxNavigationViewModel viewModel;

    @FXML
    private ListView<MailboxView> views;

    public MailboxNavigationView(MailboxNavigationViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        views.setItems(viewModel.views());
        views.setCellFactory(list -> new ViewCell());
        views.getSelectionModel().select(viewModel.selectedViewProperty().get());
        views.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.select(now));
        viewModel.selectedViewProperty().addListener((obs, old, now) -> views.getSelectionModel().select(now));
    }

    private static final javafx.css.PseudoClass FIRST_FILTER = javafx.css.PseudoClass.getPseudoClass("first-filter");

    private final class ViewCell extends ListCell<MailboxView> {
        ViewCell() {
            setPrefWidth(0); // fit the pane's width: no sideways scroll bar under the views
        }

        @Override
        protected void updateItem(MailboxView view, boolean empty) {
            super.updateItem(view, empty);
            if (empty || view == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(view.title(), iconFor(view).graphic());
            Label count = new Label();
            count.getStyleClass().add("count-badge");
            count.setMinWidth(Region.USE_PREF_SIZE); // "3,431" stays whole; the view's name gives way
            count.textProperty().bind(viewModel.countProperty(view).asString("%,d"));
            count.visibleProperty().bind(viewModel.countProperty(view).greaterThan(0));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, title, spacer, count);
            row.getStyleClass().add("view-row");
            // The filters sit under the three views, set apart by a rule.
            pseudoClassStateChanged(FIRST_FILTER, view == MailboxView.NO_RESPONSE_NEEDED);
            if (!view.isView()) {
                count.getStyleClass().add("muted-badge");
            }
            setText(null);
            setGraphic(row);
            setAccessibleText(view.title());
            // the views' and filters' keys, where a mouse user looks for them
            setTooltip(MailboxNavigationViewModel.key(view)
                    .map(key -> new javafx.scene.control.Tooltip(view.title() + "  (" + key + ")")).orElse(null));
        }
    }

    private static AppIcon iconFor(MailboxView view) {
        return switch (view) {
            case RESPONSE_NEEDED -> AppIcon.RESPONSE_NEEDED;
            case SENT -> AppIcon.SENT;
            case ALL -> AppIcon.ALL_MAIL;
            case NO_RESPONSE_NEEDED -> AppIcon.NO_RESPONSE_NEEDED;
            case REPORTED -> AppIcon.REPORTED;
        };
    }
}
