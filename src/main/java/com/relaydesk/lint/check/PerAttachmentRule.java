package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A rule judged per attachment by rules.AttachmentPolicy, as the relay decides it too (D1, D2):
 * the subclasses differ only in their ID, description and the file name of their bad example.
 */
abstract class PerAttachmentRule implements Rule {

    /** A file name the rule refuses when it holds an executable (or, if it is a .pdf, a PDF). */
    abstract String badExampleName();

    @Override
    public List<Finding> check(LintContext context) {
        return AttachmentChecks.perAttachment(context, id());
    }

    @Override
    public List<RuleExample> examples() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        Draft draft = Draft.reply("Re: invoice", "The invoice is attached.");
        String bad = badExampleName();
        return List.of(
                RuleExample.bad(draft.withAttachments(List.of(new Attachment(bad, bad.endsWith(".pdf") ? exe : pdf)))),
                RuleExample.good(draft.withAttachments(List.of(new Attachment("invoice-302-1234567-7654321.pdf", pdf)))));
    }
}
