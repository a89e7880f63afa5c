package com.relaydesk.relay;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.relaydesk.model.Order;
import com.relaydesk.orders.OrderReport;
import com.relaydesk.platform.AtomicFile;
import com.relaydesk.platform.FileWriteFailure;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.rules.DailyLimit;
import com.relaydesk.rules.SellerAccount;
import com.relaydesk.rules.SendRules;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded offline relay: a real IMAP and SMTP server on loopback (GreenMail) holding the
 * seller's mailbox and one per buyer, with the relay rules in front of SMTP.
 */
public final class EmbeddedRelay {

    private static final Logger LOG = Logger.getLogger(EmbeddedRelay.class.getName());

    private EmbeddedRelay() {
    }

    /**
     * Starts the relay with its world in place and the order report written.
     *
     * @throws UserFacingException when a chosen port is taken or the servers cannot start
     */
    public static RunningRelay start(RelayConfig config) {
        return start(config, null);
    }

    /**
     * Starts the relay where a snapshot of it stopped: the snapshot's mail, flags and rule state
     * instead of the world's mail (the world still gives the seller, the buyers and the orders).
     * Each folder keeps its UIDVALIDITY, UIDs and UIDNEXT, so IMAP clients keep their caches; a
     * snapshot without them ({@link RelaySnapshot#withoutUids()}, an older file) gives new UIDVALIDITYs.
     *
     * @param from a snapshot of a relay of the same world; null starts with the world's mail
     * @throws UserFacingException when a chosen port is taken or the servers cannot start
     */
    public static RunningRelay start(RelayConfig config, RelaySnapshot from) {
        return start(config, from, GreenMailUidFields.IN_GREENMAIL);
    }

    /** For tests: resumes with UID fields looked up elsewhere, as after a GreenMail upgrade moved them. */
    static RunningRelay start(RelayConfig config, RelaySnapshot from, GreenMailUidFields uidFields) {
        Objects.requireNonNull(config, "config");
        PortCheck.ensureFree(config.bindAddress(), config.imapPort(), "IMAP");
        PortCheck.ensureFree(config.bindAddress(), config.smtpPort(), "SMTP");
        RelayWorld world = config.world();
        GreenMail greenMail = greenMail(config);
        greenMail.withConfiguration(GreenMailConfiguration.aConfig());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "relay-buyers");
            thread.setDaemon(true);
            return thread;
        });
        Path ordersFile = null;
        boolean temporary = config.ordersFile() == null;
        try {
            Mailboxes mailboxes = new Mailboxes(greenMail.getUserManager(), world.seller(), world.buyers());
            RelayState state = new RelayState(world, config.clock(), config.marketplaceZone());
            Session session = Session.getInstance(new Properties());
            RelayGate gate = new RelayGate(new SendRules(sellerAccount(config)), state, mailboxes, config, session, scheduler);
            if (from == null) {
                for (MailItem item : world.mail()) {
                    mailboxes.append(item.owner(), item.folder(), item.message(), item.seen(), null);
                    recordBuyerMessage(state, world, item);
                }
            } else {
                restore(from, mailboxes, state, gate, session, uidFields);
            }
            ordersFile = writeOrders(world.orders(), config.ordersFile());
            greenMail.getUserManager().setMessageDeliveryHandler(gate);
            greenMail.start();
            if (!config.inquiryInterval().isZero() && config.traffic() != BuyerTraffic.NONE) {
                long every = config.inquiryInterval().toMillis();
                scheduler.scheduleAtFixedRate(() -> config.traffic().nextInquiry(config.clock().instant())
                        .ifPresent(message -> gate.arriveFromBuyer(fromAddress(message), message)),
                        every, every, TimeUnit.MILLISECONDS);
            }
            return new Running(greenMail, scheduler, gate, mailboxes, state, world.seller(), ordersFile, temporary,
                    config.bindAddress());
        } catch (RuntimeException e) {
            scheduler.shutdownNow();
            stopQuietly(greenMail);
            if (temporary && ordersFile != null) {
                deleteQuietly(ordersFile);
            }
            if (e instanceof UserFacingException) {
                throw e;
            }
            throw new UserFacingException("The offline relay could not start (" + e.getMessage()
                    + "); check that ports " + config.imapPort() + " and " + config.smtpPort() + " are free.", e);
        }
    }

    private static void restore(RelaySnapshot from, Mailboxes mailboxes, RelayState state, RelayGate gate,
            Session session, GreenMailUidFields uidFields) {
        SavedUids uids = new SavedUids(uidFields);
        for (StoredMail mail : from.mail()) {
            mailboxes.restore(mail, session, uids);
        }
        for (StoredFolder folder : from.folders()) {
            mailboxes.restore(folder, uids);
        }
        if (from.folders().isEmpty()) {
            LOG.info("a relay snapshot without UIDVALIDITYs: clients reload the resumed relay's folders");
        }
        state.restore(from.buyerMessages(), from.day(), from.sentOnDay());
        try {
            gate.restore(from);
        } catch (MessagingException e) {
            throw new IllegalStateException("a buyer answer of the snapshot could not be read", e);
        }
    }

    /** Plain IMAP and SMTP, or IMAPS and SMTPS with the configured key (a relay on the network). */
    private static GreenMail greenMail(RelayConfig config) {
        if (config.tls() == null) {
            return new GreenMail(new ServerSetup[] {
                setup(config.smtpPort(), config.bindAddress(), ServerSetup.PROTOCOL_SMTP),
                setup(config.imapPort(), config.bindAddress(), ServerSetup.PROTOCOL_IMAP)});
        }
        return new TlsGreenMail(new ServerSetup[] {
            setup(config.smtpPort(), config.bindAddress(), ServerSetup.PROTOCOL_SMTPS),
            setup(config.imapPort(), config.bindAddress(), ServerSetup.PROTOCOL_IMAPS)}, config.tls());
    }

    private static ServerSetup setup(int port, String host, String protocol) {
        ServerSetup setup = new ServerSetup(port, host, protocol);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    private static SellerAccount sellerAccount(RelayConfig config) {
        Seller seller = config.world().seller();
        Set<String> authorized = new HashSet<>(seller.otherAuthorized());
        authorized.add(seller.address());
        int limit = config.dailyLimit() > 0 ? config.dailyLimit() : DailyLimit.of(
                config.world().orders().stream().map(Order::purchaseDate).filter(Objects::nonNull).toList(),
                LocalDate.now(config.clock().withZone(config.marketplaceZone())), config.marketplaceZone(),
                config.dailyLimitWindow());
        return new SellerAccount(authorized, limit, config.bounceBacks());
    }

    /** B2 exception 1 needs to know which messages in the seller's INBOX the buyers wrote. */
    private static void recordBuyerMessage(RelayState state, RelayWorld world, MailItem item) {
        if (!item.owner().equalsIgnoreCase(world.seller().address()) || !MailItem.INBOX.equals(item.folder())) {
            return;
        }
        try {
            String from = fromAddress(item.message());
            if (from != null && state.knowsBuyer(from)) {
                state.recordBuyerMessage(from, item.message().getMessageID());
            }
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "a world message without a readable Message-ID", e);
        }
    }

    private static String fromAddress(jakarta.mail.internet.MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress ia ? ia.getAddress() : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    /** Written whole or not at all: a failure leaves the report of the run before as it was. */
    private static Path writeOrders(List<Order> orders, Path target) {
        // no made-up name for the error before the temporary file exists: under LC_ALL=C the JVM refuses a
        // path with "…" in it, and the demo server and the launcher's training run could not start
        Path file = target;
        try {
            if (target == null) {
                file = Files.createTempFile("relaydesk-orders-", ".tsv");
            } else if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            // A temporary report stays private (rw-------), as createTempFile made it.
            (target == null ? AtomicFile.ownerOnly(file) : AtomicFile.of(file)).write(out -> writeReport(orders, out));
            return file;
        } catch (IOException e) {
            if (target == null && file != null) {
                deleteQuietly(file);
            }
            Path where = file != null ? file : Path.of(System.getProperty("java.io.tmpdir"));
            throw new UserFacingException("The demo's order report could not be written to " + where + ": "
                    + FileWriteFailure.inWords(where, e), e);
        }
    }

    private static void writeReport(List<Order> orders, OutputStream out) throws IOException {
        // The encoder of Files.newBufferedWriter: a character UTF-8 cannot hold fails rather than turns into '?'.
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
        try {
            OrderReport.write(orders, writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void stopQuietly(GreenMail greenMail) {
        try {
            greenMail.stop();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "stopping a relay that did not start", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not remove " + file, e);
        }
    }

    private static final class Running implements RunningRelay {
        private final GreenMail greenMail;
        private final ScheduledExecutorService scheduler;
        private final RelayGate gate;
        private final Mailboxes mailboxes;
        private final RelayState state;
        private final Seller seller;
        private final Path ordersFile;
        private final boolean temporaryOrders;
        private final String host;
        private boolean closed;

        Running(GreenMail greenMail, ScheduledExecutorService scheduler, RelayGate gate, Mailboxes mailboxes,
                RelayState state, Seller seller, Path ordersFile, boolean temporaryOrders, String host) {
            this.greenMail = greenMail;
            this.scheduler = scheduler;
            this.gate = gate;
            this.mailboxes = mailboxes;
            this.state = state;
            this.seller = seller;
            this.ordersFile = ordersFile;
            this.temporaryOrders = temporaryOrders;
            this.host = host;
        }

        @Override
        public String host() {
            return host;
        }

        @Override
        public int imapPort() {
            return greenMail instanceof TlsGreenMail tls ? tls.server(ServerSetup.PROTOCOL_IMAPS).getPort()
                    : greenMail.getImap().getPort();
        }

        @Override
        public int smtpPort() {
            return greenMail instanceof TlsGreenMail tls ? tls.server(ServerSetup.PROTOCOL_SMTPS).getPort()
                    : greenMail.getSmtp().getPort();
        }

        @Override
        public String sellerAddress() {
            return seller.address();
        }

        @Override
        public String sellerPassword() {
            return seller.password();
        }

        @Override
        public String buyerPassword() {
            return Mailboxes.BUYER_PASSWORD;
        }

        @Override
        public Path ordersFile() {
            return ordersFile;
        }

        @Override
        public List<DeliveryRecord> deliveries() {
            return gate.deliveries();
        }

        @Override
        public RelaySnapshot snapshot() {
            // Under the gate's lock: no submitted message is half decided (in Sent, not yet in the records).
            synchronized (gate) {
                RelayGate.Saved saved = new RelayGate.Saved();
                try {
                    gate.saveInto(saved);
                } catch (MessagingException | java.io.IOException e) {
                    throw new IllegalStateException("a buyer answer to come could not be written out", e);
                }
                List<StoredMail> mail = mailboxes.contents(); // before the UIDNEXTs, so none is given twice
                return new RelaySnapshot(mail, mailboxes.folderStates(), state.buyerMessages(), state.day(),
                        state.sentOnDay(), saved.deliveries, saved.filedInSent, saved.pendingAnswers);
            }
        }

        @Override
        public long changeMark() {
            synchronized (gate) {
                return mailboxes.changeMark() * 31 + gate.changeMark();
            }
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            scheduler.shutdownNow();
            stopQuietly(greenMail);
            if (temporaryOrders) {
                deleteQuietly(ordersFile);
            }
        }

        @Override
        public String toString() {
            return "relay imap=" + host + ":" + imapPort() + " smtp=" + host + ":" + smtpPort() + " at " + Instant.now();
        }
    }
}
