package com.relaydesk.inbox;

/**
 * One open mailbox: its cache, its sync and its triage commands. The app opens one for the
 * configured account, or for the embedded relay in offline demo mode.
 */
public interface MailboxSession extends AutoCloseable {

    /** Says where the mail comes from, e.g. "Offline demo · relay on 127.0.0.1:3143". */
    String accountLabel();

    MailboxQueries queries();

    /** True for the offline demo on the embedded relay. */
    boolean isDemo();

    TriageCommands triage();

    /** The seller's reply templates (E5), kept with this mailbox. */
    com.relaydesk.templates.TemplateRepository templates();

    /** The seller's name for {{seller.name}}. */
    String sellerName();

    /** "Being answered by AB since 10:02" when another desktop claimed the message (not timed out). */
    java.util.Optional<String> claimedBy(long messageId);

    /** Every message someone else on the team is answering now: message → their initials. Reads the disk. */
    java.util.Map<Long, String> claimedByOthers();

    /**
     * Claims the message for this desktop's user while a reply is written; talks to the server, but
     * returns after a moment if a sync holds the connection (the claim is made once it is over).
     */
    void claim(long messageId);

    /** Takes this desktop's claim off (sent or editor closed); talks to the server. */
    void release(long messageId);

    /** Who marked, reported or replied to this message and when, newest first (the audit log). */
    java.util.List<String> history(long messageId);

    /** Writes the whole audit log as CSV (time, actor, action, message ID, detail). */
    void exportAudit(java.nio.file.Path csv) throws java.io.IOException;

    /** Every reply in the outbox, newest first, with its state and last error; reads the disk. */
    java.util.List<com.relaydesk.mail.OutboxStore.Entry> outbox();

    /** Puts a failed reply back in the queue (after the seller fixed what stopped it) and syncs. */
    void retry(String messageId);

    /** Sends a reply that was held (another desktop answered first) after all, and syncs. */
    void sendAnyway(String messageId);

    /** Drops a held or failed reply: it is never sent and stays listed as discarded. */
    void discard(String messageId);

    /** Sends replies through the outbox of this mailbox. */
    ReplySender replies();

    /** The order with that ID from the imported order report; reads the disk. */
    java.util.Optional<com.relaydesk.model.Order> order(String orderId);

    /**
     * Imports the marketplace's "All Orders" report (tab-separated, as Seller Central downloads it):
     * orders, their status, tracking and delivery dates, for the reading pane and the templates'
     * variables. Importing the same report again changes nothing; unreadable rows are reported and
     * the others imported. Reads and writes the disk.
     */
    com.relaydesk.orders.ImportedReport importOrders(java.nio.file.Path report);

    /**
     * An orders report downloaded into one of {@code folders} since the last one imported or declined
     * (within {@link com.relaydesk.orders.NewOrderReports#RECENT}), to offer; empty for the demo,
     * whose orders are its own. Reads the disk.
     */
    java.util.Optional<com.relaydesk.orders.NewOrderReports.Found> newOrdersReport(
            java.util.Collection<java.nio.file.Path> folders);

    /** "Not now" on an offered report: it, and any older, is not offered again. Writes the disk. */
    void declineOrdersReport(com.relaydesk.orders.NewOrderReports.Found report);

    /**
     * Records in the audit log that the person working now changed the mailbox's settings
     * ({@code changes} in words: "shop name: none → Walnut & Wick"). Writes the disk.
     */
    void recordSettingsChange(String changes);

    /**
     * Marks (No Response Needed, Report, their undo) made while the server could not be reached,
     * waiting for the next sync that reaches it; read marks wait too and are not counted. Reads the disk.
     */
    int marksWaiting();

    /** Unsent replies of the person working now (each profile has its own). */
    ReplyDrafts drafts();

    /** The signature of the person working now (each profile has its own). */
    ReplySignature signature();

    /** Who works on this desktop now (profiles of this account) and whether the window is locked. */
    com.relaydesk.team.DeskLock desk();

    /**
     * The person asks for a sync (F5): starts one now unless one is running, and lets a first sync's
     * older mail go on if they stopped it; progress and results arrive through the listener.
     */
    void syncNow();

    /**
     * Stops the sync running now at its next safe point (what it stored stays). The next one — new
     * mail, the check every few minutes, F5 — goes on from there, except that a first sync's older
     * mail waits for F5: the person stopped the download, and new mail should not start it again.
     * Nothing when none runs.
     */
    default void stopSync() {
    }

    /** Listener calls come on background threads. */
    void addListener(SessionListener listener);

    @Override
    void close();
}
