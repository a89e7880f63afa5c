package com.relaydesk.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A {@link SyncStore} in memory for sync tests: same contract, no SQL. Counts its writes. */
public final class MemorySyncStore implements SyncStore {

    private final Map<String, FolderSyncState> states = new HashMap<>();
    private final Map<String, TreeMap<Long, FetchedMessage>> messages = new HashMap<>();
    private final Map<String, Long> windowFrom = new HashMap<>();
    public int writes;
    public int resets;
    public int duplicateInserts;

    @Override
    public synchronized FolderSyncState loadState(String folder) {
        return states.getOrDefault(folder, FolderSyncState.empty(folder));
    }

    @Override
    public synchronized void storeBatch(String folder, List<FetchedMessage> batch, FolderSyncState stateAfter) {
        writes++;
        TreeMap<Long, FetchedMessage> m = folder(folder);
        for (FetchedMessage msg : batch) {
            if (m.put(msg.uid(), msg) != null) {
                duplicateInserts++;
            }
        }
        states.put(folder, stateAfter);
    }

    @Override
    public synchronized void storeNewest(String folder, List<FetchedMessage> batch, FolderSyncState stateAfter) {
        storeBatch(folder, batch, stateAfter);
        batch.stream().mapToLong(FetchedMessage::uid).min()
                .ifPresent(lowest -> windowFrom.merge(folder, lowest, Math::min));
    }

    @Override
    public synchronized long newestWindowFrom(String folder) {
        long from = windowFrom.getOrDefault(folder, 0L);
        return loadState(folder).uidNext() < from ? from : 0;
    }

    @Override
    public synchronized void applyFlags(String folder, Map<Long, Set<String>> flagsByUid, FolderSyncState stateAfter) {
        writes++;
        TreeMap<Long, FetchedMessage> m = folder(folder);
        flagsByUid.forEach((uid, flags) -> m.computeIfPresent(uid, (k, old) -> withFlags(old, flags)));
        states.put(folder, stateAfter);
    }

    @Override
    public synchronized void removeMessages(String folder, Collection<Long> uids, FolderSyncState stateAfter) {
        writes++;
        uids.forEach(folder(folder)::remove);
        states.put(folder, stateAfter);
    }

    @Override
    public synchronized long[] cachedUids(String folder) {
        return folder(folder).keySet().stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public synchronized Map<Long, Set<String>> cachedFlags(String folder) {
        Map<Long, Set<String>> flags = new HashMap<>();
        folder(folder).forEach((uid, message) -> flags.put(uid, message.flags()));
        return flags;
    }

    @Override
    public synchronized void resetFolder(String folder, FolderSyncState newState) {
        writes++;
        resets++;
        folder(folder).clear();
        windowFrom.remove(folder);
        states.put(folder, newState);
    }

    public synchronized List<FetchedMessage> messages(String folder) {
        return new ArrayList<>(folder(folder).values());
    }

    public synchronized FetchedMessage message(String folder, long uid) {
        return folder(folder).get(uid);
    }

    private TreeMap<Long, FetchedMessage> folder(String folder) {
        return messages.computeIfAbsent(folder, f -> new TreeMap<>());
    }

    private static FetchedMessage withFlags(FetchedMessage m, Set<String> flags) {
        return new FetchedMessage(m.folder(), m.uid(), m.modSeq(), m.messageId(), m.inReplyTo(), m.references(),
                m.fromAddress(), m.fromName(), m.to(), m.subject(), m.sentDate(), m.receivedDate(), flags, m.size(),
                m.textBody(), m.htmlBody(), m.attachments(), m.buyerAlias(), m.orderId(), m.notice(), m.damage());
    }
}
