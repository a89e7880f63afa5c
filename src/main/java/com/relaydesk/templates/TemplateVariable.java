package com.relaydesk.templates;

import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The variables a template may use (E5), each filled from the order or the seller's name. */
public enum TemplateVariable {
    ORDER_ID("order.id", "the order ID"),
    ORDER_TRACKING("order.tracking", "the tracking number"),
    ORDER_DELIVERY_DATE("order.deliveryDate", "the delivery date"),
    ORDER_CARRIER("order.carrier", "the carrier"),
    BUYER_NAME("buyer.name", "the buyer's name"),
    ITEM_TITLE("item.title", "the item's title"),
    SELLER_NAME("seller.name", "your shop's name");

    /**
     * Where the seller gives {@link #SELLER_NAME}'s value, as the findings about it say: the preview's
     * and the reply's both point there.
     */
    public static final String SHOP_NAME_SETTING = "Shop name in menu → Mailbox settings…";

    private final String key;
    private final String description;

    TemplateVariable(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** As written between the braces: {@code order.id}. */
    public String key() {
        return key;
    }

    /** What it stands for, for the seller: "the tracking number". */
    public String description() {
        return description;
    }

    public static Optional<TemplateVariable> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }

    /** The value for this order, or empty when the order does not carry it. */
    public Optional<String> valueFor(Order order, String sellerName, Locale locale) {
        return valueFor(order, MessageFacts.NONE, sellerName, locale);
    }

    /**
     * The value for this order; the order ID and the buyer's name come from the message when the
     * order is not imported (or the report has no buyer name). Empty when neither carries it.
     */
    public Optional<String> valueFor(Order order, MessageFacts message, String sellerName, Locale locale) {
        String value = switch (this) {
            case ORDER_ID -> order == null ? message.orderId() : order.orderId();
            case ORDER_TRACKING -> order == null ? null : order.trackingNumber();
            case ORDER_DELIVERY_DATE -> order == null || order.deliveryDate() == null ? null
                    : order.deliveryDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            case ORDER_CARRIER -> order == null ? null : order.carrier();
            case BUYER_NAME -> order == null || order.buyerName() == null || order.buyerName().isBlank()
                    ? message.buyerName() : order.buyerName();
            case ITEM_TITLE -> order == null || order.items().isEmpty() ? null : itemTitle(order);
            case SELLER_NAME -> sellerName;
        };
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String itemTitle(Order order) {
        OrderItem first = order.items().get(0);
        return first.title();
    }
}
