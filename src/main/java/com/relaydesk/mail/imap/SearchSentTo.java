package com.relaydesk.mail.imap;

import com.relaydesk.mail.SentMail;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.RecipientStringTerm;
import jakarta.mail.search.SentDateTerm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * {@code SEARCH TO <address> SENTSINCE <day>} in a folder (Sent), then the exact time from each
 * hit's Date header: the replies to one buyer since their message, for the re-check before sending.
 */
final class SearchSentTo {

    private SearchSentTo() {
    }

    static List<SentMail> in(IMAPStore store, String folderName, String address, Instant since) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        folder.open(Folder.READ_ONLY);
        try {
            List<SentMail> found = new ArrayList<>();
            // SENTSINCE has whole days: the exact time is compared below
            Message[] hits = folder.search(new AndTerm(new RecipientStringTerm(Message.RecipientType.TO, address),
                    new SentDateTerm(ComparisonTerm.GE, Date.from(since))));
            for (Message m : hits) {
                Date sent = m.getSentDate();
                if (sent == null || sent.toInstant().isBefore(since)) {
                    continue;
                }
                String[] inReplyTo = m.getHeader("In-Reply-To");
                found.add(new SentMail(((MimeMessage) m).getMessageID(),
                        inReplyTo == null || inReplyTo.length == 0 ? null : inReplyTo[0].trim(),
                        m.getSubject(), sent.toInstant()));
            }
            return found;
        } finally {
            folder.close(false);
        }
    }
}
