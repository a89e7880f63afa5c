package com.relaydesk.lint.check;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Part;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.AttachmentFinding;
import com.relaydesk.rules.AttachmentPolicy;
import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns what {@link AttachmentPolicy} (D1–D3, shared with the relay) says into findings that point at an attachment. */
final class AttachmentChecks {

    /** Header bytes of a typical outgoing message: From, To, Subject, Date, Message-ID, MIME headers. */
    static final int TYPICAL_HEADER_BYTES = 600;

    private AttachmentChecks() {
    }

    static List<Finding> perAttachment(LintContext context, RuleId rule) {
        List<Finding> findings = new ArrayList<>();
        List<Attachment> attachments = context.draft().attachments();
        for (int i = 0; i < attachments.size(); i++) {
            for (AttachmentFinding finding : AttachmentPolicy.checkOne(attachments.get(i))) {
                if (finding.rule() != rule) {
                    continue;
                }
                List<Fix> fixes = finding.severity() == Severity.BLOCK
                        ? List.of(Fix.removeAttachment(i, attachments.get(i).fileName())) : List.of();
                findings.add(new Finding(rule, finding.severity(), finding.message(), Part.ATTACHMENT, i, i + 1, fixes));
            }
        }
        return findings;
    }

    /** D3: the whole message as it will travel, text and encoded attachments together. */
    static long wireSize(LintContext context) {
        int text = bytes(context.draft().text()) + bytes(context.draft().html()) + bytes(context.draft().subject());
        return AttachmentPolicy.estimateWireSize(TYPICAL_HEADER_BYTES, text, context.draft().attachments());
    }

    private static int bytes(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
