package com.relaydesk.mail;

/**
 * Progress of a sync; implementations must return quickly. Calls come one at a time, but
 * {@link #progress} comes from the thread that stores batches, not the one that called sync.
 */
public interface SyncListener {

    /** A folder starts; {@code newMessages} is how many messages will be downloaded (may be 0). */
    default void folderStarted(String folder, long newMessages) { }

    /** After each stored batch: messages and wire bytes downloaded so far in this folder. */
    default void progress(String folder, long messagesDone, long newMessages, long bytesDone) { }

    /**
     * While a first sync's older mail is still to come, mail newer than what was stored before was
     * stored: the lists can show it before this sync is done.
     */
    default void newestStored(String folder) { }

    /** A folder is done. */
    default void folderFinished(FolderSyncResult result) { }

    SyncListener NONE = new SyncListener() { };
}
