package com.relaydesk.mail.mime;

import com.relaydesk.mail.FetchedMessage;
import java.time.Instant;
import java.util.Set;

/**
 * Builds the cache's view of a message from what the server sent: the parsed body plus the
 * relay facts. In the Sent folder the buyer is the recipient, not the sender.
 */
public final class FetchedMessageFactory {

    private final MimeParser parser;
    private final RelayRecognition relay;

    public FetchedMessageFactory(MimeParser parser, RelayRecognition relay) {
        this.parser = parser;
        this.relay = relay;
    }

    public FetchedMessageFactory() {
        this(new MimeParser(), new RelayRecognition());
    }

    public FetchedMessage create(String folder, boolean sentFolder, long uid, long modSeq, Set<String> flags,
            Instant internalDate, long size, byte[] raw) {
        ParsedMessage p;
        try {
            p = parser.parse(raw);
        } catch (RuntimeException | StackOverflowError unexpected) {
            // The parser catches what it knows; this keeps one unforeseen message from stopping sync.
            return new FetchedMessage(folder, uid, modSeq, null, null, null, null, null, null, "", null,
                    internalDate, flags, size, "", null, null, null, null, null,
                    "unreadable message (" + unexpected.getClass().getSimpleName() + ")");
        }
        FetchedMessage.NoticeFacts notice = sentFolder ? null : relay.notice(p.subject(), p.headers());
        String alias = sentFolder ? relay.firstAlias(p.to()) : relay.alias(p.fromAddress());
        if (alias == null && notice != null) {
            alias = notice.recipientAlias();  // a notice belongs to the conversation with that buyer
        }
        // A buyer's message shows the buyer's name, not "Aisha - Amazon Marketplace".
        String fromName = !sentFolder && alias != null && notice == null ? relay.buyerName(p.fromName()) : p.fromName();
        return new FetchedMessage(folder, uid, modSeq, p.messageId(), p.inReplyTo(), p.references(),
                p.fromAddress(), fromName, p.to(), p.subject(), p.sentDate(), internalDate, flags, size,
                p.textBody(), p.htmlBody(), p.attachments(), alias, relay.orderId(p.subject(), p.textBody()),
                notice, p.damageNote());
    }
}
