package com.relaydesk.relay;

import com.relaydesk.model.Order;
import com.relaydesk.rules.Aliases;
import com.relaydesk.rules.RelayFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the running relay knows: buyers, orders, which messages buyers wrote (B2 exception 1) and
 * how many messages went out today (B5). Thread-safe: SMTP sessions and the scheduler share it.
 */
final class RelayState implements RelayFacts {

    private final Map<String, Buyer> buyersByAlias = new HashMap<>();
    private final Map<String, Order> ordersById = new HashMap<>();
    private final Map<String, List<Order>> ordersByAlias = new HashMap<>();
    private final Set<String> buyerMessages = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final ZoneId zone;
    private LocalDate day;
    private int sentOnDay;

    RelayState(RelayWorld world, Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        for (Buyer buyer : world.buyers()) {
            buyersByAlias.put(key(buyer.alias()), buyer);
        }
        for (Order order : world.orders()) {
            ordersById.put(order.orderId(), order);
            if (order.buyerAlias() != null) {
                ordersByAlias.computeIfAbsent(key(order.buyerAlias()), k -> new java.util.ArrayList<>()).add(order);
            }
        }
        Comparator<Order> newestFirst = Comparator.comparing(Order::purchaseDate,
                Comparator.nullsLast(Comparator.reverseOrder()));
        ordersByAlias.values().forEach(list -> list.sort(newestFirst));
    }

    Optional<Buyer> buyer(String alias) {
        return Optional.ofNullable(buyersByAlias.get(key(alias)));
    }

    /** A4: the order the message names, else the buyer's most recent one. */
    Optional<Order> orderFor(String alias, Optional<String> namedOrderId) {
        if (namedOrderId.isPresent() && ordersById.containsKey(namedOrderId.get())) {
            return Optional.of(ordersById.get(namedOrderId.get()));
        }
        List<Order> orders = ordersByAlias.getOrDefault(key(alias), List.of());
        return orders.isEmpty() ? Optional.empty() : Optional.of(orders.get(0));
    }

    void recordBuyerMessage(String alias, String messageId) {
        if (alias != null && messageId != null) {
            buyerMessages.add(key(alias) + "\n" + messageId.trim());
        }
    }

    synchronized void recordSent() {
        rollDay();
        sentOnDay++;
    }

    @Override
    public boolean knowsBuyer(String alias) {
        return buyersByAlias.containsKey(key(alias));
    }

    @Override
    public boolean unreachable(String alias) {
        return buyer(alias).map(Buyer::unreachable).orElse(true);
    }

    @Override
    public boolean optedOut(String alias) {
        return buyer(alias).map(Buyer::optedOut).orElse(false);
    }

    @Override
    public boolean buyerWrote(String alias, String messageId) {
        return messageId != null && buyerMessages.contains(key(alias) + "\n" + messageId.trim());
    }

    @Override
    public synchronized int sentToday() {
        rollDay();
        return sentOnDay;
    }

    /** B5: the count starts again on each of the seller's marketplace days. */
    private void rollDay() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!today.equals(day)) {
            day = today;
            sentOnDay = 0;
        }
    }

    private static String key(String alias) {
        return Aliases.normalize(alias).orElse(alias == null ? "" : alias.trim().toLowerCase(Locale.ROOT));
    }

    /** Which buyer wrote which message, as kept (a snapshot stores them as they are). */
    Set<String> buyerMessages() {
        return Set.copyOf(buyerMessages);
    }

    synchronized LocalDate day() {
        return day;
    }

    synchronized int sentOnDay() {
        return sentOnDay;
    }

    /** Goes on from a snapshot: the buyers' messages it knew and the day's count (B5 rolls it over if the day is past). */
    synchronized void restore(Set<String> savedBuyerMessages, LocalDate savedDay, int savedSentOnDay) {
        buyerMessages.addAll(savedBuyerMessages);
        day = savedDay;
        sentOnDay = savedSentOnDay;
    }

    Set<String> aliases() {
        return new HashSet<>(buyersByAlias.keySet());
    }
}
