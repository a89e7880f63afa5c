package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.RuleId;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** D1, as rules.AttachmentPolicy decides it for the relay too: Only .txt, .pdf, .doc(x), .jpg, .gif, .tif(f), .bmp and .png attachments. */
public final class AttachmentTypeRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.D1;
    }

    @Override
    public String description() {
        return "Only .txt, .pdf, .doc(x), .jpg, .gif, .tif(f), .bmp and .png attachments";
    }

    @Override
    public List<Finding> check(LintContext context) {
        return AttachmentChecks.perAttachment(context, id());
    }

    @Override
    public List<RuleExample> examples() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        Draft draft = Draft.reply("Re: invoice", "The invoice is attached.");
        return List.of(
                RuleExample.bad(draft.withAttachments(List.of(new Attachment(EXAMPLE_BAD, EXAMPLE_BAD.endsWith(".pdf") ? exe : pdf)))),
                RuleExample.good(draft.withAttachments(List.of(new Attachment("invoice-302-1234567-7654321.pdf", pdf)))));
    }

    private static final String EXAMPLE_BAD = "setup.exe";
}
