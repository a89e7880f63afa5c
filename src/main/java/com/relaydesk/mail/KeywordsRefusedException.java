package com.relaydesk.mail;

import java.util.Set;

/**
 * The server does not keep custom IMAP keywords in this folder: its PERMANENTFLAGS has no
 * {@code \*} (Microsoft 365 and Exchange answer so), or it refused a STORE of one. What RelayDesk
 * shares through keywords — No Response Needed, Reported, claims, answers — cannot reach the other
 * desktops there. Trying again does not help.
 */
public class KeywordsRefusedException extends MailException {

    private final Set<String> keywords;

    public KeywordsRefusedException(String folder, Set<String> keywords, Throwable cause) {
        super("The mail server does not keep RelayDesk's shared marks (IMAP keywords) in " + folder
                + ", so other desktops cannot see them. Marks stay on this desktop only; to share them across"
                + " a team, use a mailbox whose server keeps keywords (Gmail, Fastmail, Dovecot and most others do;"
                + " Microsoft 365 and Exchange do not).", cause, false);
        this.keywords = Set.copyOf(keywords);
    }

    /** The same refusal told for one use of the keywords (a claim, say). */
    public KeywordsRefusedException(String message, KeywordsRefusedException refusal) {
        super(message, refusal, false);
        this.keywords = refusal.keywords;
    }

    /** The keywords that were to be set. */
    public Set<String> keywords() {
        return keywords;
    }
}
