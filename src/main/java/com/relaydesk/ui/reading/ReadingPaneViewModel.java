package com.relaydesk.ui.reading;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.inbox.SafeHtml;
import com.relaydesk.model.AttachmentInfo;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.ui.common.UiTasks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The message being read: loaded from the cache when selected, HTML shown only as safe text. */
public final class ReadingPaneViewModel {

    static final String EMPTY_TITLE = "No message selected";
    static final String EMPTY_HINT = "Pick a message in the list to read the whole conversation with that buyer, "
            + "grouped by order.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final UiTasks tasks;
    private final ZoneId zone;
    private final ObjectProperty<MessageSummary> message = new SimpleObjectProperty<>();
    private final ObjectProperty<MessageDetail> detail = new SimpleObjectProperty<>();
    private final BooleanBinding empty = message.isNull();
    private final StringBinding subject = Bindings.createStringBinding(
            () -> message.get() == null ? "" : message.get().subject(), message);
    private final ReadOnlyStringWrapper from = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meta = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heldBack = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper delivery = new ReadOnlyStringWrapper("");
    private final ObservableList<AttachmentInfo> attachments = FXCollections.observableArrayList();
    private MailboxQueries source;
    private Runnable replyAction = () -> { };
    private Runnable noResponseAction = () -> { };
    private Runnable reportAction = () -> { };

    public ReadingPaneViewModel() {
        this(UiTasks.sameThread(), ZoneId.systemDefault());
    }

    public ReadingPaneViewModel(UiTasks tasks, ZoneId zone) {
        this.tasks = tasks;
        this.zone = zone;
        message.addListener((obs, old, now) -> load(now));
    }

    public void attach(MailboxQueries queries) {
        this.source = queries;
        load(message.get());
    }

    /** Shows whatever is selected in the message list. */
    public void follow(ObservableValue<MessageSummary> selected) {
        message.bind(selected);
    }

    private void load(MessageSummary selected) {
        if (selected == null || source == null) {
            show(null);
            return;
        }
        long id = selected.id();
        tasks.run(() -> source.detail(id), found -> {
            MessageSummary current = message.get();
            if (current != null && current.id() == id) {
                show(found.orElse(null));
            }
        }, e -> body.set("This message could not be read from the cache: " + e.getMessage()));
    }

    private void show(MessageDetail shown) {
        detail.set(shown);
        attachments.setAll(shown == null ? java.util.List.of() : shown.attachments());
        if (shown == null) {
            from.set("");
            meta.set("");
            body.set("");
            heldBack.set("");
            delivery.set("");
            return;
        }
        String name = shown.fromName() == null || shown.fromName().isBlank() ? "" : shown.fromName() + " ";
        from.set(name + "<" + Optional.ofNullable(shown.fromAddress()).orElse("unknown sender") + ">");
        String order = shown.summary().orderId() == null ? "no order ID" : "Order " + shown.summary().orderId();
        meta.set(WHEN.withZone(zone).format(shown.summary().time()) + "  ·  " + order
                + (shown.toAddress() == null ? "" : "  ·  to " + shown.toAddress()));
        delivery.set(shown.delivery() == null ? "" : deliveryLine(shown));
        if (!shown.textBody().isBlank() || shown.htmlBody() == null) {
            body.set(shown.textBody());
            heldBack.set("");
        } else {
            SafeHtml.Rendered rendered = SafeHtml.render(shown.htmlBody());
            body.set(rendered.text());
            heldBack.set(heldBackLine(rendered));
        }
    }

    private static String deliveryLine(MessageDetail shown) {
        String line = "Delivery: " + shown.delivery().label();
        return shown.notice() == null ? line : line + " — " + shown.notice();
    }

    static String heldBackLine(SafeHtml.Rendered rendered) {
        StringBuilder line = new StringBuilder();
        if (rendered.remoteImages() > 0) {
            line.append(rendered.remoteImages()).append(rendered.remoteImages() == 1 ? " remote image" : " remote images")
                    .append(" not loaded (they can tell the sender you opened the message)");
        }
        if (rendered.removedActiveContent() > 0) {
            line.append(line.isEmpty() ? "" : "; ").append("scripts, forms and styles removed");
        }
        return line.toString();
    }

    /** What the Reply, No Response Needed and Report buttons do; the main window decides. */
    public void setActions(Runnable reply, Runnable noResponse, Runnable report) {
        this.replyAction = reply;
        this.noResponseAction = noResponse;
        this.reportAction = report;
    }

    public void reply() {
        replyAction.run();
    }

    public void noResponseNeeded() {
        noResponseAction.run();
    }

    public void report() {
        reportAction.run();
    }

    public ObjectProperty<MessageDetail> detailProperty() {
        return detail;
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }

    public StringBinding subjectProperty() {
        return subject;
    }

    public ReadOnlyStringProperty fromProperty() {
        return from.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metaProperty() {
        return meta.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heldBackProperty() {
        return heldBack.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deliveryProperty() {
        return delivery.getReadOnlyProperty();
    }

    public ObservableList<AttachmentInfo> attachments() {
        return attachments;
    }

    public String emptyTitle() {
        return EMPTY_TITLE;
    }

    public String emptyHint() {
        return EMPTY_HINT;
    }
}
