package com.relaydesk.mail.imap;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.Capability;
import com.relaydesk.mail.ConnectionLostException;
import com.relaydesk.mail.FlagState;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MailSessions;
import com.relaydesk.mail.SentMail;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.SyncStore;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * {@link MailBackend} over IMAP and SMTP with Jakarta Mail. Each operation is a small class of
 * this package; this class owns the connection and turns failures into {@link MailException}s.
 * After a failure mid-command the connection is closed: the next call needs {@link #connect()}.
 */
public final class ImapBackend implements MailBackend {

    private static final Logger LOG = Logger.getLogger(ImapBackend.class.getName());

    private final MailAccount imapAccount;
    private final MailAccount smtpAccount;
    private final FetchedMessageFactory factory;
    private final SyncTuning tuning;
    private volatile Duration idleRenewal = IdleRenewal.DEFAULT;
    private volatile IMAPStore store;
    /** The folder {@link #awaitChange} keeps open for IDLE; null while there is none. */
    private volatile WatchedFolder watched;
    private Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    private Optional<String> sentFolder;
    private final SessionRenewal renewal = new SessionRenewal();
    /** Folder and keyword (lower case) that the server has, asked or brought in once ({@link #ensureKeywordsKnown}). */
    private final Set<String> knownKeywords = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final StandbyLogin standby = new StandbyLogin(this::newSession);
    private boolean loginAhead;
    /** When the connection last did something; a connection quiet for longer is checked before use. */
    private volatile long lastUsedNanos = System.nanoTime();
    private long checkAfterQuietNanos = StandbyLogin.CHECK_AFTER_NANOS;
    /** A failed command closed the connection: whoever uses it next is told it was lost, and logs in anew. */
    private volatile boolean closedByFailure;

    /** @param smtpAccount where {@link #send} submits; null when this backend only reads */
    public ImapBackend(MailAccount imapAccount, MailAccount smtpAccount, FetchedMessageFactory factory, SyncTuning tuning) {
        this.imapAccount = imapAccount;
        this.smtpAccount = smtpAccount;
        this.factory = factory;
        this.tuning = tuning;
    }

    public ImapBackend(MailAccount imapAccount) {
        this(imapAccount, null, new FetchedMessageFactory(), SyncTuning.defaults());
    }

    /**
     * Logs the session that will replace this one ({@link SessionRenewal}) in ahead, on a
     * background thread, as soon as a change makes the next sync want a fresh login; that sync then
     * does not wait for the login. For owners that sync again and again (the app, {@code bench
     * sync}); a one-shot sync would pay a login it never uses.
     */
    public ImapBackend loginAhead() {
        this.loginAhead = true;
        return this;
    }

    @Override
    public void connect() {
        use(newSession());
        sentFolder = null;
    }

    private StandbyLogin.Session newSession() {
        Session session = MailSessions.imap(imapAccount);
        try {
            Utf8LoginStore s = new Utf8LoginStore(session, imapAccount.security() == com.relaydesk.mail.Security.TLS);
            XOAuth2Login.run(imapAccount, secret -> s.connect(imapAccount.host(), imapAccount.port(), imapAccount.user(), secret));
            EnumSet<Capability> caps = EnumSet.noneOf(Capability.class);
            for (Capability c : Capability.values()) {
                if (s.hasCapability(c.name().replace('_', '-'))) {
                    caps.add(c);
                }
            }
            if (caps.contains(Capability.QRESYNC)) {
                caps.add(Capability.CONDSTORE);  // QRESYNC implies CONDSTORE (RFC 7162 §3.2.3)
            }
            return new StandbyLogin.Session(s, caps, System.nanoTime());
        } catch (MessagingException e) {
            throw ImapErrors.translate(e, imapAccount, "logging in");
        }
    }

    private void use(StandbyLogin.Session s) {
        capabilities = s.capabilities();
        renewal.loggedIn(s.store().greeting());
        store = s.store();
        lastUsedNanos = System.nanoTime();
        closedByFailure = false;
    }

    /** Tests shorten the quiet time after which the connection is checked before use. */
    ImapBackend checkAfterQuiet(java.time.Duration quiet) {
        this.checkAfterQuietNanos = quiet.toNanos();
        return this;
    }

    /** This session picked up or made a change: the next round wants a fresh one, which may log in now. */
    private void changed() {
        renewal.changed();
        if (loginAhead && renewal.renewsSessions() && watched == null) {
            standby.prepare();
        }
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.copyOf(capabilities);
    }

    @Override
    public List<String> folders() {
        return call("listing folders", () -> {
            List<String> names = new ArrayList<>();
            for (Folder f : open().getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) != 0) {
                    names.add(f.getFullName());
                }
            }
            return names;
        });
    }

    /**
     * Found once per connection, over a second, short-lived connection: a Dovecot session that has
     * run LIST re-reads a maildir folder on every later SELECT or EXAMINE (25 ms for a 40,000-message
     * INBOX, growing with the folder), which made every sync on the main connection cost more the
     * bigger the mailbox was; one extra login instead costs the same at any size.
     */
    @Override
    public Optional<String> sentFolder() {
        if (sentFolder == null) {
            open();  // connected at all? (the same error as every other call when not)
            sentFolder = call("looking for the Sent folder", () -> {
                Session session = MailSessions.imap(imapAccount);
                IMAPStore lister = (IMAPStore) session.getStore(MailSessions.protocol(imapAccount, "imap"));
                XOAuth2Login.run(imapAccount,
                        secret -> lister.connect(imapAccount.host(), imapAccount.port(), imapAccount.user(), secret));
                try {
                    return FindSentFolder.in(lister);
                } finally {
                    lister.close();
                }
            });
        }
        return sentFolder;
    }

    @Override
    public FolderSyncResult syncFolder(String folder, SyncStore cache, SyncListener listener, CancellationToken cancel) {
        return syncFolder(folder, cache, listener, cancel, null);
    }

    @Override
    public FolderSyncResult syncFolder(String folder, SyncStore cache, SyncListener listener, CancellationToken cancel,
            java.time.Duration olderFor) {
        boolean sent = sentFolder().map(folder::equals).orElse(false);
        open();  // connected at all? (the same error as every other call when not)
        long loginStart = System.nanoTime();
        boolean renewed = false;
        if (renewal.renewBeforeSync(folder) && watched == null) {
            renewed = true;
            StandbyLogin.Session next = standby.take();
            IMAPStore old = store;
            store = null;
            if (next == null) {
                closeQuietly(old);
                next = newSession();
            } else {
                standby.retire(old);
            }
            use(next);  // the Sent folder stays what it was
        }
        java.time.Duration loginWait = java.time.Duration.ofNanos(renewed ? System.nanoTime() - loginStart : 0);
        FolderSyncResult result = call("syncing " + folder,
                () -> new FolderSynchronizer(open(), capabilities, factory, tuning).sync(folder, sent, cache, listener, cancel, olderFor))
                .withLoginWait(loginWait);
        if (result.added() > 0 || result.flagsChanged() > 0 || result.removed() > 0 || result.reset()) {
            changed();
        }
        return result;
    }

    @Override
    public FolderSyncResult syncNewest(String folder, int count, SyncStore cache, SyncListener listener,
            CancellationToken cancel) {
        boolean sent = sentFolder().map(folder::equals).orElse(false);
        FolderSyncResult result = call("syncing " + folder, () -> new FolderSynchronizer(open(), capabilities, factory, tuning)
                .syncNewest(folder, sent, count, cache, listener, cancel));
        if (result.added() > 0 || result.flagsChanged() > 0 || result.removed() > 0 || result.reset()) {
            changed();
        }
        return result;
    }

    @Override
    public long append(String folder, byte[] rfc822, Set<String> flags) {
        long uid = call("saving to " + folder, () -> AppendMessage.to(open(), folder, rfc822, flags));
        changed();
        return uid;
    }

    /**
     * Appends many messages in one command (MULTIAPPEND) when the server allows, as a burst of mail
     * arrives: for {@code bench sync}, whose +100 round over IDLE wants the 100 to land at once.
     */
    public void appendBurst(String folder, List<byte[]> messages) {
        call("saving to " + folder, () -> {
            AppendBurst.to(open(), folder, messages);
            return null;
        });
        changed();
    }

    @Override
    public void setFlags(String folder, long uid, Set<String> add, Set<String> remove) {
        setFlags(folder, java.util.List.of(uid), add, remove);
    }

    @Override
    public void setFlags(String folder, java.util.Collection<Long> uids, Set<String> add, Set<String> remove) {
        if (uids.isEmpty()) {
            return;
        }
        call("changing flags in " + folder, () -> {
            StoreFlags.on(open(), folder, uids, add, remove);
            return null;
        });
        changed();
    }

    @Override
    public boolean addFlagsIfUnchanged(String folder, long uid, long modSeq, Set<String> add) {
        if (!capabilities.contains(Capability.CONDSTORE)) {
            throw new UnsupportedOperationException("the server has no CONDSTORE: no conditional STORE");
        }
        boolean stored = call("changing flags in " + folder, () -> ConditionalStore.addIfUnchanged(open(), folder, uid, modSeq, add));
        changed();
        return stored;
    }

    @Override
    public void ensureKeywordsKnown(String folder, long uid, Set<String> keywords) {
        if (!capabilities.contains(Capability.CONDSTORE)) {
            return; // only a conditional store needs the names to exist first
        }
        Set<String> unasked = new java.util.HashSet<>();
        for (String keyword : keywords) {
            if (!keyword.startsWith("\\") && !knownKeywords.contains(knownKey(folder, keyword))) {
                unasked.add(keyword);
            }
        }
        if (unasked.isEmpty()) {
            return;
        }
        boolean introduced = call("preparing flags in " + folder, () -> ConditionalStore.introduce(open(), folder, uid, unasked));
        unasked.forEach(keyword -> knownKeywords.add(knownKey(folder, keyword)));
        if (introduced) {
            changed();
        }
    }

    private static String knownKey(String folder, String keyword) {
        return folder + "\n" + keyword.toLowerCase(java.util.Locale.ROOT); // keywords are case-insensitive
    }

    @Override
    public Optional<FlagState> flagState(String folder, long uid) {
        return call("reading the flags of a message in " + folder,
                () -> ConditionalStore.read(open(), folder, uid, capabilities.contains(Capability.CONDSTORE)));
    }

    @Override
    public List<SentMail> sentTo(String folder, String address, java.time.Instant since) {
        return call("searching " + folder, () -> SearchSentTo.in(open(), folder, address, since));
    }

    @Override
    public long[] uids(String folder) {
        return call("listing " + folder, () -> SearchUids.all(open(), folder));
    }

    @Override
    public Map<Long, Set<String>> flags(String folder) {
        return call("reading the flags of " + folder, () -> FetchFlags.all(open(), folder));
    }

    @Override
    public long[] findByMessageId(String folder, String messageId) {
        return call("searching " + folder, () -> FindByMessageId.in(open(), folder, messageId));
    }

    @Override
    public void send(byte[] rfc822, String envelopeFrom, List<String> recipients, Runnable handingOver) {
        if (smtpAccount == null) {
            throw new IllegalStateException("this backend has no SMTP account");
        }
        boolean handedOver = false;
        try (SmtpSubmit submit = SmtpSubmit.connect(smtpAccount, envelopeFrom)) {
            handingOver.run();
            handedOver = true;
            submit.send(rfc822, recipients);
        } catch (MessagingException e) {
            throw handedOver ? ImapErrors.submissionFailed(e, smtpAccount) : ImapErrors.translate(e, smtpAccount, "sending");
        }
    }

    /**
     * Keeps the folder open between waits ({@link WatchedFolder}), so {@link #syncWatched} can fetch
     * what the server reported without opening it again. Returns at once when something was heard
     * during the last sync's own commands.
     */
    @Override
    public boolean awaitChange(String folder) {
        return call("waiting for new mail in " + folder, () -> {
            WatchedFolder w = watch(folder);
            if (w.pending()) {
                return true;
            }
            if (store == null) {
                // close() ran while the folder was opening and could not see it to end it; nobody
                // would: IDLE would wait for the server's next word, for up to half an hour.
                return false;
            }
            ScheduledFuture<?> renewal = IdleRenewal.after(idleRenewal, w.folder());
            try {
                w.folder().idle(true);
            } catch (IllegalStateException closedMeanwhile) {
                // close() from another thread (stopping the watcher) may close the folder between
                // open and IDLE; Jakarta then says "closed folder". That is the asked-for end of the wait.
                if (store != null) {
                    throw closedMeanwhile;
                }
                return false;
            } finally {
                renewal.cancel(false);
            }
            return w.pending();
        });
    }

    /** How long one IDLE may last before it is ended and issued again ({@link IdleRenewal}); tests shorten it. */
    public ImapBackend renewingIdleEvery(Duration every) {
        this.idleRenewal = every;
        return this;
    }

    private WatchedFolder watch(String folder) throws MessagingException {
        WatchedFolder w = watched;
        if (w != null && w.name().equals(folder) && w.folder().isOpen()) {
            return w;
        }
        if (w != null) {
            w.close();
        }
        w = WatchedFolder.open(open(), folder, capabilities);
        watched = w;
        if (store == null) {
            w.close();  // close() ran meanwhile
        }
        return w;
    }

    /**
     * INBOX only: a Sent message's buyer is read from its recipients, so Sent and other folders keep
     * {@link #syncFolder}, which knows which folder is Sent.
     */
    @Override
    public Optional<FolderSyncResult> syncWatched(String folder, SyncStore cache, SyncListener listener,
            CancellationToken cancel) {
        WatchedFolder w = watched;
        if (w == null || !w.name().equals(folder) || !folder.equalsIgnoreCase(com.relaydesk.mail.MailSync.INBOX)) {
            return Optional.empty();
        }
        return call("syncing " + folder, () -> w.folder().isOpen()
                ? new FolderSynchronizer(open(), capabilities, factory, tuning).syncOpen(w, false, cache, listener, cancel)
                : Optional.<FolderSyncResult>empty());
    }

    /**
     * Closes the connection, and a session logged in ahead; safe from another thread, where it ends
     * a running IDLE or fetch.
     */
    @Override
    public void close() {
        IMAPStore s = store;
        store = null;
        WatchedFolder w = watched;
        watched = null;
        if (w != null) {
            w.close();
        }
        closeQuietly(s);
        standby.close();
    }

    private static void closeQuietly(IMAPStore s) {
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException | RuntimeException ignored) {
                // The server may already be gone; nothing to tell the user.
            }
        }
    }

    public boolean isConnected() {
        IMAPStore s = store;
        return s != null && s.isConnected();
    }

    private IMAPStore open() {
        IMAPStore s = store;
        if (s == null && closedByFailure) {
            throw new ConnectionLostException("The connection to " + imapAccount.host()
                    + " was closed after a failed command. Sync again to reconnect.", null);
        }
        if (s == null) {
            throw new MailException("Not connected to " + imapAccount.host() + ". Sync again to reconnect.", null, true);
        }
        if (watched == null && System.nanoTime() - lastUsedNanos > checkAfterQuietNanos) {
            s = reconnectIfDropped(s);
        }
        return s;
    }

    /**
     * Servers log quiet sessions out (Dovecot after 30 minutes, others sooner, a NAT gateway may
     * forget the connection): the seller who comes back to the app and marks a message would get
     * "connection lost" for a command that never reached the server. A connection quiet for a
     * while is asked first (NOOP, one round trip) and replaced by a fresh login when it is gone,
     * before any command that could have half run on it.
     */
    private IMAPStore reconnectIfDropped(IMAPStore s) {
        lastUsedNanos = System.nanoTime();
        if (s.isConnected()) {  // IMAPStore.isConnected sends NOOP
            return s;
        }
        LOG.fine(() -> "the connection to " + imapAccount.host() + " was dropped while quiet; logging in again");
        store = null;
        closeQuietly(s);
        use(newSession());
        return store;
    }

    private void closeAfterFailure() {
        closedByFailure = true;
        close();
    }

    private interface Operation<T> {
        T run() throws MessagingException;
    }

    private <T> T call(String doing, Operation<T> operation) {
        try {
            T result = operation.run();
            lastUsedNanos = System.nanoTime();
            return result;
        } catch (MessagingException e) {
            closeAfterFailure();  // a command may have stopped half-way: the connection is not reusable
            throw ImapErrors.commandFailed(e, imapAccount, doing);
        } catch (com.relaydesk.mail.KeywordsRefusedException e) {
            throw e; // a clean refusal: the connection is fine
        } catch (RuntimeException e) {
            // Cancelled or failed half-way through a command (the cache refused a batch, say).
            closeAfterFailure();
            throw e;
        }
    }
}
