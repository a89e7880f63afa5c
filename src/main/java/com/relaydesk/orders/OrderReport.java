package com.relaydesk.orders;

import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.OrderIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The seller's order report: the marketplace's tab-separated "All Orders" report, one row per
 * order line, with a header row. The demo relay writes it and the order import reads it.
 *
 * <p>Columns read: {@code amazon-order-id, purchase-date, order-status, fulfillment-channel,
 * product-name, sku, asin, quantity, ship-city, ship-postal-code, ship-country}, and the
 * optional {@code buyer-name, buyer-alias} (a RelayDesk extension), {@code tracking-number,
 * carrier, delivery-date, is-handmade}. Columns may come in any order; unknown columns are
 * ignored. Rows of one order (several items) share its ID and are merged.
 *
 * <p>Values: {@code purchase-date} ISO-8601 with offset ({@code 2026-11-02T09:15:00+00:00});
 * {@code order-status} Pending, Unshipped, Shipped, Delivered, Cancelled (or Canceled), Returned;
 * {@code fulfillment-channel} Amazon/AFN or Merchant/MFN; {@code delivery-date} ISO date;
 * {@code is-handmade} true/false.
 */
public final class OrderReport {

    public static final List<String> COLUMNS = List.of(
            "amazon-order-id", "purchase-date", "order-status", "fulfillment-channel", "product-name",
            "sku", "asin", "quantity", "ship-city", "ship-postal-code", "ship-country",
            "buyer-name", "buyer-alias", "tracking-number", "carrier", "delivery-date", "is-handmade");

    static final List<String> REQUIRED = List.of("amazon-order-id", "purchase-date", "order-status");

    /** A row that could not be read: its 1-based line number in the file and why. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    /** What a read found: the orders, in file order, and the rows it had to skip. */
    public record ReadResult(List<Order> orders, List<Problem> problems) {
        public ReadResult {
            orders = List.copyOf(orders);
            problems = List.copyOf(problems);
        }
    }

    private OrderReport() {
    }

    /** Whether {@code firstLine} is the header row of an All Orders report (the columns an import needs). */
    public static boolean isHeader(String firstLine) {
        return firstLine != null && columns(firstLine).keySet().containsAll(REQUIRED);
    }

    /** The header row's columns by name (lower case), the first of a repeated name winning; a byte-order mark is skipped. */
    private static Map<String, Integer> columns(String headerLine) {
        String line = !headerLine.isEmpty() && headerLine.charAt(0) == '\uFEFF' ? headerLine.substring(1) : headerLine;
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    /**
     * Reads a report. A file without the required header columns is one problem on line 1 and no
     * orders; a bad row is a problem with its line number and the other rows still count.
     */
    public static ReadResult read(Reader source) {
        try {
            BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
            String headerLine = reader.readLine();
            if (headerLine == null) {
                return new ReadResult(List.of(), List.of(new Problem(1, "the file is empty; expected a header row")));
            }
            Map<String, Integer> columns = columns(headerLine);
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new ReadResult(List.of(), List.of(new Problem(1,
                        "the header row lacks " + String.join(", ", missing) + "; is this an All Orders report?")));
            }
            Map<String, Order> orders = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Order order = parseRow(new Row(line.split("\t", -1), columns));
                    orders.merge(order.orderId(), order, OrderReport::mergeItems);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(lineNumber, e.getMessage()));
                }
            }
            return new ReadResult(new ArrayList<>(orders.values()), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a report with every column of {@link #COLUMNS}, one row per order item. */
    public static void write(List<Order> orders, Writer target) {
        try {
            target.write(String.join("\t", COLUMNS));
            target.write("\n");
            for (Order order : orders) {
                List<OrderItem> items = order.items().isEmpty() ? List.of(new OrderItem("", "", "", 0)) : order.items();
                for (OrderItem item : items) {
                    List<String> cells = List.of(order.orderId(), order.purchaseDate() == null ? "" : order.purchaseDate().toString(),
                            statusText(order.status()), channelText(order.channel()), item.title(), nz(item.sku()),
                            nz(item.asin()), Integer.toString(item.quantity()), nz(order.shipCity()),
                            nz(order.shipPostalCode()), nz(order.shipCountry()), nz(order.buyerName()),
                            nz(order.buyerAlias()), nz(order.trackingNumber()), nz(order.carrier()),
                            order.deliveryDate() == null ? "" : order.deliveryDate().toString(),
                            Boolean.toString(order.handmadeOrCustom()));
                    target.write(String.join("\t", cells.stream().map(OrderReport::clean).toList()));
                    target.write("\n");
                }
            }
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's word for a status: {@code Cancelled} as the marketplace spells it. */
    public static String statusText(OrderStatus status) {
        return switch (status) {
            case PENDING -> "Pending";
            case UNSHIPPED -> "Unshipped";
            case SHIPPED -> "Shipped";
            case DELIVERED -> "Delivered";
            case CANCELED -> "Cancelled";
            case RETURNED -> "Returned";
        };
    }

    static OrderStatus parseStatus(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        return switch (s) {
            case "pending", "pending-availability" -> OrderStatus.PENDING;
            case "unshipped", "partiallyshipped", "partially-shipped" -> OrderStatus.UNSHIPPED;
            case "shipped", "shipping" -> OrderStatus.SHIPPED;
            case "delivered" -> OrderStatus.DELIVERED;
            case "cancelled", "canceled" -> OrderStatus.CANCELED;
            case "returned" -> OrderStatus.RETURNED;
            default -> throw new IllegalArgumentException("unknown order-status \"" + text + "\"");
        };
    }

    static String channelText(FulfillmentChannel channel) {
        return channel == null ? "" : channel == FulfillmentChannel.MARKETPLACE ? "Amazon" : "Merchant";
    }

    static FulfillmentChannel parseChannel(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "amazon", "afn" -> FulfillmentChannel.MARKETPLACE;
            case "merchant", "mfn" -> FulfillmentChannel.MERCHANT;
            default -> throw new IllegalArgumentException("unknown fulfillment-channel \"" + text + "\"");
        };
    }

    private static Order parseRow(Row row) {
        String id = row.get("amazon-order-id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("amazon-order-id is empty");
        }
        if (!OrderIds.isOrderId(id)) {
            throw new IllegalArgumentException("amazon-order-id \"" + id + "\" is not an order ID like 113-4455667-8899001 (A4)");
        }
        String purchase = row.get("purchase-date");
        Instant purchaseDate;
        try {
            purchaseDate = purchase.isEmpty() ? null : OffsetDateTime.parse(purchase).toInstant();
        } catch (DateTimeParseException e) {
            try {
                purchaseDate = Instant.parse(purchase);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("purchase-date \"" + purchase
                        + "\" is not a date and time like 2026-11-02T09:15:00+00:00");
            }
        }
        OrderStatus status = parseStatus(row.get("order-status"));
        String quantityText = row.get("quantity");
        int quantity;
        try {
            quantity = quantityText.isEmpty() ? 1 : Integer.parseInt(quantityText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quantity \"" + quantityText + "\" is not a number");
        }
        List<OrderItem> items = row.get("product-name").isEmpty() && row.get("sku").isEmpty() ? List.of()
                : List.of(new OrderItem(row.get("sku"), row.get("asin"), row.get("product-name"), quantity));
        String delivery = row.get("delivery-date");
        LocalDate deliveryDate;
        try {
            deliveryDate = delivery.isEmpty() ? null : LocalDate.parse(delivery);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("delivery-date \"" + delivery + "\" is not a date like 2026-11-05");
        }
        return new Order(id, purchaseDate, status, parseChannel(row.get("fulfillment-channel")),
                Boolean.parseBoolean(row.get("is-handmade")) || "yes".equalsIgnoreCase(row.get("is-handmade")),
                nullIfEmpty(row.get("buyer-name")), nullIfEmpty(row.get("buyer-alias")), items,
                nullIfEmpty(row.get("ship-city")), nullIfEmpty(row.get("ship-postal-code")),
                nullIfEmpty(row.get("ship-country")), nullIfEmpty(row.get("carrier")),
                nullIfEmpty(row.get("tracking-number")), deliveryDate);
    }

    private static Order mergeItems(Order first, Order more) {
        List<OrderItem> items = new ArrayList<>(first.items());
        items.addAll(more.items());
        return new Order(first.orderId(), first.purchaseDate(), first.status(), first.channel(), first.handmadeOrCustom(),
                first.buyerName(), first.buyerAlias(), items, first.shipCity(), first.shipPostalCode(),
                first.shipCountry(), first.carrier(), first.trackingNumber(), first.deliveryDate());
    }

    private record Row(String[] cells, Map<String, Integer> columns) {
        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.length ? "" : cells[i].trim();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Tabs and line breaks would break the row: they become spaces. */
    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
