package com.relaydesk.inbox;

/**
 * What a seller does to a message besides answering it. Each change is a keyword or flag on
 * the server, so every desktop of the mailbox sees it after its next sync (E2, E4).
 */
public interface TriageCommands {

    void markNoResponseNeeded(long messageId, boolean noResponseNeeded);

    /**
     * The same on many messages at once, in one server command per folder and a few hundred
     * messages (a backlog answered elsewhere, cleared on the first day with RelayDesk).
     */
    void markNoResponseNeeded(java.util.Collection<Long> messageIds, boolean noResponseNeeded);

    /** Reports the message (E4), or takes the report back when {@code reported} is false. */
    void report(long messageId, boolean reported);

    void markRead(long messageId, boolean read);

    /** The same on many messages at once (rows picked together), in one server command per folder. */
    void markRead(java.util.Collection<Long> messageIds, boolean read);

    /** The marks made here that wait for the server (read marks left out), newest message first. Reads the disk. */
    java.util.List<WaitingMark> waitingMarks();

    /** Takes back a mark that waits for the server before it gets there: the server's state stands. */
    void withdraw(WaitingMark mark);
}
