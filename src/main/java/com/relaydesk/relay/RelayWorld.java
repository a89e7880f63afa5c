package com.relaydesk.relay;

import com.relaydesk.model.Order;
import java.util.List;
import java.util.Objects;

/**
 * Everything the relay holds when it starts: the seller, the buyers, their orders and the mail
 * already in the mailboxes. The demo generator makes one; tests build small ones by hand.
 */
public record RelayWorld(Seller seller, List<Buyer> buyers, List<Order> orders, List<MailItem> mail) {

    public RelayWorld {
        Objects.requireNonNull(seller, "seller");
        buyers = List.copyOf(buyers);
        orders = List.copyOf(orders);
        mail = List.copyOf(mail);
    }
}
