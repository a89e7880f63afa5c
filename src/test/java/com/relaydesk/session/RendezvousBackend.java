package com.relaydesk.session;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.Capability;
import com.relaydesk.mail.FlagState;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.SentMail;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.SyncStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real backend that makes "at the same moment" exact: each desktop's first read of a buyer
 * message's flags waits until every desktop has read them, so all read the same MODSEQ before
 * any of them stores. Everything else goes straight to the server.
 */
final class RendezvousBackend implements MailBackend {

    private final MailBackend real;
    private final CountDownLatch allRead;
    private boolean waited;

    RendezvousBackend(MailBackend real, CountDownLatch allRead) {
        this.real = real;
        this.allRead = allRead;
    }

    @Override
    public Optional<FlagState> flagState(String folder, long uid) {
        Optional<FlagState> state = real.flagState(folder, uid);
        if (!waited) {
            waited = true;
            allRead.countDown();
            try {
                if (!allRead.await(20, TimeUnit.SECONDS)) {
                    throw new AssertionError("the other desktop never read the flags");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return state;
    }

    @Override
    public void connect() {
        real.connect();
    }

    @Override
    public Set<Capability> capabilities() {
        return real.capabilities();
    }

    @Override
    public List<String> folders() {
        return real.folders();
    }

    @Override
    public Optional<String> sentFolder() {
        return real.sentFolder();
    }

    @Override
    public FolderSyncResult syncFolder(String folder, SyncStore store, SyncListener listener, CancellationToken cancel) {
        return real.syncFolder(folder, store, listener, cancel);
    }

    @Override
    public long append(String folder, byte[] rfc822, Set<String> flags) {
        return real.append(folder, rfc822, flags);
    }

    @Override
    public void setFlags(String folder, long uid, Set<String> add, Set<String> remove) {
        real.setFlags(folder, uid, add, remove);
    }

    @Override
    public void ensureKeywordsKnown(String folder, long uid, Set<String> keywords) {
        real.ensureKeywordsKnown(folder, uid, keywords);
    }

    @Override
    public boolean addFlagsIfUnchanged(String folder, long uid, long modSeq, Set<String> add) {
        return real.addFlagsIfUnchanged(folder, uid, modSeq, add);
    }

    @Override
    public List<SentMail> sentTo(String folder, String address, Instant since) {
        return real.sentTo(folder, address, since);
    }

    @Override
    public long[] uids(String folder) {
        return real.uids(folder);
    }

    @Override
    public Map<Long, Set<String>> flags(String folder) {
        return real.flags(folder);
    }

    @Override
    public long[] findByMessageId(String folder, String messageId) {
        return real.findByMessageId(folder, messageId);
    }

    @Override
    public void send(byte[] rfc822, String envelopeFrom, List<String> recipients, Runnable handingOver) {
        real.send(rfc822, envelopeFrom, recipients, handingOver);
    }

    @Override
    public boolean awaitChange(String folder) {
        return real.awaitChange(folder);
    }

    @Override
    public Optional<FolderSyncResult> syncWatched(String folder, SyncStore store, SyncListener listener,
            CancellationToken cancel) {
        return real.syncWatched(folder, store, listener, cancel);
    }

    @Override
    public void close() {
        real.close();
    }
}
