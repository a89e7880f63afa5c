package com.relaydesk.session;

import com.relaydesk.inbox.ReplyDraft;
import com.relaydesk.inbox.ReplyDrafts;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.DraftOperations.Draft;
import com.relaydesk.store.MessageLocations;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Drafts of the current profile, keyed by the Message-ID of the buyer message (survives a resync). */
public final class ProfileDrafts implements ReplyDrafts {

    private final AccountCache cache;
    private final MessageLocations locations;
    private final LongSupplier profile;

    public ProfileDrafts(AccountCache cache, MessageLocations locations, LongSupplier profile) {
        this.cache = cache;
        this.locations = locations;
        this.profile = profile;
    }

    @Override
    public Optional<ReplyDraft> load(long messageId) {
        return existing(messageId).map(draft -> new ReplyDraft(draft.to(), draft.subject(), draft.body(),
                reason(draft.contactReason()), draft.newMessage(), draft.attachments(), draft.attachmentsLeftOut()));
    }

    @Override
    public void save(long messageId, ReplyDraft draft) {
        Optional<String> answering = answering(messageId);
        if (answering.isEmpty()) {
            return; // a message without Message-ID cannot be found again after a resync
        }
        ReplyDraft kept = draft.keptWithin(ReplyDraft.MAX_KEPT_ATTACHMENT_BYTES);
        long id = draftId(answering.get()).orElse(0L);
        cache.drafts().save(profile.getAsLong(), new Draft(id, answering.get(), kept.to(), kept.subject(), kept.body(),
                null, null, null, kept.reason() == null ? null : kept.reason().name(), kept.newMessage(),
                kept.attachments(), kept.leftOut()));
    }

    @Override
    public void discard(long messageId) {
        answering(messageId).flatMap(this::draftId).ifPresent(id -> cache.drafts().delete(profile.getAsLong(), id));
    }

    private Optional<Draft> existing(long messageId) {
        return answering(messageId).flatMap(id -> cache.drafts().forMessage(profile.getAsLong(), id));
    }

    private Optional<Long> draftId(String answering) {
        return cache.drafts().idFor(profile.getAsLong(), answering);
    }

    private Optional<String> answering(long messageId) {
        return locations.locate(messageId).map(MessageLocations.Location::messageId);
    }

    /** A reason renamed or dropped since the draft was kept is left off rather than losing the whole draft. */
    private static ContactReason reason(String name) {
        return Arrays.stream(ContactReason.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
