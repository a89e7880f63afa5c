package com.relaydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * Owns the connections to an account's cache file: its settings (WAL, foreign keys), its
 * schema version ({@code PRAGMA user_version}) and the ordered migrations, and every transaction.
 *
 * <p>Cache batches commit with {@code synchronous=NORMAL} (a power cut may lose the last batch,
 * which sync fetches again). Seller-owned data (outbox, drafts, templates, audit) goes through
 * {@link #durableTransaction}, which commits with {@code synchronous=FULL}: once it returns, the
 * write is on disk.
 *
 * <p>Writes go through one connection, one transaction at a time. Reads use a second connection:
 * in WAL mode they see the last committed state and never wait for a sync batch to commit, so
 * the inbox stays responsive during a long initial sync.
 */
public final class Database implements AutoCloseable {

    /** Page size of new cache files, in bytes. */
    static final int PAGE_SIZE = 16_384;

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();
    private Connection reader;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when missing) the file and brings its schema up to the newest version. */
    public static Database open(Path file) {
        return open(file, Schema.MIGRATIONS);
    }

    /** Opens with a given list of migrations: tests use a prefix of the schema to build old files. */
    static Database open(Path file, List<Migration> migrations) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CacheException("RelayDesk could not create the folder for its cache " + file.getParent()
                    + " (" + e.getMessage() + "). Fix the folder's permissions, or choose another data folder"
                    + " with --data-dir.", e);
        }
        SqliteNativeLibrary.useCachedCopy();
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw CacheException.of(file, "open its cache", e);
        }
        Database database = new Database(file, connection);
        try {
            database.configure();
            database.migrate(migrations);
            database.openReader();
            return database;
        } catch (SQLException e) {
            database.close();
            throw CacheException.of(file, "open its cache", e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            // Reading the version first fails fast on a file that is not a database at all.
            s.executeQuery("PRAGMA user_version").close();
            // A new file gets 16 KB pages (SQLite's default is 4 KB): a message body of a few KB
            // then fits on one page instead of a chain of overflow pages, and storing an initial
            // sync took 13-15% less CPU. Must come before WAL mode, which writes the header; on an
            // existing file it changes nothing.
            s.execute("PRAGMA page_size = " + PAGE_SIZE);
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                if (rs.next() && !"wal".equalsIgnoreCase(rs.getString(1))) {
                    LOG.warning(() -> "WAL not available for " + file + ": " + safeString(rs));
                }
            }
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("PRAGMA cache_size = -32000");
        }
    }

    /** The connection reads go through; opened after migrations, so it sees the final schema. */
    private void openReader() throws SQLException {
        reader = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = reader.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("PRAGMA cache_size = -16000");
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    private static String safeString(ResultSet rs) {
        try {
            return rs.getString(1);
        } catch (SQLException e) {
            return "?";
        }
    }

    private void migrate(List<Migration> migrations) throws SQLException {
        int current = userVersion();
        int latest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        if (current > latest) {
            throw new CacheException("The cache " + file + " was written by a newer RelayDesk (schema version "
                    + current + "; this RelayDesk knows up to " + latest + "). Update RelayDesk to open it, or"
                    + " choose another data folder with --data-dir. The file was left untouched.");
        }
        if (current == latest) {
            return;
        }
        if (current > 0) {
            backup(current);
        }
        MigrationFunctions.register(connection);  // the migrations' SQL calls them; nothing else does
        try (Statement s = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (Migration m : migrations) {
                    if (m.version() <= current) {
                        continue;
                    }
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    LOG.info(() -> "cache " + file + " migrated to v" + m.version() + ": " + m.description());
                }
                s.execute("PRAGMA user_version = " + latest);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** A copy of the file as it was, beside it, before a migration touches it. */
    private void backup(int version) throws SQLException {
        Path copy = file.resolveSibling(file.getFileName() + ".v" + version + "-"
                + BACKUP_STAMP.format(Instant.now()) + ".bak");
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        LOG.info(() -> "backed up " + file + " to " + copy + " before migrating from v" + version);
    }

    /** The schema version stored in the file. */
    public int userVersion() {
        synchronized (writeLock) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                throw CacheException.of(file, "read its cache version", e);
            }
        }
    }

    /** The newest schema version this RelayDesk knows. */
    public static int latestVersion() {
        return Schema.MIGRATIONS.get(Schema.MIGRATIONS.size() - 1).version();
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the last committed state, without waiting for a write in progress; {@code doing}
     * completes "RelayDesk could not …" on failure. Several statements see one snapshot only
     * inside a transaction the work opens itself.
     */
    public <T> T read(String doing, SqlWork<T> work) {
        synchronized (readLock) {
            try {
                return work.run(reader);
            } catch (SQLException e) {
                throw CacheException.of(file, doing, e);
            }
        }
    }

    /** One cache transaction (sync batches): all or nothing, committed without waiting for the disk. */
    public <T> T transaction(String doing, SqlWork<T> work) {
        synchronized (writeLock) {
            return inTransaction(doing, work);
        }
    }

    /**
     * One transaction for seller-owned data (outbox, drafts, templates, audit): all or nothing,
     * and on disk when this returns.
     */
    public <T> T durableTransaction(String doing, SqlWork<T> work) {
        synchronized (writeLock) {
            setSynchronous("FULL", doing);
            try {
                return inTransaction(doing, work);
            } finally {
                setSynchronous("NORMAL", doing);
            }
        }
    }

    private <T> T inTransaction(String doing, SqlWork<T> work) {
        try {
            try (Statement s = connection.createStatement()) {
                // IMMEDIATE takes the write lock up front, so a transaction never fails half-way for a lock.
                s.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.run(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("COMMIT");
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            }
        } catch (SQLException e) {
            throw CacheException.of(file, doing, e);
        }
    }

    private void rollbackQuietly(Exception cause) {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself on some errors (a full disk); then there is nothing left to undo.
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }

    private void setSynchronous(String level, String doing) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA synchronous = " + level);
        } catch (SQLException e) {
            throw CacheException.of(file, doing, e);
        }
    }

    /** Caps the file size in pages, so tests can make the "disk" full without root rights. */
    void limitPages(long pages) {
        synchronized (writeLock) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            } catch (SQLException e) {
                throw CacheException.of(file, "limit the cache size", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (readLock) {
            closeQuietly(reader, false);
        }
        synchronized (writeLock) {
            closeQuietly(connection, true);
        }
    }

    private void closeQuietly(Connection c, boolean optimize) {
        if (c == null) {
            return;
        }
        try {
            if (!c.isClosed()) {
                if (optimize) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA optimize");
                    } catch (SQLException e) {
                        LOG.fine(() -> "optimize on close failed: " + e.getMessage());
                    }
                }
                c.close();
            }
        } catch (SQLException e) {
            LOG.warning(() -> "closing " + file + " failed: " + e.getMessage());
        }
    }
}
