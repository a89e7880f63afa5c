package com.relaydesk.session;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.inbox.ReplySender;
import com.relaydesk.lint.Linter;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.inbox.TriageCommands;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.IdleWatcher;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SubmissionUnconfirmedException;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.MessageLocations;
import com.relaydesk.store.ProfileInbox;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.PinHasher;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A mailbox kept in step with its server: one worker thread owns the sync connection (sync,
 * triage flags), a second keeps IMAP IDLE open on INBOX; what the server reports there is stored
 * over the IDLE connection, on the worker thread (one thread stores, so two syncs never write a
 * folder at once). Everything the worker learns goes to the cache first, then to listeners.
 */
public final class SyncedMailboxSession implements MailboxSession {

    private static final Logger LOG = Logger.getLogger(SyncedMailboxSession.class.getName());
    static final String NO_RESPONSE_NEEDED = com.relaydesk.inbox.WaitingMark.NO_RESPONSE_NEEDED;
    static final String REPORTED = com.relaydesk.inbox.WaitingMark.REPORTED;
    static final String SEEN = "\\Seen";

    private final String label;
    private final String sellerAddress;
    private volatile String sellerName;
    private volatile boolean demo;
    private final OutboxSender outboxSender;
    private final AccountCache cache;
    private final Clock clock;
    private final MessageLocations locations;
    private final SessionTriage triage;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(named("relaydesk-sync"));
    private final ExecutorService push = Executors.newSingleThreadExecutor(named("relaydesk-idle"));
    /** Claims and releases, one at a time in the order asked: they wait for the worker, the editor need not. */
    private final ExecutorService claiming = Executors.newSingleThreadExecutor(named("relaydesk-claims"));
    /**
     * How long opening a reply waits for its claim to reach the server. A sync round holds the one
     * connection for seconds (a part of a first sync's older mail, a catch-up after days offline):
     * the editor opens anyway, and the claim follows when the round is over; the check before
     * sending covers a teammate who answered meanwhile.
     */
    static final Duration CLAIM_WAIT = Duration.ofSeconds(1);
    /**
     * How long a mark or report waits for the server. A command on a connection a router dropped
     * silently gets no answer until the read timeout (2 minutes), then runs again on a fresh login
     * ({@link SyncConnection}): the wait covers both, so the seller is not told of a failure that is
     * being mended.
     */
    static final Duration SERVER_WAIT = Duration.ofMinutes(5);
    private final java.util.concurrent.ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(named("relaydesk-timer"));
    /**
     * A sync runs this often even while IDLE stays quiet: some servers (Exchange, the demo relay's
     * GreenMail) do not tell an idling client about flags another desktop changed, and only INBOX is
     * watched, not Sent. With CONDSTORE a sync that finds nothing costs a few milliseconds.
     */
    static final Duration SAFETY_SYNC = Duration.ofMinutes(5);
    private Duration safetySync = SAFETY_SYNC;
    /**
     * A folder's first sync starts with this many of its newest messages (INBOX's, then Sent's), shown
     * at once; the older ones follow. A few days of a busy seller's mail, one store batch.
     */
    static final int NEWEST_FIRST = 1000;
    private int newestFirst = NEWEST_FIRST;
    /**
     * How long one sync round downloads a first sync's older mail (per folder) before it lets the
     * rest of the session's work in — new mail, replies waiting in the outbox — and goes on in the
     * next round. A round spends about a second on its other work over the internet.
     */
    static final Duration OLDER_MAIL_PER_ROUND = Duration.ofSeconds(3);
    private Duration olderMailPerRound = OLDER_MAIL_PER_ROUND;
    private final AtomicBoolean syncQueued = new AtomicBoolean();
    private final AtomicBoolean restQueued = new AtomicBoolean();
    private final CancellationToken cancel = new CancellationToken();
    /** The sync round running now (or the last one): {@link #stopSync} stops it, not the session. */
    private volatile CancellationToken round = new CancellationToken(cancel);
    /** When the person last stopped a sync (System.nanoTime), 0 never: syncs asked for before that are dropped. */
    private volatile long stoppedAt;
    /** The person stopped a sync: a first sync's older mail waits for them to sync again (F5). */
    private volatile boolean olderMailStopped;
    private final IdleWatcher idle;
    private final List<AutoCloseable> closeAfter = new CopyOnWriteArrayList<>();
    private final SyncConnection connection; // used on the worker thread only
    private final DeskLock desk;
    private final ProfileInbox profileInbox;
    private final TeamClaims claims;
    private final OldStyleAnswers oldStyleAnswers;
    private final ReplyRaceCheck raceCheck;
    private final AuditTrail audit;
    private final ProfileDrafts drafts;

    public SyncedMailboxSession(String label, String sellerAddress, AccountCache cache,
                                Supplier<MailBackend> connector, Clock clock) {
        this.label = label;
        this.sellerAddress = sellerAddress;
        this.sellerName = sellerAddress;
        this.cache = cache;
        this.connection = new SyncConnection(connector);
        this.clock = clock;
        this.locations = new MessageLocations(cache);
        Profiles profiles = new Profiles(cache.profiles(), new PinHasher(), clock);
        // first run: the computer's user becomes the owner profile, without PIN (nothing changes for a seller alone)
        profiles.ensureOwner(System.getProperty("user.name", "seller"));
        this.desk = new DeskLock(profiles);
        this.outboxSender = new OutboxSender(cache.outbox(), Linter.standard(), sellerAddress,
                new SendRaceGuard(cache.outbox(),
                        (buyer, keyword) -> cache.sightings().firstSeenOn(buyer, keyword, clock.instant()),
                        () -> desk.current().initials()));
        this.profileInbox = new ProfileInbox(cache.inbox(), cache.reads(), cache.profiles(), () -> desk.current().id());
        ServerCalls server = new WorkerCalls();
        this.claims = new TeamClaims(cache, locations, server, () -> desk.current().initials(),
                () -> desk.profiles().all().stream().map(Profile::initials).collect(java.util.stream.Collectors.toSet()),
                clock, cancel);
        this.oldStyleAnswers = new OldStyleAnswers(cache, clock, cancel);
        this.raceCheck = new ReplyRaceCheck(cache, server, sellerAddress, cancel, clock);
        this.audit = new AuditTrail(cache, locations, () -> desk.current().name());
        this.triage = new SessionTriage(cache, locations, audit, () -> desk.current().id(), server, this::syncSoon,
                cancel, listeners);
        this.drafts = new ProfileDrafts(cache, locations, () -> desk.current().id());
        this.idle = new IdleWatcher(connector, MailSync.INBOX, new IdleWatcher.Events() {
            @Override
            public void changed() {
                syncSoon();
            }

            @Override
            public void heard(IdleWatcher.WatchedChanges here) {
                syncHeard(here);
            }

            @Override
            public void failed(MailException failure, Duration retryIn) {
                if (!failure.retryable()) {
                    // a refused password or sign-in, a missing server: trying again cannot help, and
                    // providers lock out clients that keep failing logins
                    idle.stop();
                    listeners.forEach(l -> l.failed(failure.getMessage()));
                    return;
                }
                listeners.forEach(l -> l.failed(failure.getMessage() + " Retrying in " + retryIn.toSeconds() + " s."));
            }
        });
    }

    /** Closes {@code resource} (the demo's relay) after this session, when the app closes it. */
    public SyncedMailboxSession closing(AutoCloseable resource) {
        closeAfter.add(resource);
        return this;
    }

    /** Starts the first sync and push; returns at once. */
    public SyncedMailboxSession start() {
        syncSoon();
        push.execute(idle::run);
        long every = safetySync.toMillis();
        timer.scheduleWithFixedDelay(this::syncSoon, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Tests: the safety-net sync at another interval than {@link #SAFETY_SYNC}; before {@link #start}. */
    SyncedMailboxSession syncingEvery(Duration interval) {
        this.safetySync = interval;
        return this;
    }

    @Override
    public String accountLabel() {
        return label;
    }

    @Override
    public MailboxQueries queries() {
        return profileInbox;
    }

    @Override
    public com.relaydesk.inbox.ReplyDrafts drafts() {
        return drafts;
    }

    @Override
    public com.relaydesk.inbox.ReplySignature signature() {
        return new com.relaydesk.inbox.ReplySignature() {
            @Override
            public String text(String language) {
                return cache.profiles().signature(desk.current().id(), language);
            }

            @Override
            public void save(String language, String text) {
                cache.profiles().setSignature(desk.current().id(), language, text);
            }
        };
    }

    @Override
    public DeskLock desk() {
        return desk;
    }

    @Override
    public java.util.Optional<com.relaydesk.model.Order> order(String orderId) {
        return orderId == null ? java.util.Optional.empty() : cache.orders().find(orderId);
    }

    @Override
    public com.relaydesk.orders.ImportedReport importOrders(java.nio.file.Path report) {
        com.relaydesk.orders.ImportedReport done = new com.relaydesk.store.OrderImport(cache.orders()).importFile(report);
        // a team sees who brought which report in, as for every other change to the shared cache
        audit.record("orders imported", report.getFileName().toString(), done.summary());
        try {
            cache.orders().reportHandled(java.nio.file.Files.getLastModifiedTime(report).toInstant());
        } catch (java.io.IOException gone) {
            // imported, then moved away: nothing left to offer again
        }
        return done;
    }

    @Override
    public java.util.Optional<com.relaydesk.orders.NewOrderReports.Found> newOrdersReport(
            java.util.Collection<java.nio.file.Path> folders) {
        if (isDemo()) {
            return java.util.Optional.empty();
        }
        return com.relaydesk.orders.NewOrderReports.newest(folders, cache.orders().reportsHandledUntil(), clock.instant());
    }

    @Override
    public void declineOrdersReport(com.relaydesk.orders.NewOrderReports.Found report) {
        cache.orders().reportHandled(report.modified());
    }

    @Override
    public int marksWaiting() {
        return triage.waiting();
    }

    @Override
    public void recordSettingsChange(String changes) {
        audit.record("settings changed", null, changes);
    }

    @Override
    public com.relaydesk.templates.TemplateRepository templates() {
        return cache.templates().actingAs(audit::actor); // the audit log names the profile that saved or deleted
    }

    @Override
    public boolean isDemo() {
        return demo;
    }

    /** Marks this session as the offline demo (the window then offers to connect a real mailbox). */
    public SyncedMailboxSession asDemo() {
        this.demo = true;
        return this;
    }

    @Override
    public String sellerName() {
        return sellerName;
    }

    /** The name {{seller.name}} fills in (the shop's name; the address when none is known). */
    public SyncedMailboxSession withSellerName(String name) {
        this.sellerName = name;
        return this;
    }

    @Override
    public TriageCommands triage() {
        return triage;
    }

    /**
     * Acts as the profile with this name (audit, claims), adding it when missing, without a lock:
     * tests and scripted desktops. People switch through the window's lock screen.
     */
    public SyncedMailboxSession actingAs(String name) {
        Profiles profiles = desk.profiles();
        Profile chosen = profiles.all().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                .orElseGet(() -> profiles.add(profiles.owner(), name));
        desk.actAs(chosen);
        return this;
    }

    @Override
    public java.util.Optional<String> claimedBy(long messageId) {
        return claims.claimedBy(messageId);
    }

    @Override
    public java.util.Map<Long, String> claimedByOthers() {
        return claims.othersClaims();
    }

    @Override
    public void claim(long messageId) {
        if (!awaitClaiming(claiming.submit(() -> claims.claim(messageId)), CLAIM_WAIT)) {
            LOG.fine(() -> "claim of " + messageId + " waits for the sync running now");
        }
    }

    @Override
    public void release(long messageId) {
        awaitClaiming(claiming.submit(() -> claims.release(messageId)), null);  // after the claim, even one still waiting
    }

    /** Waits for a claim or release, at most {@code limit} (null: until done); false when it is still on its way. */
    private static boolean awaitClaiming(Future<?> done, Duration limit) {
        try {
            if (limit == null) {
                done.get();
            } else {
                done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (java.util.concurrent.TimeoutException stillOnItsWay) {
            return false;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The session's worker as {@link ServerCalls}: claims and the race check use the sync connection. */
    private final class WorkerCalls implements ServerCalls {
        @Override
        public void run(java.util.function.Consumer<MailBackend> work) {
            runOnWorker(work);
        }

        @Override
        public <T> T call(java.util.function.Function<MailBackend, T> work, Duration limit) throws Exception {
            return worker.submit(() -> connection.run(work, cancel)).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void dropConnectionLater() {
            SyncedMailboxSession.this.dropConnectionLater();
        }
    }

    /** Runs server work on the worker and waits; a lost connection is logged in again once ({@link SyncConnection}). */
    private void runOnWorker(java.util.function.Consumer<MailBackend> work) {
        Future<?> done = worker.submit(() -> connection.run(connected -> {
            work.accept(connected);
            return null;
        }, cancel));
        try {
            done.get(SERVER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // the connection was dropped on the worker already: nothing queued behind this work reuses it
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to the server.", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new MailException("The server did not answer within " + SERVER_WAIT.toMinutes()
                    + " minutes. Check the connection and try again.");
        }
    }

    @Override
    public void syncNow() {
        olderMailStopped = false;
        syncSoon();
    }

    /** A sync the session starts itself (new mail, sending, the timer): a stopped first sync's older mail still waits. */
    private void syncSoon() {
        if (cancel.isCancelled() || !syncQueued.compareAndSet(false, true)) {
            return; // one queued sync covers every request made before it starts
        }
        long requested = System.nanoTime();
        worker.execute(() -> {
            syncQueued.set(false);
            long stopped = stoppedAt;
            if (stopped != 0 && stopped - requested > 0) {
                return; // asked for before the person stopped syncing (IDLE's first connect, say): not now
            }
            syncAll();
        });
    }

    @Override
    public ReplySender replies() {
        return new ReplySender() {
            @Override
            public void send(ReplySender.Reply reply) {
                queue(reply);
            }

            @Override
            public java.util.Optional<String> answeredElsewhere(long buyerMessageId) {
                return raceCheck.answeredElsewhere(buyerMessageId);
            }

            @Override
            public ReplySender.Allowance allowance() {
                com.relaydesk.store.DailyUsage.Reading reading = new com.relaydesk.store.DailyUsage(cache)
                        .today(clock.instant(), java.time.ZoneOffset.UTC);
                return new ReplySender.Allowance(reading.sentToday(), reading.limit());
            }
        };
    }

    private void dropConnectionLater() {
        worker.execute(connection::drop);
    }

    private void queue(ReplySender.Reply reply) {
        {
            MessageLocations.Location original = reply.inReplyTo() == 0 ? null
                    : locations.locate(reply.inReplyTo()).orElse(null);
            ReplyMessage.Built built = ReplyMessage.build(reply, sellerAddress,
                    original == null ? null : original.messageId(),
                    original == null ? List.of() : original.references(), clock.instant());
            audit.record("replied", original == null ? built.messageId() : original.messageId(),
                    "reply " + built.messageId() + " to " + reply.to());
            cache.outbox().enqueue(new OutboxStore.NewReply(built.messageId(), reply.to(), reply.subject(), reply.text(),
                    null, built.inReplyTo(), built.references(), reply.orderId(), built.rfc822(), reply.sendAnyway()));
            reportOutbox();
            syncSoon(); // sending goes first in every sync run
        }
    }

    private void reportOutbox() {
        int waiting = cache.outbox().waitingCount();
        int failed = (int) cache.outbox().all().stream()
                .filter(entry -> entry.state() == OutboxStore.State.FAILED || entry.state() == OutboxStore.State.HELD)
                .count();
        listeners.forEach(l -> l.outboxCount(waiting, failed));
    }

    @Override
    public List<String> history(long messageId) {
        return audit.history(messageId);
    }

    @Override
    public void exportAudit(java.nio.file.Path csv) throws java.io.IOException {
        audit.exportCsv(csv);
    }

    @Override
    public List<OutboxStore.Entry> outbox() {
        return cache.outbox().all();
    }

    @Override
    public void retry(String messageId) {
        cache.outbox().advance(messageId, OutboxStore.State.FAILED, OutboxStore.State.QUEUED);
        reportOutbox();
        syncSoon();
    }

    @Override
    public void sendAnyway(String messageId) {
        boolean unconfirmed = cache.outbox().find(messageId).map(OutboxStore.Entry::unconfirmed).orElse(false);
        cache.outbox().sendAnyway(messageId);
        audit.record("send anyway", messageId, unconfirmed
                ? "reply held because the mail server never confirmed it" : "reply held because the buyer was answered elsewhere");
        reportOutbox();
        syncSoon();
    }

    @Override
    public void discard(String messageId) {
        cache.outbox().discard(messageId);
        audit.record("discarded", messageId, "reply not sent");
        reportOutbox();
    }

    /**
     * New mail or changes the IDLE connection heard are stored over that connection (no second open
     * of INBOX: see {@link IdleWatcher}), on the worker thread, so no other sync stores a folder at
     * the same time; the watcher waits meanwhile. The rest of a sync round (outbox, Sent, marks,
     * claims, listeners) follows as its own task, and the watcher goes back to IDLE at once.
     */
    private void syncHeard(IdleWatcher.WatchedChanges here) {
        Future<Boolean> done;
        try {
            done = worker.submit(() -> !cancel.isCancelled()
                    && here.syncHere(cache.sync(), progressTo(MailSync.INBOX), cancel).isPresent());
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            return;
        }
        boolean stored;
        try {
            stored = done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new com.relaydesk.mail.SyncCancelledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        if (!stored) {
            syncSoon();
        } else if (!cancel.isCancelled() && restQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                restQueued.set(false);
                if (!syncQueued.get()) {  // a queued full sync does all of it anyway
                    syncAll(false);
                }
            });
        }
    }

    private void syncAll() {
        syncAll(true);
    }

    /** One sync round: outbox first, then INBOX (unless the IDLE connection just stored it) and Sent. */
    private void syncAll(boolean inbox) {
        CancellationToken thisRound = new CancellationToken(cancel);
        round = thisRound;
        try {
            // a round is safe to repeat: a connection lost since the last one is logged in again, not reported
            connection.run(connected -> {
                syncRound(connected, inbox, thisRound);
                return null;
            }, thisRound);
        } catch (RuntimeException e) {
            if (cancel.isCancelled()) {
                return;
            }
            if (thisRound.isCancelled()) {
                // Stopped mid-command: the connection may still owe the rest of an answer; the next sync logs in afresh.
                LOG.info("sync stopped by the user");
                listeners.forEach(SessionListener::syncStopped);
                return;
            }
            LOG.log(Level.INFO, "sync failed", e);
            // started offline, the round never reached the outbox or the marks: what waits is still said
            reportOutbox();
            triage.roundFailed(e instanceof MailException mail && mail.retryable());
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            listeners.forEach(l -> l.failed(message));
        }
    }

    /** The work of one round, on the sync connection: outbox, the folders, marks and claims, then the listeners. */
    private void syncRound(MailBackend connected, boolean inbox, CancellationToken thisRound) {
        java.util.Optional<MailException> notSent;
        try {
            notSent = outboxSender.drain(connected);
        } finally {
            reportOutbox();
        }
        triage.pushWaiting(connected); // the folders are synced below
        List<String> shown = MailSync.shownFolders(connected, cache.sync());
        List<String> folders = new ArrayList<>(shown);
        if (!inbox) {
            folders.remove(MailSync.INBOX);
        }
        boolean olderMailWaits = olderMailStopped;
        if (olderMailWaits) {
            folders.removeIf(folder -> cache.sync().loadState(folder).uidValidity() == 0); // not begun: it all waits
        } else {
            syncNewestFirst(connected, folders, thisRound);
        }
        for (String folder : folders) {
            FolderSyncResult result = connected.syncFolder(folder, cache.sync(), progressTo(folder), thisRound,
                    olderMailWaits ? MailSync.NO_OLDER_MAIL : olderMailPerRound);
            LOG.fine(() -> "synced " + result);
        }
        triage.roundSynced();
        claims.tidy(connected);
        oldStyleAnswers.tidy(connected);
        if (olderMailToCome(shown)) {
            if (olderMailWaits) {
                listeners.forEach(l -> l.syncedOlderMailStopped(clock.instant()));
            } else {
                listeners.forEach(SessionListener::newestSynced);
                syncSoon();  // the next part of it, after whatever was asked for meanwhile
            }
        } else {
            listeners.forEach(l -> l.synced(clock.instant()));
        }
        notSent.ifPresent(e -> listeners.forEach(l -> l.sendingFailed((e instanceof SubmissionUnconfirmedException
                ? "A reply is held in the outbox: " : "Replies wait in the outbox: ") + e.getMessage())));
    }

    /**
     * Folders never synced into this cache (a mailbox just connected) get their newest messages
     * first, each folder's before any folder's older mail, and the lists show them while the rest
     * downloads (years of mail can take minutes over the internet).
     */
    private void syncNewestFirst(MailBackend connected, List<String> folders, CancellationToken thisRound) {
        List<String> firstTime = folders.stream().filter(f -> cache.sync().loadState(f).uidValidity() == 0).toList();
        if (firstTime.isEmpty()) {
            return;
        }
        for (String folder : firstTime) {
            FolderSyncResult result = connected.syncNewest(folder, newestFirst, cache.sync(), progressTo(folder), thisRound);
            LOG.fine(() -> "synced newest " + result);
        }
        listeners.forEach(SessionListener::newestSynced);
    }

    /** A first sync's older mail is still downloading in some folder (it goes on round by round). */
    private boolean olderMailToCome(List<String> folders) {
        return folders.stream().anyMatch(folder -> cache.sync().newestWindowFrom(folder) > 0);
    }

    @Override
    public void stopSync() {
        olderMailStopped = true;
        stoppedAt = System.nanoTime();
        round.cancel();
    }

    /** For tests: how long a round downloads older mail ({@link #OLDER_MAIL_PER_ROUND}). */
    SyncedMailboxSession olderMailPerRound(Duration duration) {
        this.olderMailPerRound = duration;
        return this;
    }

    /** For tests: how many newest messages a first sync starts with. */
    SyncedMailboxSession newestFirst(int count) {
        this.newestFirst = count;
        return this;
    }

    private SyncListener progressTo(String folder) {
        return new SyncListener() {
            @Override
            public void folderStarted(String name, long newMessages) {
                listeners.forEach(l -> l.syncProgress(folder, 0, newMessages));
            }

            @Override
            public void progress(String name, long done, long total, long bytes) {
                listeners.forEach(l -> l.syncProgress(folder, done, total));
            }

            @Override
            public void newestStored(String name) {
                listeners.forEach(SessionListener::newestSynced);  // listed now, not when this part of older mail is in
            }
        };
    }

    @Override
    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        cancel.cancel();
        timer.shutdownNow();
        idle.stop();
        push.shutdownNow();
        claiming.shutdownNow();
        worker.execute(connection::drop);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cache.close();
        for (AutoCloseable resource : closeAfter) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not close " + resource, e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
