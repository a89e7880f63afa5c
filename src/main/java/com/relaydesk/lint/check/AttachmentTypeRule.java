package com.relaydesk.lint.check;

import com.relaydesk.rules.RuleId;

/** D1, as rules.AttachmentPolicy decides it for the relay too: Only .txt, .pdf, .doc(x), .jpg, .gif, .tif(f), .bmp and .png attachments. */
public final class AttachmentTypeRule extends PerAttachmentRule {

    @Override
    public RuleId id() {
        return RuleId.D1;
    }

    @Override
    public String description() {
        return "Only .txt, .pdf, .doc(x), .jpg, .gif, .tif(f), .bmp and .png attachments";
    }

    @Override
    String badExampleName() {
        return "setup.exe";
    }
}
