package com.relaydesk.store;

import com.relaydesk.platform.UserFacingException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The cache could not do what was asked. The message is for the seller: what happened to which
 * file and what they can do. Unchecked, because the {@code mail.SyncStore} contract has no
 * checked exceptions; sync surfaces it like any other failure.
 */
public class CacheException extends UserFacingException {

    public CacheException(String message) {
        super(message);
    }

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Turns a driver failure into a sentence that names the file and the remedy. */
    static CacheException of(Path file, String doing, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        String base = code == null ? "" : code.name();
        String safe = " Your outbox, drafts and templates were not changed.";
        if (base.startsWith("SQLITE_FULL")) {
            return new CacheException("RelayDesk could not " + doing + ": the disk holding " + file
                    + " is full. Free some space, then try again." + safe, e);
        }
        if (base.startsWith("SQLITE_READONLY") || base.startsWith("SQLITE_CANTOPEN")
                || base.startsWith("SQLITE_PERM") || base.startsWith("SQLITE_AUTH")) {
            return new CacheException("RelayDesk could not " + doing + ": it may not write to " + file
                    + " (read-only folder or file). Fix the folder's permissions, or choose another data folder"
                    + " with --data-dir." + safe, e);
        }
        if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
            return new CacheException("RelayDesk could not " + doing + ": " + file
                    + " is in use by another RelayDesk. Close the other window or command, then try again.", e);
        }
        if (base.startsWith("SQLITE_CORRUPT") || base.startsWith("SQLITE_NOTADB")) {
            return new CacheException("RelayDesk could not " + doing + ": " + file
                    + " is damaged. Close RelayDesk and restore it from the backup beside it (*.bak), or move it"
                    + " away to sync again from the server (drafts and outbox live in that file).", e);
        }
        if (base.startsWith("SQLITE_IOERR")) {
            return new CacheException("RelayDesk could not " + doing + ": reading or writing " + file
                    + " failed (" + e.getMessage() + "). Check the disk, then try again." + safe, e);
        }
        return new CacheException("RelayDesk could not " + doing + " in " + file + " (" + e.getMessage()
                + "). Details are in the log.", e);
    }
}
