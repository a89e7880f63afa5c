package com.relaydesk.session;

import com.relaydesk.inbox.ReplyDrafts;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.DraftOperations.Draft;
import com.relaydesk.store.MessageLocations;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Drafts of the current profile, keyed by the Message-ID of the buyer message (survives a resync). */
final class ProfileDrafts implements ReplyDrafts {

    private final AccountCache cache;
    private final MessageLocations locations;
    private final LongSupplier profile;

    ProfileDrafts(AccountCache cache, MessageLocations locations, LongSupplier profile) {
        this.cache = cache;
        this.locations = locations;
        this.profile = profile;
    }

    @Override
    public Optional<String> load(long messageId) {
        return existing(messageId).map(Draft::body);
    }

    @Override
    public void save(long messageId, String to, String subject, String body) {
        Optional<String> answering = answering(messageId);
        if (answering.isEmpty()) {
            return; // a message without Message-ID cannot be found again after a resync
        }
        long id = existing(messageId).map(Draft::id).orElse(0L);
        cache.drafts().save(profile.getAsLong(), new Draft(id, answering.get(), to, subject, body, null, null, null));
    }

    @Override
    public void discard(long messageId) {
        existing(messageId).ifPresent(draft -> cache.drafts().delete(profile.getAsLong(), draft.id()));
    }

    private Optional<Draft> existing(long messageId) {
        return answering(messageId).flatMap(id -> cache.drafts().forMessage(profile.getAsLong(), id));
    }

    private Optional<String> answering(long messageId) {
        return locations.locate(messageId).map(MessageLocations.Location::messageId);
    }
}
