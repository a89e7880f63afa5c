package com.relaydesk.ui.mailbox;

import com.relaydesk.model.MailboxView;
import com.relaydesk.ui.common.AppIcon;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Binds the views list to its view model. */
public final class MailboxNavigationView {

    /** The views' least width at 100 %: the panes were laid out around it. */
    static final double LEAST_WIDTH = 240;
    /** In em of the heading: "No Response Needed" and "Response Needed" with its count, whole at larger text. */
    static final double LEAST_WIDTH_EM = 19;
    /** The share of the window the views grow to with the text, at most (their least width aside). */
    private static final double WIDEST_SHARE = 0.25;

    private final MailboxNavigationViewModel viewModel;

    @FXML
    private ListView<MailboxView> views;
    @FXML
    private Label heading;
    /** The views' width in em of their heading, as last laid out (the seller may have dragged it). */
    private double widthInEm;

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
        Region pane = (Region) views.getParent();
        pane.minWidthProperty().bind(heading.fontProperty().map(font -> Math.max(LEAST_WIDTH, LEAST_WIDTH_EM * font.getSize())));
        pane.widthProperty().addListener((obs, old, width) -> widthInEm = width.doubleValue() / heading.getFont().getSize());
        heading.fontProperty().addListener((obs, old, font) -> followTextSize(pane, font.getSize()));
    }

    /**
     * The views keep their width as the window changes, so they follow the text size themselves: as
     * wide again at 175 % as at 100 %, and narrow again after, not left at the width larger text took.
     */
    private void followTextSize(Region pane, double fontSize) {
        javafx.scene.Parent up = pane.getParent();
        while (up != null && !(up instanceof SplitPane)) {
            up = up.getParent();
        }
        if (!(up instanceof SplitPane panes) || widthInEm <= 0 || panes.getWidth() <= 0) {
            return; // not laid out yet: the first style pass, or the window's first layout to come
        }
        // a pane dragged wide does not grow past a quarter of the window: the list needs the room more
        double width = Math.max(pane.getMinWidth(), Math.min(widthInEm * fontSize, panes.getWidth() * WIDEST_SHARE));
        double[] dividers = panes.getDividerPositions();
        double next = dividers.length > 1 ? dividers[1] : 1;
        dividers[0] = Math.min(next - 0.05, width / panes.getWidth());
        panes.setDividerPositions(dividers);
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
