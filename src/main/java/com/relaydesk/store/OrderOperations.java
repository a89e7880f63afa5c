package com.relaydesk.store;

import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import com.relaydesk.model.OrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orders in the cache (A4: found by ID, or by the buyer's alias when a message names none).
 * Saving is idempotent: an order already stored with the same values is left alone, so importing
 * the same report twice changes nothing.
 */
public final class OrderOperations {

    /** What a save did: orders new to the cache, orders whose values changed, orders already as given. */
    public record SaveResult(int imported, int updated, int unchanged) { }

    private static final String COLUMNS = "order_id, purchase_date, status, channel, handmade, buyer_name, buyer_alias,"
            + " ship_city, ship_postal_code, ship_country, carrier, tracking_number, delivery_date";

    private final Database db;

    public OrderOperations(Database db) {
        this.db = db;
    }

    /** Saves the orders in one transaction: all of them or, on failure, none. */
    public SaveResult save(List<Order> orders) {
        return db.durableTransaction("save " + orders.size() + " orders", c -> {
            int imported = 0;
            int updated = 0;
            int unchanged = 0;
            for (Order order : orders) {
                Order normalized = normalized(order);
                Optional<Order> existing = load(c, normalized.orderId());
                if (existing.isPresent() && existing.get().equals(normalized)) {
                    unchanged++;
                    continue;
                }
                write(c, normalized);
                if (normalized.buyerName() != null
                        && !normalized.buyerName().equals(existing.map(Order::buyerName).orElse(null))) {
                    MessageWriter.reindexOrder(c, normalized.orderId());
                }
                if (existing.isPresent()) {
                    updated++;
                } else {
                    imported++;
                }
            }
            AuditOperations.write(c, "seller", "orders imported", null,
                    imported + " new, " + updated + " updated, " + unchanged + " unchanged");
            return new SaveResult(imported, updated, unchanged);
        });
    }

    public Optional<Order> find(String orderId) {
        return db.read("read the order " + orderId, c -> load(c, orderId));
    }

    /** The buyer's orders, newest first (A4: the order of a message that names none). */
    public List<Order> forAlias(String alias) {
        String bare = RelayAddresses.bareAddress(alias);
        return db.read("read the orders of " + bare, c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT order_id FROM orders WHERE buyer_alias = ? ORDER BY purchase_date DESC, order_id")) {
                s.setString(1, bare);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            List<Order> orders = new ArrayList<>();
            for (String id : ids) {
                load(c, id).ifPresent(orders::add);
            }
            return orders;
        });
    }

    public int count() {
        return db.read("count the orders", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM orders"); ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The order as it reads back from the cache (alias in canonical form, times in milliseconds). */
    private static Order normalized(Order o) {
        Instant purchase = o.purchaseDate() == null ? null : Instant.ofEpochMilli(o.purchaseDate().toEpochMilli());
        return new Order(o.orderId(), purchase, o.status(), o.channel(), o.handmadeOrCustom(), o.buyerName(),
                RelayAddresses.bareAddress(o.buyerAlias()), o.items(), o.shipCity(), o.shipPostalCode(), o.shipCountry(),
                o.carrier(), o.trackingNumber(), o.deliveryDate());
    }

    private static void write(Connection c, Order o) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO orders (" + COLUMNS + ", updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            s.setString(i++, o.orderId());
            if (o.purchaseDate() == null) {
                s.setNull(i++, Types.INTEGER);
            } else {
                s.setLong(i++, o.purchaseDate().toEpochMilli());
            }
            s.setString(i++, o.status().name());
            s.setString(i++, o.channel() == null ? null : o.channel().name());
            s.setInt(i++, o.handmadeOrCustom() ? 1 : 0);
            s.setString(i++, o.buyerName());
            s.setString(i++, o.buyerAlias());
            s.setString(i++, o.shipCity());
            s.setString(i++, o.shipPostalCode());
            s.setString(i++, o.shipCountry());
            s.setString(i++, o.carrier());
            s.setString(i++, o.trackingNumber());
            s.setString(i++, o.deliveryDate() == null ? null : o.deliveryDate().toString());
            s.setLong(i, Instant.now().toEpochMilli());
            s.executeUpdate();
        }
        // INSERT OR REPLACE deleted the old row, and its items with it (ON DELETE CASCADE).
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO order_items (order_id, line, sku, asin, title, quantity) VALUES (?, ?, ?, ?, ?, ?)")) {
            int line = 0;
            for (OrderItem item : o.items()) {
                s.setString(1, o.orderId());
                s.setInt(2, line++);
                s.setString(3, item.sku());
                s.setString(4, item.asin());
                s.setString(5, item.title());
                s.setInt(6, item.quantity());
                s.executeUpdate();
            }
        }
    }

    private static Optional<Order> load(Connection c, String orderId) throws SQLException {
        List<OrderItem> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT sku, asin, title, quantity FROM order_items WHERE order_id = ? ORDER BY line")) {
            s.setString(1, orderId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(new OrderItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM orders WHERE order_id = ?")) {
            s.setString(1, orderId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long purchase = rs.getLong(2);
                Instant purchaseDate = rs.wasNull() ? null : Instant.ofEpochMilli(purchase);
                String channel = rs.getString(4);
                String delivery = rs.getString(13);
                return Optional.of(new Order(rs.getString(1), purchaseDate, OrderStatus.valueOf(rs.getString(3)),
                        channel == null ? null : FulfillmentChannel.valueOf(channel), rs.getInt(5) == 1, rs.getString(6),
                        rs.getString(7), items, rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), delivery == null ? null : LocalDate.parse(delivery)));
            }
        }
    }

    private static final String REPORT_HANDLED = "orders.report-handled";

    /**
     * Up to when downloaded reports were imported or declined (their files' modification time):
     * a report written after it is new. {@link Instant#EPOCH} when none was.
     */
    public Instant reportsHandledUntil() {
        return new DeskSettings(db).get(REPORT_HANDLED).map(Long::parseLong).map(Instant::ofEpochMilli)
                .orElse(Instant.EPOCH);
    }

    /** A report written at {@code modified} was imported or declined: it and older ones are not offered again. */
    public void reportHandled(Instant modified) {
        if (modified.isAfter(reportsHandledUntil())) {
            new DeskSettings(db).set(REPORT_HANDLED, Long.toString(modified.toEpochMilli()));
        }
    }
}
