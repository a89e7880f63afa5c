package com.relaydesk.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a draft keeps of its attachments: all a sendable message can carry, and the names of the rest. */
class ReplyDraftTest {

    private static final int MB = 1024 * 1024;

    @Test
    void attachmentsThatFitInTenMegabytesAreKeptAndTheRestAreNamed() {
        ReplyDraft draft = new ReplyDraft("buyer@x", "Re: lamp", "See attached.", ContactReason.SHIPPING_QUESTION, true,
                List.of(new Attachment("invoice.pdf", new byte[3 * MB]), new Attachment("video.tif", new byte[8 * MB]),
                        new Attachment("manual.pdf", new byte[7 * MB])), List.of());

        ReplyDraft kept = draft.keptWithin(ReplyDraft.MAX_KEPT_ATTACHMENT_BYTES);

        assertEquals(List.of("invoice.pdf", "manual.pdf"), kept.attachments().stream().map(Attachment::fileName).toList());
        assertEquals(List.of("video.tif"), kept.leftOut());
        assertEquals(ContactReason.SHIPPING_QUESTION, kept.reason());
        assertEquals(true, kept.newMessage());
    }

    @Test
    void aDraftThatCouldBeSentKeepsAllItsAttachments() {
        ReplyDraft draft = new ReplyDraft("buyer@x", "Re: lamp", "", null, false,
                List.of(new Attachment("a.pdf", new byte[5 * MB]), new Attachment("b.pdf", new byte[2 * MB])), List.of());

        ReplyDraft kept = draft.keptWithin(ReplyDraft.MAX_KEPT_ATTACHMENT_BYTES);

        assertEquals(draft.attachments(), kept.attachments());
        assertEquals(List.of(), kept.leftOut());
    }
}
