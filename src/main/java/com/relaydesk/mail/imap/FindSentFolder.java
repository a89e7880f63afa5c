package com.relaydesk.mail.imap;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/** The Sent folder: marked {@code \Sent} (RFC 6154 SPECIAL-USE), else by a common name. */
final class FindSentFolder {

    static final List<String> COMMON_NAMES = List.of("Sent", "Sent Items", "Sent Messages", "Sent Mail",
            "INBOX.Sent", "INBOX/Sent", "[Gmail]/Sent Mail", "[Google Mail]/Sent Mail", "Gesendet",
            "Gesendete Objekte", "Envoyés", "Messages envoyés", "Enviados", "Inviata", "Posta inviata");

    private FindSentFolder() {
    }

    static Optional<String> in(IMAPStore store) throws MessagingException {
        Folder[] all = store.getDefaultFolder().list("*");
        for (Folder f : all) {
            if (f instanceof IMAPFolder imap) {
                for (String attribute : imap.getAttributes()) {
                    if (attribute.equalsIgnoreCase("\\Sent")) {
                        return Optional.of(f.getFullName());
                    }
                }
            }
        }
        for (String name : COMMON_NAMES) {
            for (Folder f : all) {
                if (f.getFullName().equalsIgnoreCase(name) || f.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(f.getFullName());
                }
            }
        }
        return Optional.empty();
    }
}
