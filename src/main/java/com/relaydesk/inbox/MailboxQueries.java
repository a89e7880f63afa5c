package com.relaydesk.inbox;

import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.ResponseStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the inbox screens read. Every call may touch the disk: callers run it off the
 * JavaFX application thread.
 */
public interface MailboxQueries {

    /** A page of a view, newest first; {@code after} is the last row of the previous page, null for the first. */
    default List<MessageSummary> page(MailboxView view, MessageSummary after, int limit) {
        return page(view, ListOrder.NEWEST_FIRST, after, limit);
    }

    /** A page of a view in the given order; {@code after} is the last row of the previous page, null for the first. */
    List<MessageSummary> page(MailboxView view, ListOrder order, MessageSummary after, int limit);

    /** The list order the person at work chose last time (newest first until they choose). */
    default ListOrder chosenOrder() {
        return ListOrder.NEWEST_FIRST;
    }

    /** Remembers the list order the person at work chose, for their next start and switch back. */
    default void chooseOrder(ListOrder order) {
    }

    /** How many messages each view holds (the badge beside Response Needed). */
    Map<MailboxView, Integer> counts();

    /** One message's row, as the lists show it (no body read); empty when it is no longer here. */
    Optional<MessageSummary> summary(long messageId);

    Optional<MessageDetail> detail(long messageId);

    /** The decoded content of an attachment listed in a {@link MessageDetail}. */
    Optional<byte[]> attachmentContent(long attachmentId);

    /** Every message with this buyer alias, oldest first (the conversation pane groups them by order). */
    List<MessageSummary> conversation(String buyerAlias);

    /**
     * Full-text search over subject, body, buyer name, alias and order ID among the messages of
     * {@code view}, newest matches first ({@link MailboxView#ALL} searches every message).
     */
    List<MessageSummary> search(MailboxView view, String query, int limit);

    /**
     * Buyer messages received since {@code since} with the time of the first reply to each, for
     * the response-time dashboard (E3); messages marked No Response Needed or reported left out.
     */
    List<ResponseStats.Sample> responseSamples(Instant since);

    /** The names buyers last wrote under, by relay alias (lowercase), for those of {@code aliases} known. */
    java.util.Map<String, String> buyerNames(java.util.Collection<String> aliases);

    /**
     * The messages in Response Needed that arrived before {@code before}, oldest first: the backlog
     * a seller clears on the first day, most of it answered in Seller Central, where replies never
     * reach this mailbox.
     */
    List<Long> responseNeededBefore(Instant before);

    /** Whether the seller chose to leave the old backlog in Response Needed on this mailbox (asked once). */
    default boolean backlogOfferDeclined() {
        return false;
    }

    /** Remembers, for every desktop profile of this mailbox, not to offer clearing the backlog again. */
    default void declineBacklogOffer() {
    }

    /**
     * While a first sync of a mailbox just connected downloads older mail, the lists show messages
     * from this time on (the newest came first); empty when every message is shown.
     */
    default java.util.Optional<java.time.Instant> shownFrom() {
        return java.util.Optional.empty();
    }

    /** When mail from the server was last stored here (any run); empty for a cache never synced. */
    default java.util.Optional<java.time.Instant> lastSynced() {
        return java.util.Optional.empty();
    }
}
