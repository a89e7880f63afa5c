package com.relaydesk.store;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FetchedMessage.FetchedAttachment;
import com.relaydesk.mail.FetchedMessage.NoticeFacts;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Builds fetched messages for store tests: buyer messages, seller replies and relay notices. */
final class TestMessages {

    static final String SELLER = "seller@example.org";
    static final String ALIAS = "k3v9x2m7q1ab@marketplace.amazon.com";
    static final String OTHER_ALIAS = "zz11yy22xx33@marketplace.amazon.com";
    static final String ORDER = "113-4455667-8899001";
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private TestMessages() {
    }

    static Builder buyer(long uid) {
        return new Builder("INBOX", uid).from(ALIAS, "Erika Mustermann").to(SELLER).buyerAlias(ALIAS)
                .subject("Where is my parcel? (Order: " + ORDER + ")").order(ORDER)
                .body("Hello, my parcel has not arrived yet.");
    }

    static Builder reply(long uid) {
        return new Builder("Sent", uid).from(SELLER, "Shop").to(ALIAS)
                .subject("Re: Where is my parcel? (Order: " + ORDER + ")").order(ORDER)
                .body("It is on its way.").flags(Set.of("\\Seen"));
    }

    static Builder notice(long uid, String originalMessageId, NoticeFacts.Outcome outcome) {
        return new Builder("INBOX", uid).from("do-not-reply@relay.relaydesk.invalid", "Relay").to(SELLER)
                .subject("Message not delivered [B2]: Re: Where is my parcel?")
                .inReplyTo(originalMessageId)
                .notice(new NoticeFacts("B2", outcome, originalMessageId, ALIAS))
                .body("Your message was not delivered: the buyer opted out.");
    }

    static final class Builder {
        private final String folder;
        private final long uid;
        private String messageId;
        private String inReplyTo;
        private List<String> references = List.of();
        private String fromAddress;
        private String fromName;
        private List<String> to = List.of();
        private String subject = "";
        private Instant time;
        private Set<String> flags = Set.of();
        private String text = "";
        private String html;
        private List<FetchedAttachment> attachments = List.of();
        private String buyerAlias;
        private String orderId;
        private NoticeFacts notice;
        private String damage;

        Builder(String folder, long uid) {
            this.folder = folder;
            this.uid = uid;
            this.messageId = "<" + folder.toLowerCase() + "-" + uid + "@test>";
            this.time = T0.plusSeconds(uid * 60);
        }

        Builder id(String id) { this.messageId = id; return this; }
        Builder inReplyTo(String id) { this.inReplyTo = id; return this; }
        Builder references(String... ids) { this.references = List.of(ids); return this; }
        Builder from(String address, String name) { this.fromAddress = address; this.fromName = name; return this; }
        Builder to(String... addresses) { this.to = List.of(addresses); return this; }
        Builder subject(String s) { this.subject = s; return this; }
        Builder at(Instant t) { this.time = t; return this; }
        Builder flags(Set<String> f) { this.flags = f; return this; }
        Builder body(String t) { this.text = t; return this; }
        Builder html(String h) { this.html = h; return this; }
        Builder attachment(String name, byte[] content) {
            this.attachments = List.of(new FetchedAttachment(name, "application/pdf", content.length, content));
            return this;
        }
        Builder buyerAlias(String a) { this.buyerAlias = a; return this; }
        Builder order(String o) { this.orderId = o; return this; }
        Builder notice(NoticeFacts n) { this.notice = n; return this; }
        Builder damaged(String d) { this.damage = d; return this; }

        FetchedMessage build() {
            return new FetchedMessage(folder, uid, 1, messageId, inReplyTo, references, fromAddress, fromName, to,
                    subject, time, time, flags, 1000 + text.length(), text, html, attachments, buyerAlias, orderId,
                    notice, damage);
        }
    }
}
