package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Part;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.AttachmentFinding;
import com.relaydesk.rules.AttachmentPolicy;
import com.relaydesk.rules.RuleId;
import java.util.Arrays;
import java.util.List;

/** D3: at most 10 MB per message, text and attachments as encoded on the wire (rules.AttachmentPolicy). */
public final class AttachmentSizeRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.D3;
    }

    @Override
    public String description() {
        return "At most 10 MB per message as sent, attachments encoded";
    }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.draft().attachments().isEmpty()) {
            return List.of();
        }
        AttachmentFinding size = AttachmentPolicy.checkTotalSize(AttachmentChecks.wireSize(context));
        if (size == null) {
            return List.of();
        }
        return List.of(new Finding(id(), size.severity(), size.message(), Part.ATTACHMENT, 0,
                context.draft().attachments().size()));
    }

    @Override
    public List<RuleExample> examples() {
        byte[] eightMb = new byte[8 * 1024 * 1024];
        Arrays.fill(eightMb, (byte) 'a');
        Draft draft = Draft.reply("Re: manual", "The manual is attached.");
        return List.of(
                // 8 MB of text is 10.7 MB once base64-encoded: over the limit on the wire.
                RuleExample.bad(draft.withAttachments(List.of(new Attachment("manual.txt", eightMb)))),
                RuleExample.good(draft.withAttachments(List.of(new Attachment("manual.txt", new byte[] {'h', 'i'})))));
    }
}
