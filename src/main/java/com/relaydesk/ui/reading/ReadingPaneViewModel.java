package com.relaydesk.ui.reading;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.inbox.ReadableText;
import com.relaydesk.inbox.SafeHtml;
import com.relaydesk.model.AttachmentInfo;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.platform.ChosenFile;
import com.relaydesk.ui.common.UiTasks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final UiTasks tasks;
    private final ZoneId zone;
    private final ObjectProperty<MessageSummary> message = new SimpleObjectProperty<>();
    private final ObjectProperty<MessageDetail> detail = new SimpleObjectProperty<>();
    // Empty when nothing is selected and nothing was opened from elsewhere (the response-time list).
    private final BooleanBinding empty = message.isNull().and(detail.isNull());
    private final BooleanBinding sentBySeller = Bindings.createBooleanBinding(
            () -> shown() != null && shown().sentBySeller(), message, detail);
    private final StringBinding subject = Bindings.createStringBinding(
            () -> shown() == null ? "" : shown().subject(), message, detail);
    private final ReadOnlyStringWrapper from = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meta = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("");
    /** The message's whole text; {@link #body} shows its {@link ReadableText} words unless the user asks for it all. */
    private String wholeText = "";
    private ReadableText readable = ReadableText.of("");
    private final ReadOnlyBooleanWrapper shortened = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper wholeShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heldBack = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper delivery = new ReadOnlyStringWrapper("");
    /** How many messages No Response Needed, Report and Mark unread act on: more than one when rows are picked together. */
    private final javafx.beans.property.IntegerProperty actedOn = new javafx.beans.property.SimpleIntegerProperty(1);
    private final ObservableList<AttachmentInfo> attachments = FXCollections.observableArrayList();
    /** Remote images of the message shown, empty until the user asks to load them. */
    private final ObservableList<String> loadedImages = FXCollections.observableArrayList();
    private java.util.List<String> remoteImages = java.util.List.of();
    private MailboxQueries source;
    private String sellerName = "";
    private java.util.function.Function<String, Optional<com.relaydesk.model.Order>> orders = id -> Optional.empty();
    private final ObservableList<MessageSummary> conversation = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper history = new ReadOnlyStringWrapper("");
    private java.util.function.Function<Long, java.util.List<String>> historyLookup = id -> java.util.List.of();
    private final ObjectProperty<com.relaydesk.model.Order> order = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper orderMissing = new ReadOnlyStringWrapper("");
    private boolean ordersAttached;
    /** Set when a row of the conversation is opened instead of the list's selection. */
    private long shownId;
    private Runnable replyAction = () -> { };
    private Runnable noResponseAction = () -> { };
    private Runnable reportAction = () -> { };
    private Runnable unreadAction = () -> { };

    public ReadingPaneViewModel() {
        this(UiTasks.sameThread(), ZoneId.systemDefault());
    }

    public ReadingPaneViewModel(UiTasks tasks, ZoneId zone) {
        this.tasks = tasks;
        this.zone = zone;
        message.addListener((obs, old, now) -> load(now));
    }

    /** The shop's name, shown as the sender of the seller's own replies (the address when none is known). */
    public void useSellerName(String name) {
        this.sellerName = name == null ? "" : name;
        MessageDetail shown = detail.get();
        if (shown != null) {
            from.set(fromLine(shown, sellerName));
        }
    }

    public void attach(MailboxQueries queries) {
        attach(queries, id -> Optional.empty(), false);
    }

    /** @param orderLookup finds an order of the imported report by ID (reads the disk) */
    public void attach(MailboxQueries queries,
                       java.util.function.Function<String, Optional<com.relaydesk.model.Order>> orderLookup) {
        attach(queries, orderLookup, true);
    }

    private void attach(MailboxQueries queries,
                        java.util.function.Function<String, Optional<com.relaydesk.model.Order>> orderLookup,
                        boolean withOrders) {
        this.source = queries;
        this.orders = orderLookup;
        this.ordersAttached = withOrders;
        load(message.get());
    }

    /** Reads the message on screen again with its conversation and order (an order report was just imported). */
    public void reloadShown() {
        if (source != null && shown() != null) {
            loadDetail(shown().id(), true);
        }
    }

    /** True when the message has remote images the user could choose to load. */
    public boolean hasRemoteImages() {
        return !remoteImages.isEmpty();
    }

    /** The user asked to see this message's remote images (and accepts the sender may learn it was read). */
    public void loadRemoteImages() {
        loadedImages.setAll(remoteImages);
        heldBack.set("Remote images loaded for this message only.");
    }

    public ObservableList<String> loadedImages() {
        return loadedImages;
    }

    /** Saves an attachment to a file the user chose; says in the pane what happened. */
    public void saveAttachment(AttachmentInfo attachment, java.nio.file.Path target) {
        MailboxQueries queries = source;
        if (queries == null || attachment == null || target == null) {
            return;
        }
        tasks.run(() -> {
            byte[] content = queries.attachmentContent(attachment.id()).orElseThrow(() ->
                    new java.io.IOException("its content is not in the cache; sync and try again"));
            ChosenFile.write(target, content);
            return target;
        }, saved -> heldBack.set("Saved " + attachment.fileName() + " to " + saved),
                e -> heldBack.set(attachment.fileName() + " could not be saved: " + e.getMessage()));
    }

    /** Where the audit trail of a message comes from (who marked, reported, replied). */
    public void attachHistory(java.util.function.Function<Long, java.util.List<String>> lookup) {
        this.historyLookup = lookup;
    }

    public ReadOnlyStringProperty historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** Opens another message of the conversation in this pane (the list keeps its selection). */
    public void open(MessageSummary other) {
        if (other != null && source != null) {
            loadDetail(other.id(), false);
        }
    }

    /** The message on screen: the one loaded, else the one selected while it loads. */
    private MessageSummary shown() {
        return detail.get() != null ? detail.get().summary() : message.get();
    }

    /**
     * The id of the message chosen to be read: the one shown, or the one being loaded while the
     * pane still shows the one before (see {@link #detailProperty}).
     */
    public long chosenId() {
        return shownId;
    }

    /** Shows whatever is selected in the message list. */
    public void follow(ObservableValue<MessageSummary> selected) {
        message.bind(selected);
    }

    private void load(MessageSummary selected) {
        if (selected == null || source == null) {
            show(null, ShownText.NONE);
            conversation.clear();
            order.set(null);
            orderMissing.set("");
            return;
        }
        if (selected.id() == shownId && detail.get() != null && detail.get().id() == selected.id()) {
            return; // the same message, its row only changed (read or unread)
        }
        loadDetail(selected.id(), true);
    }

    /** Reads the message, and with a new selection its conversation and order, in the background. */
    private void loadDetail(long id, boolean withConversation) {
        shownId = id;
        MailboxQueries queries = source;
        java.util.function.Function<String, Optional<com.relaydesk.model.Order>> lookup = orders;
        java.util.function.Function<Long, java.util.List<String>> trail = historyLookup;
        tasks.run(() -> {
            Optional<MessageDetail> found = queries.detail(id);
            java.util.List<String> events = trail.apply(id);
            ShownText text = ShownText.of(found.orElse(null));
            if (!withConversation || found.isEmpty()) {
                return new Loaded(found, text, null, null, events);
            }
            MessageDetail detail = found.get();
            java.util.List<MessageSummary> thread = detail.buyerAlias() == null ? java.util.List.of(detail.summary())
                    : queries.conversation(detail.buyerAlias());
            return new Loaded(found, text, thread, lookup.apply(detail.summary().orderId()).orElse(null), events);
        }, loaded -> {
            if (shownId != id) {
                return; // another message was opened meanwhile
            }
            show(loaded.detail().orElse(null), loaded.text());
            history.set(loaded.history().isEmpty() ? "" : "History:  " + String.join("   ·   ", loaded.history()));
            if (loaded.thread() != null) {
                conversation.setAll(grouped(loaded.thread()));
                order.set(loaded.order());
                String orderId = loaded.detail().map(d -> d.summary().orderId()).orElse(null);
                orderMissing.set(ordersAttached && orderId != null && loaded.order() == null ? orderMissing(orderId) : "");
            }
        }, e -> body.set("This message could not be read from the cache: " + e.getMessage()));
    }

    private record Loaded(Optional<MessageDetail> detail, ShownText text, java.util.List<MessageSummary> thread,
                          com.relaydesk.model.Order order, java.util.List<String> history) { }

    /** The conversation grouped by order (A3): each order's messages together, oldest first, then no-order mail. */
    static java.util.List<MessageSummary> grouped(java.util.List<MessageSummary> thread) {
        java.util.Map<String, java.util.List<MessageSummary>> byOrder = new java.util.LinkedHashMap<>();
        thread.stream().sorted(java.util.Comparator.comparing(MessageSummary::time))
                .forEach(m -> byOrder.computeIfAbsent(m.orderId() == null ? "" : m.orderId(),
                        k -> new java.util.ArrayList<>()).add(m));
        java.util.List<MessageSummary> out = new java.util.ArrayList<>();
        byOrder.entrySet().stream().filter(e -> !e.getKey().isEmpty()).forEach(e -> out.addAll(e.getValue()));
        out.addAll(byOrder.getOrDefault("", java.util.List.of()));
        return out;
    }

    /**
     * Who wrote the message, as "Name <address>". Replies sent from RelayDesk carry no name in their
     * From, so the seller's own show the shop's name; without any name the address stands alone —
     * never an empty name or "<>".
     */
    static String fromLine(MessageDetail shown, String sellerName) {
        String name = blankToEmpty(shown.fromName());
        String address = blankToEmpty(shown.fromAddress());
        if (name.isEmpty() && (shown.summary().sentBySeller() || shown.delivery() != null)) {
            name = blankToEmpty(sellerName);
        }
        if (name.equalsIgnoreCase(address)) {
            name = ""; // a session without a shop name knows the seller by their address
        }
        if (address.isEmpty()) {
            return name.isEmpty() ? "Unknown sender" : name;
        }
        return name.isEmpty() ? address : name + " <" + address + ">";
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private void show(MessageDetail shown, ShownText text) {
        detail.set(shown);
        loadedImages.clear();
        remoteImages = java.util.List.of();
        attachments.setAll(shown == null ? java.util.List.of() : shown.attachments());
        if (shown == null) {
            from.set("");
            meta.set("");
            showText(ShownText.NONE);
            heldBack.set("");
            delivery.set("");
            return;
        }
        from.set(fromLine(shown, sellerName));
        String order = shown.summary().orderId() == null ? "no order ID" : "Order " + shown.summary().orderId();
        meta.set(WHEN.withZone(zone).format(shown.summary().time()) + "  ·  " + order
                + (shown.toAddress() == null ? "" : "  ·  to " + shown.toAddress()));
        delivery.set(shown.delivery() == null ? "" : deliveryLine(shown));
        showText(text);
        heldBack.set(text.rendered() == null ? "" : heldBackLine(text.rendered()));
        remoteImages = text.remoteImages();
        if (text.leftOut() > 0) {
            heldBack.set(String.format(java.util.Locale.ROOT, "This message is very long: the first %,d characters are "
                    + "shown, %,d more are not.", ShownText.LIMIT, text.leftOut())
                    + (heldBack.get().isEmpty() ? "" : " " + heldBack.get()));
        }
        if (shown.damage() != null) {
            heldBack.set("Part of this message could not be read (" + shown.damage() + "); what could be read is shown."
                    + (heldBack.get().isEmpty() ? "" : " " + heldBack.get()));
        }
    }

    /** A new message's text: its own words first, the whole of it when the user asks. */
    private void showText(ShownText text) {
        wholeText = text.whole();
        readable = text.readable();
        shortened.set(readable.shortened());
        showWholeMessage(false);
    }

    /** Shows the whole text (relay banners, footer, the earlier mail quoted), or only the writer's words. */
    public void showWholeMessage(boolean whole) {
        wholeShown.set(whole && readable.shortened());
        body.set(wholeShown.get() ? wholeText : readable.words());
    }

    /** True when the text shown leaves out the relay's wrapping or quoted earlier mail. */
    public ReadOnlyBooleanProperty shortenedProperty() {
        return shortened.getReadOnlyProperty();
    }

    /** True while the whole text is shown instead of the writer's words. */
    public ReadOnlyBooleanProperty wholeShownProperty() {
        return wholeShown.getReadOnlyProperty();
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

    public void setUnreadAction(Runnable markUnread) {
        this.unreadAction = markUnread;
    }

    public void markUnread() {
        unreadAction.run();
    }

    public void noResponseNeeded() {
        noResponseAction.run();
    }

    public javafx.beans.property.IntegerProperty actedOnProperty() {
        return actedOn;
    }

    public void report() {
        reportAction.run();
    }

    /** Every message with this buyer, grouped by order. */
    public ObservableList<MessageSummary> conversation() {
        return conversation;
    }

    /** The order the message is about, when the order report has it. */
    public ObjectProperty<com.relaydesk.model.Order> orderProperty() {
        return order;
    }

    /**
     * Set when the message names an order the imported report does not have: where the order panel
     * would be, what importing the report gives and where to do it. Empty otherwise.
     */
    public ReadOnlyStringProperty orderMissingProperty() {
        return orderMissing.getReadOnlyProperty();
    }

    static String orderMissing(String orderId) {
        return "Order " + orderId + " is not in RelayDesk yet. Import your orders report (menu → Import orders report…)"
                + " to see its status and tracking here and to fill the templates' order details.";
    }

    /** One line for the order panel: status, channel, where it goes. */
    public static String orderLine(com.relaydesk.model.Order o) {
        String channel = o.channel() == com.relaydesk.model.FulfillmentChannel.MARKETPLACE
                ? "Fulfilled by the marketplace" : "Shipped by you";
        String place = java.util.stream.Stream.of(o.shipCity(), o.shipCountry())
                .filter(x -> x != null && !x.isBlank()).collect(java.util.stream.Collectors.joining(", "));
        return o.status().name().charAt(0) + o.status().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                + "  ·  " + channel + (o.handmadeOrCustom() ? "  ·  Handmade/Custom" : "")
                + (place.isEmpty() ? "" : "  ·  to " + place)
                + (o.trackingNumber() == null ? "" : "  ·  tracking " + o.trackingNumber());
    }

    public ObjectProperty<MessageDetail> detailProperty() {
        return detail;
    }

    /** The selected message is the seller's own, in Sent: no triage buttons. */
    public BooleanBinding sentBySellerProperty() {
        return sentBySeller;
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
