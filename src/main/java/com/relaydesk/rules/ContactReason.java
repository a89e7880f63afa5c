package com.relaydesk.rules;

import static com.relaydesk.model.OrderStatus.DELIVERED;
import static com.relaydesk.model.OrderStatus.PENDING;
import static com.relaydesk.model.OrderStatus.RETURNED;
import static com.relaydesk.model.OrderStatus.SHIPPED;
import static com.relaydesk.model.OrderStatus.UNSHIPPED;

import com.relaydesk.model.OrderStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Seller Central contact reasons and the order statuses that offer each (B7) — the one table
 * in the code; the compose view shows it and the CLI takes its kebab-case names.
 *
 * <p>Decisions recorded here: no reason is offered for a canceled order (B6); return and
 * refund reasons only once the order has shipped (F: "no return-related contact before the
 * order is shipped"); the critical reasons of C1 only while they can still change the outcome.
 * {@link #ADDITIONAL_INFORMATION_REQUIRED} is Seller Central's "Other" reason with the subject
 * "Additional Information Required", the critical route past an opt-out (B2, exception 3).
 */
public enum ContactReason {
    ORDER_INFORMATION("Order information", false, PENDING, UNSHIPPED, SHIPPED, DELIVERED, RETURNED),
    SHIPPING_QUESTION("Shipping question", false, UNSHIPPED, SHIPPED),
    DELIVERY_SCHEDULING("Schedule a delivery", true, UNSHIPPED, SHIPPED),
    CUSTOMIZATION("Confirm customization details", true, PENDING, UNSHIPPED),
    ADDRESS_PROBLEM("Problem with the shipping address", true, PENDING, UNSHIPPED, SHIPPED),
    UNEXPECTED_PROBLEM("Unexpected problem", false, PENDING, UNSHIPPED, SHIPPED, DELIVERED),
    INVOICE("Send an invoice", false, SHIPPED, DELIVERED, RETURNED),
    RETURN("Return", false, SHIPPED, DELIVERED, RETURNED),
    REFUND("Refund", false, SHIPPED, DELIVERED, RETURNED),
    ADDITIONAL_INFORMATION_REQUIRED("Additional Information Required", true, PENDING, UNSHIPPED, SHIPPED),
    OTHER("Other", false, PENDING, UNSHIPPED, SHIPPED, DELIVERED, RETURNED);

    private final String label;
    private final boolean critical;
    private final Set<OrderStatus> offeredFor;

    ContactReason(String label, boolean critical, OrderStatus... offeredFor) {
        this.label = label;
        this.critical = critical;
        this.offeredFor = EnumSet.copyOf(Arrays.asList(offeredFor));
    }

    /** As Seller Central shows it. */
    public String label() {
        return label;
    }

    /** Whether the reason is one of the critical kinds of C1 (or their route, B2.3). */
    public boolean critical() {
        return critical;
    }

    /** {@code additional-information-required}: the name the command line takes. */
    public String kebabName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isOfferedFor(OrderStatus status) {
        return offeredFor.contains(status);
    }

    /** The reasons Seller Central offers for an order in this status, in table order. */
    public static List<ContactReason> offeredFor(OrderStatus status) {
        return Arrays.stream(values()).filter(reason -> reason.isOfferedFor(status)).toList();
    }

    public static Optional<ContactReason> fromKebabName(String name) {
        return Arrays.stream(values()).filter(reason -> reason.kebabName().equals(name)).findFirst();
    }
}
