package com.relaydesk.relay;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How to start the embedded relay. Start from {@link #of(RelayWorld)} and change what differs.
 *
 * @param imapPort           IMAP port on the bind address; 0 picks a free port
 * @param smtpPort           SMTP port on the bind address; 0 picks a free port
 * @param bounceBacks        opt-out bounce-backs on (B3); off, blocked messages vanish silently
 * @param dailyLimit         messages per day (B5); 0 computes it from the world's orders
 * @param dailyLimitWindow   days of past orders the B5 average is taken over
 * @param ordersFile         where the order report is written; null: a temporary file, removed on close
 * @param traffic            buyers acting on their own (new inquiries, answers)
 * @param inquiryInterval    time between new inquiries; zero for none
 * @param answerDelay        how long a buyer takes to answer a delivered message
 * @param copyToSent         whether the relay files each submitted message in the seller's Sent
 *                           with its delivery status (B8)
 * @param tls                the key IMAP and SMTP are served with over implicit TLS (IMAPS, SMTPS);
 *                           null for plain IMAP and SMTP, as on loopback
 */
public record RelayConfig(RelayWorld world, String bindAddress, int imapPort, int smtpPort, boolean bounceBacks,
        int dailyLimit, int dailyLimitWindow, ZoneId marketplaceZone, Clock clock, Path ordersFile,
        BuyerTraffic traffic, Duration inquiryInterval, Duration answerDelay, boolean copyToSent,
        TlsIdentity tls) {

    public static final String LOOPBACK = "127.0.0.1";

    public RelayConfig {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(bindAddress, "bindAddress");
        checkPort(imapPort, "IMAP");
        checkPort(smtpPort, "SMTP");
        Objects.requireNonNull(marketplaceZone, "marketplaceZone");
        Objects.requireNonNull(clock, "clock");
        traffic = traffic == null ? BuyerTraffic.NONE : traffic;
        inquiryInterval = inquiryInterval == null ? Duration.ZERO : inquiryInterval;
        answerDelay = answerDelay == null ? Duration.ZERO : answerDelay;
    }

    /** Loopback, free ports, bounce-backs on, limit from orders over 30 days, UTC, no buyer traffic. */
    public static RelayConfig of(RelayWorld world) {
        return new RelayConfig(world, LOOPBACK, 0, 0, true, 0, com.relaydesk.rules.DailyLimit.DEFAULT_WINDOW_DAYS,
                ZoneOffset.UTC, Clock.systemUTC(), null, BuyerTraffic.NONE, Duration.ZERO, Duration.ZERO, true, null);
    }

    public RelayConfig withPorts(int imap, int smtp) {
        return new RelayConfig(world, bindAddress, imap, smtp, bounceBacks, dailyLimit, dailyLimitWindow,
                marketplaceZone, clock, ordersFile, traffic, inquiryInterval, answerDelay, copyToSent, tls);
    }

    /** Another address to listen on; the default is loopback, this computer only. */
    public RelayConfig withBindAddress(String address) {
        return new RelayConfig(world, address, imapPort, smtpPort, bounceBacks, dailyLimit, dailyLimitWindow,
                marketplaceZone, clock, ordersFile, traffic, inquiryInterval, answerDelay, copyToSent, tls);
    }

    public RelayConfig withBounceBacks(boolean on) {
        return new RelayConfig(world, bindAddress, imapPort, smtpPort, on, dailyLimit, dailyLimitWindow,
                marketplaceZone, clock, ordersFile, traffic, inquiryInterval, answerDelay, copyToSent, tls);
    }

    public RelayConfig withDailyLimit(int limit) {
        return new RelayConfig(world, bindAddress, imapPort, smtpPort, bounceBacks, limit, dailyLimitWindow,
                marketplaceZone, clock, ordersFile, traffic, inquiryInterval, answerDelay, copyToSent, tls);
    }

    public RelayConfig withOrdersFile(Path file) {
        return new RelayConfig(world, bindAddress, imapPort, smtpPort, bounceBacks, dailyLimit, dailyLimitWindow,
                marketplaceZone, clock, file, traffic, inquiryInterval, answerDelay, copyToSent, tls);
    }

    public RelayConfig withClock(Clock newClock) {
        return new RelayConfig(world, bindAddress, imapPort, smtpPort, bounceBacks, dailyLimit, dailyLimitWindow,
                marketplaceZone, newClock, ordersFile, traffic, inquiryInterval, answerDelay, copyToSent, tls);
    }

    public RelayConfig withTraffic(BuyerTraffic buyers, Duration everyInquiry, Duration answerAfter) {
        return new RelayConfig(world, bindAddress, imapPort, smtpPort, bounceBacks, dailyLimit, dailyLimitWindow,
                marketplaceZone, clock, ordersFile, buyers, everyInquiry, answerAfter, copyToSent, tls);
    }

    public RelayConfig withCopyToSent(boolean copy) {
        return new RelayConfig(world, bindAddress, imapPort, smtpPort, bounceBacks, dailyLimit, dailyLimitWindow,
                marketplaceZone, clock, ordersFile, traffic, inquiryInterval, answerDelay, copy, tls);
    }

    /** Serves IMAPS and SMTPS with this key instead of plain IMAP and SMTP. */
    public RelayConfig withTls(TlsIdentity identity) {
        return new RelayConfig(world, bindAddress, imapPort, smtpPort, bounceBacks, dailyLimit, dailyLimitWindow,
                marketplaceZone, clock, ordersFile, traffic, inquiryInterval, answerDelay, copyToSent, identity);
    }

    private static void checkPort(int port, String what) {
        if (port < 0 || port > 65535) {
            throw new com.relaydesk.platform.UserFacingException(
                    "The " + what + " port must be 0 (any free port) or 1–65535, not " + port + ".");
        }
    }
}
