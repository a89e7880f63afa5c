package com.relaydesk.store;

import com.relaydesk.platform.DataFolder;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One account's cache: the SQLite file {@code <data folder>/accounts/<address>.sqlite} and the
 * operations on it, one class per concern. Close it when the account is closed.
 */
public final class AccountCache implements AutoCloseable {

    private static final Pattern UNSAFE_FILE_CHARS = Pattern.compile("[^a-z0-9@._+-]");

    private final Database db;
    private final String address;
    private final SyncOperations sync;
    private final InboxOperations inbox;
    private final OutboxOperations outbox;
    private final DeliveryOperations delivery;
    private final TemplateOperations templates;
    private final DraftOperations drafts;
    private final AuditOperations audit;
    private final OrderOperations orders;
    private final ProfileOperations profiles;
    private final ReadStateOperations reads;
    private final KeywordSightings sightings;
    private final LocalMarks localMarks;
    private final PendingMarks pendingMarks;

    private AccountCache(Database db, String address) {
        this.db = db;
        this.address = address;
        this.sync = new SyncOperations(db);
        this.inbox = new InboxOperations(db);
        this.outbox = new OutboxOperations(db);
        this.delivery = new DeliveryOperations(db);
        this.templates = new TemplateOperations(db);
        this.drafts = new DraftOperations(db);
        this.audit = new AuditOperations(db);
        this.orders = new OrderOperations(db);
        this.profiles = new ProfileOperations(db);
        this.reads = new ReadStateOperations(db);
        this.sightings = new KeywordSightings(db);
        this.localMarks = new LocalMarks(db);
        this.pendingMarks = new PendingMarks(db);
    }

    /** Opens (creating when missing) the cache of the account with that address. */
    public static AccountCache open(DataFolder folder, String address) {
        return open(fileFor(folder, address), address);
    }

    /** Opens a cache file at a chosen path (benchmarks, tests). */
    public static AccountCache open(Path file, String address) {
        Database db = Database.open(file);
        try {
            db.durableTransaction("register the account " + address, c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT OR IGNORE INTO accounts (address, created_at) VALUES (?, ?)")) {
                    s.setString(1, address);
                    s.setLong(2, Instant.now().toEpochMilli());
                    s.executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new AccountCache(db, address);
    }

    /** Forgets replies, drafts and delivery status, for a demo starting over ({@link ReplyHistoryReset}). */
    public void forgetReplyHistory() {
        ReplyHistoryReset.forget(db);
    }

    /** Where the cache of an account lives; the address is made safe as a file name. */
    public static Path fileFor(DataFolder folder, String address) {
        String name = UNSAFE_FILE_CHARS.matcher(address.trim().toLowerCase(Locale.ROOT)).replaceAll("_");
        return folder.root().resolve("accounts").resolve(name + ".sqlite");
    }

    public String address() {
        return address;
    }

    public Path file() {
        return db.file();
    }

    /** What sync writes through ({@code mail.SyncStore}). */
    public SyncOperations sync() {
        return sync;
    }

    /** What the inbox screens read ({@code inbox.MailboxQueries}), with the state of E1–E4. */
    public InboxOperations inbox() {
        return inbox;
    }

    /** The outbox ({@code mail.OutboxStore}): replies on their way, durable at every step. */
    public OutboxOperations outbox() {
        return outbox;
    }

    /** What the relay did with each sent message (B8). */
    public DeliveryOperations delivery() {
        return delivery;
    }

    public TemplateOperations templates() {
        return templates;
    }

    public DraftOperations drafts() {
        return drafts;
    }

    public AuditOperations audit() {
        return audit;
    }

    /** Orders imported from the marketplace's report (A4). */
    public OrderOperations orders() {
        return orders;
    }

    /** The profiles working this account on this desktop ({@code team.ProfileStore}). */
    public ProfileOperations profiles() {
        return profiles;
    }

    /** What each profile has read. */
    public ReadStateOperations reads() {
        return reads;
    }

    /** When this desktop first saw each team keyword (claims, answers) on a message. */
    public KeywordSightings sightings() {
        return sightings;
    }

    /** Marks kept on this desktop where the server keeps no keywords. */
    public LocalMarks localMarks() {
        return localMarks;
    }

    /** Marks not yet on the server (made while it could not be reached). */
    public PendingMarks pendingMarks() {
        return pendingMarks;
    }

    Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
