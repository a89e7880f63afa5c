package com.relaydesk.ui.messages;

import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.ResponseClock;
import com.relaydesk.ui.common.AppIcon;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One row of the message list: buyer and order, time, subject, preview, the paperclip and the
 * response clock (E1, E3). Unread rows are bold. The nodes are built once per cell and reused
 * as the list scrolls, so long lists stay smooth.
 */
final class MessageCell extends ListCell<MessageSummary> {

    private final MessageListViewModel viewModel;
    private final ZoneId zone;
    private final Label buyer = styled(new Label(), "message-buyer");
    private final Label order = styled(new Label(), "message-order");
    private final Label time = styled(new Label(), "message-time");
    private final Label subject = styled(new Label(), "message-subject");
    private final Label attachment = styled(new Label(null, AppIcon.ATTACHMENT.graphic()), "message-attachment");
    private final Label clock = styled(new Label(), "row-chip", "response-clock");
    private final Label preview = styled(new Label(), "message-preview");
    private final Label delivery = styled(new Label(), "delivery-status");
    private final Label thanks = styled(new Label("Thanks only"), "row-chip", "thanks-only");
    private final Label claimed = styled(new Label(), "row-chip", "claimed-by");
    private final VBox row;

    MessageCell(MessageListViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
        attachment.setAccessibleText("has attachments");
        NameFirstLine top = new NameFirstLine(buyer, order, time);
        HBox middle = new HBox(8, subject, spacer(), attachment, delivery, claimed, thanks, clock);
        claimed.setTooltip(new javafx.scene.control.Tooltip("A teammate has a reply to this message open on their "
                + "desktop: take another one."));
        claimed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        thanks.setTooltip(new javafx.scene.control.Tooltip("Only a thank-you: no question or request. "
                + "n marks it No Response Needed."));
        row = new VBox(2, top, middle, preview);
        row.getStyleClass().add("message-row");
        // Rows take the list's width and shorten their text, so the clock and time always show.
        setPrefWidth(0);
        subject.setMinWidth(0);
        preview.setMinWidth(0);
        buyer.setMinWidth(0);
        order.setMinWidth(0);
        clock.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        delivery.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        thanks.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        setText(null);
    }

    @Override
    protected void updateItem(MessageSummary message, boolean empty) {
        super.updateItem(message, empty);
        pseudoClassStateChanged(MessageStyles.UNREAD, !empty && message != null && message.unread());
        if (empty || message == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        buyer.setText(message.buyerName() == null || message.buyerName().isBlank() ? "Unknown buyer"
                : message.buyerName());
        order.setText(message.orderId() == null ? "" : message.orderId());
        time.setText(viewModel.timeLabel(message, zone));
        subject.setText(message.subject());
        preview.setText(message.preview());
        attachment.setVisible(message.hasAttachments());
        attachment.setManaged(message.hasAttachments());
        Optional<ResponseClock.Reading> reading = viewModel.clockFor(message);
        clock.setVisible(reading.isPresent());
        clock.setManaged(reading.isPresent());
        reading.ifPresent(r -> {
            clock.setText(r.label());
            MessageStyles.applyUrgency(clock, r.urgency());
        });
        Optional<String> answering = viewModel.claimedBy(message);
        claimed.setVisible(answering.isPresent());
        claimed.setManaged(answering.isPresent());
        claimed.setText(answering.map(initials -> initials + " answering").orElse(""));
        boolean thanksOnly = viewModel.thanksOnly(message);
        thanks.setVisible(thanksOnly);
        thanks.setManaged(thanksOnly);
        boolean hasDelivery = message.delivery() != null;
        delivery.setVisible(hasDelivery);
        delivery.setManaged(hasDelivery);
        if (hasDelivery) {
            delivery.setText(message.delivery().label());
            delivery.getStyleClass().removeIf(style -> style.startsWith("delivery-is-"));
            delivery.getStyleClass().add("delivery-is-" + message.delivery().name().toLowerCase(Locale.ROOT));
        }
        setGraphic(row);
        if (getIndex() >= getListView().getItems().size() - 20) {
            viewModel.loadMore(); // the user scrolled near the end of what is loaded
        }
        setAccessibleText((message.unread() ? "Unread. " : "") + buyer.getText() + ", " + message.subject()
                + reading.map(r -> ", " + r.label()).orElse("") + (thanksOnly ? ", only a thank-you" : "")
                + answering.map(initials -> ", being answered by " + initials).orElse("")
                + (hasDelivery ? ", " + message.delivery().label() : ""));
    }

    private static Label styled(Label label, String... styleClasses) {
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
