package com.relaydesk.relay;

import java.nio.file.Path;
import java.util.List;

/**
 * A relay that is running: where to connect, as whom, where the orders are. Closing it stops the
 * servers and the buyer simulation and removes a temporary order file.
 */
public interface RunningRelay extends AutoCloseable {

    /** The address both servers listen on (loopback unless configured otherwise). */
    String host();

    int imapPort();

    int smtpPort();

    /** The seller's address: IMAP/SMTP login and registered messaging address (B1). */
    String sellerAddress();

    String sellerPassword();

    /** The password of every buyer's mailbox (login: the alias), for showing what a buyer received. */
    String buyerPassword();

    /** The order report (TSV, "All Orders" format) of the relay's world. */
    Path ordersFile();

    /** B8: what happened to each submitted message so far, oldest first. */
    List<DeliveryRecord> deliveries();

    /** Everything a relay of the same world needs to go on from here ({@link EmbeddedRelay#start(RelayConfig, RelaySnapshot)}). */
    RelaySnapshot snapshot();

    /**
     * A number that changes whenever a snapshot would: a message arrived, went or had its flags
     * changed, or the relay decided on one. Cheap; a saver compares it with the last saved one.
     */
    long changeMark();

    /** Stops everything; safe to call twice. */
    @Override
    void close();
}
