package com.relaydesk.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One mail account as the rest of RelayDesk sees it: IMAP for reading and changing mail, SMTP
 * for sending. One instance holds one connection; it is not thread-safe, except {@link #close()},
 * which may be called from another thread to stop a running operation.
 */
public interface MailBackend extends AutoCloseable {

    /** Logs in. @throws MailException saying what to fix (host, password, certificate) */
    void connect();

    /** What the server supports; valid after {@link #connect()}. */
    Set<Capability> capabilities();

    /** Full names of all folders that can hold messages. */
    List<String> folders();

    /** The folder where sent mail is kept: the one marked \Sent, else a commonly named one. */
    Optional<String> sentFolder();

    /**
     * Brings the cache of one folder up to date with the server: new messages, flag changes,
     * expunges, UIDVALIDITY change. Resumable: everything stored is kept if it stops half-way.
     */
    FolderSyncResult syncFolder(String folder, SyncStore store, SyncListener listener, CancellationToken cancel);

    /**
     * {@link #syncFolder}, but while the folder's older mail is still to come after {@link #syncNewest}
     * (see {@link SyncStore#newestWindowFrom}), its download stops starting new commands once
     * {@code olderFor} has passed and leaves the rest to the next call: new mail, replies waiting in
     * the outbox and the other folders need not wait for years of mail. New mail above the newest
     * messages comes first in every call. A positive {@code olderFor} always starts one command;
     * zero ({@link MailSync#NO_OLDER_MAIL}) starts none; null sets no limit.
     */
    default FolderSyncResult syncFolder(String folder, SyncStore store, SyncListener listener, CancellationToken cancel,
            java.time.Duration olderFor) {
        return syncFolder(folder, store, listener, cancel);
    }

    /**
     * Starts the first sync of a big folder with its newest {@code count} messages, so they can be
     * shown while the older ones download in {@link #syncFolder}; a folder with no more than that is
     * synced in full, and one past its first sync is left to {@link #syncFolder}. A backend that
     * cannot fetch newest first syncs the whole folder.
     */
    default FolderSyncResult syncNewest(String folder, int count, SyncStore store, SyncListener listener,
            CancellationToken cancel) {
        return syncFolder(folder, store, listener, cancel);
    }

    /** Appends a message; returns its UID, or -1 when the server does not say (no UIDPLUS). */
    long append(String folder, byte[] rfc822, Set<String> flags);

    /**
     * Adds and removes flags or keywords ({@code \Answered}, {@code $NoResponseNeeded}) on one message.
     *
     * @throws KeywordsRefusedException when a keyword is to be added and the folder keeps none
     *         (its PERMANENTFLAGS lacks {@code \*}: Microsoft 365, Exchange), or the server refused it
     */
    void setFlags(String folder, long uid, Set<String> add, Set<String> remove);

    /**
     * {@link #setFlags} on many messages of one folder, in as few commands as the server takes (a
     * seller clearing a backlog of thousands marks them in seconds, not one round trip each).
     */
    default void setFlags(String folder, java.util.Collection<Long> uids, Set<String> add, Set<String> remove) {
        for (long uid : uids) {
            setFlags(folder, uid, add, remove);
        }
    }

    /**
     * Adds flags only if nobody changed the message since {@code modSeq} (RFC 7162 {@code UID STORE
     * (UNCHANGEDSINCE m)}): true when set, false when the server answered MODIFIED. Needs
     * {@link Capability#CONDSTORE}; the server does the compare-and-set, so two desktops cannot both win.
     * Throws {@link KeywordsRefusedException} as {@link #setFlags} does.
     */
    boolean addFlagsIfUnchanged(String folder, long uid, long modSeq, Set<String> add);

    /**
     * Makes sure the folder knows these keyword names before {@link #addFlagsIfUnchanged} relies on
     * them: a name the folder has never had is set on message {@code uid} and taken off again at once.
     * Dovecot lets two conditional stores that each bring a new keyword into the folder both win
     * (seen in 2–4 of 150 races); once the names exist, exactly one wins. Does nothing without
     * {@link Capability#CONDSTORE}, and asks the server once per name and session. Throws
     * {@link KeywordsRefusedException} as {@link #setFlags} does.
     */
    void ensureKeywordsKnown(String folder, long uid, Set<String> keywords);

    /** Flags, MODSEQ and INTERNALDATE of one message now ({@code UID FETCH}); empty when it is gone. */
    Optional<FlagState> flagState(String folder, long uid);

    /** Messages of the folder addressed to {@code address} and dated on or after {@code since}. */
    List<SentMail> sentTo(String folder, String address, java.time.Instant since);

    /** UIDs of all messages in the folder, ascending (one UID SEARCH ALL). */
    long[] uids(String folder);

    /** Flags of every message of a folder, by UID ({@code UID FETCH 1:* (UID FLAGS)}; {@code \Recent} left out). */
    Map<Long, Set<String>> flags(String folder);

    /** UIDs of the messages in the folder whose Message-ID header is {@code messageId}. */
    long[] findByMessageId(String folder, String messageId);

    /**
     * Submits a message over SMTP to the given recipients. {@code handingOver} runs once the server
     * is connected and logged in, just before the message is given to it: a failure before that
     * left nothing with the server. After it, a refusal is a {@link MailException} (the server
     * answered: not sent); no answer at all is a {@link SubmissionUnconfirmedException}.
     */
    void send(byte[] rfc822, String envelopeFrom, List<String> recipients, Runnable handingOver);

    /** As {@link #send(byte[], String, List, Runnable)}, for a caller with nothing to note before handing over. */
    default void send(byte[] rfc822, String envelopeFrom, List<String> recipients) {
        send(rfc822, envelopeFrom, recipients, () -> { });
    }

    /**
     * Waits (IMAP IDLE) until the server reports something about the folder or {@link #close()} is
     * called from another thread. True when it reported a change (new mail, an expunge, a flag
     * change), false for a keep-alive or an ended wait. The folder may stay open on this connection
     * between calls, for {@link #syncWatched}.
     */
    boolean awaitChange(String folder);

    /**
     * Brings the cache of the folder {@link #awaitChange} watches up to date over this connection,
     * without opening the folder again: what the server reported, stored as {@link #syncFolder}
     * stores it (same batches, folder state and listener calls). Empty when only {@link #syncFolder}
     * can do it (no folder watched, never synced into this cache, UIDVALIDITY changed, a folder
     * other than INBOX, or a backend that cannot); the caller then syncs the folder in full.
     */
    default Optional<FolderSyncResult> syncWatched(String folder, SyncStore store, SyncListener listener,
            CancellationToken cancel) {
        return Optional.empty();
    }

    @Override
    void close();
}
