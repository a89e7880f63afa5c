package com.relaydesk.lint.check;

import com.relaydesk.rules.RuleId;

/** D2, as rules.AttachmentPolicy decides it for the relay too: Attachment content matches its name; no marketing material. */
public final class AttachmentContentRule extends PerAttachmentRule {

    @Override
    public RuleId id() {
        return RuleId.D2;
    }

    @Override
    public String description() {
        return "Attachment content matches its name; no marketing material";
    }

    @Override
    String badExampleName() {
        return "invoice.pdf";
    }
}
