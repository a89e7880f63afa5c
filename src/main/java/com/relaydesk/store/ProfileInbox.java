package com.relaydesk.store;

import com.relaydesk.inbox.MailboxQueries;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.ResponseStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The shared inbox as one profile sees it: the same rows, with "unread" taken from that profile's
 * read set (one indexed look-up per page), so the mailbox is never copied per profile.
 */
public final class ProfileInbox implements MailboxQueries {

    private final InboxOperations inbox;
    private final ReadStateOperations reads;
    private final ProfileOperations profiles;
    private final LongSupplier profile;

    /** @param profile the id of the profile working now; asked at every read, so a switch shows at once */
    public ProfileInbox(InboxOperations inbox, ReadStateOperations reads, ProfileOperations profiles, LongSupplier profile) {
        this.inbox = inbox;
        this.reads = reads;
        this.profiles = profiles;
        this.profile = profile;
    }

    @Override
    public com.relaydesk.model.ListOrder chosenOrder() {
        return profiles.listOrder(profile.getAsLong()).orElse(com.relaydesk.model.ListOrder.NEWEST_FIRST);
    }

    @Override
    public void chooseOrder(com.relaydesk.model.ListOrder order) {
        profiles.setListOrder(profile.getAsLong(), order);
    }

    @Override
    public List<MessageSummary> page(MailboxView view, com.relaydesk.model.ListOrder order, MessageSummary after,
            int limit) {
        return asSeen(inbox.page(view, order, after, limit));
    }

    @Override
    public Map<MailboxView, Integer> counts() {
        return inbox.counts();
    }

    @Override
    public List<Long> responseNeededBefore(Instant before) {
        return inbox.responseNeededBefore(before);
    }

    @Override
    public java.util.Optional<Instant> shownFrom() {
        return inbox.shownFrom();
    }

    @Override
    public java.util.Optional<Instant> lastSynced() {
        return inbox.lastSynced();
    }

    @Override
    public boolean backlogOfferDeclined() {
        return inbox.backlogOfferDeclined();
    }

    @Override
    public void declineBacklogOffer() {
        inbox.declineBacklogOffer();
    }

    @Override
    public Optional<MessageSummary> summary(long messageId) {
        return inbox.summary(messageId).map(row -> asSeen(List.of(row)).get(0));
    }

    @Override
    public Optional<MessageDetail> detail(long messageId) {
        return inbox.detail(messageId).map(d -> {
            MessageSummary seen = asSeen(List.of(d.summary())).get(0);
            return seen == d.summary() ? d : new MessageDetail(seen, d.fromName(), d.fromAddress(), d.toAddress(),
                    d.buyerAlias(), d.textBody(), d.htmlBody(), d.attachments(), d.delivery(), d.notice(), d.damage());
        });
    }

    @Override
    public Optional<byte[]> attachmentContent(long attachmentId) {
        return inbox.attachmentContent(attachmentId);
    }

    @Override
    public List<MessageSummary> conversation(String buyerAlias) {
        return asSeen(inbox.conversation(buyerAlias));
    }

    @Override
    public List<MessageSummary> search(MailboxView view, String query, int limit) {
        return asSeen(inbox.search(view, query, limit));
    }

    @Override
    public List<ResponseStats.Sample> responseSamples(Instant since) {
        return inbox.responseSamples(since);
    }

    @Override
    public java.util.Map<String, String> buyerNames(java.util.Collection<String> aliases) {
        return inbox.buyerNames(aliases);
    }

    private List<MessageSummary> asSeen(List<MessageSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        boolean alone = reads.alone();
        Set<Long> read = reads.readAmong(profile.getAsLong(), rows.stream().map(MessageSummary::id).toList());
        return rows.stream().map(row -> {
            boolean unread = !read.contains(row.id()) && !(alone && !row.unread());
            return unread == row.unread() ? row : new MessageSummary(row.id(), row.buyerName(), row.orderId(),
                    row.subject(), row.preview(), row.time(), unread, row.hasAttachments(), row.buyerAlias(),
                    row.delivery());
        }).toList();
    }
}
