package com.relaydesk.platform;

import jakarta.mail.Flags;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * IMAP flag names ({@code \Seen}, {@code \Answered}… and keywords as they are; as the cache stores
 * them) to and from Jakarta Mail's {@link Flags}: for the client's sync and for the embedded relay's
 * snapshots alike.
 */
public final class MailFlags {

    private MailFlags() {
    }

    public static Set<String> names(Flags flags) {
        Set<String> names = new LinkedHashSet<>();
        if (flags == null) {
            return names;
        }
        for (Flags.Flag f : flags.getSystemFlags()) {
            String name = name(f);
            if (name != null) {
                names.add(name);
            }
        }
        for (String user : flags.getUserFlags()) {
            names.add(user);
        }
        return names;
    }

    public static Flags flags(Collection<String> names) {
        Flags flags = new Flags();
        for (String n : names) {
            switch (n.toLowerCase()) {
                case "\\seen" -> flags.add(Flags.Flag.SEEN);
                case "\\answered" -> flags.add(Flags.Flag.ANSWERED);
                case "\\flagged" -> flags.add(Flags.Flag.FLAGGED);
                case "\\deleted" -> flags.add(Flags.Flag.DELETED);
                case "\\draft" -> flags.add(Flags.Flag.DRAFT);
                default -> {
                    if (!n.startsWith("\\")) {
                        flags.add(n);
                    }
                }
            }
        }
        return flags;
    }

    private static String name(Flags.Flag f) {
        if (f == Flags.Flag.SEEN) {
            return "\\Seen";
        } else if (f == Flags.Flag.ANSWERED) {
            return "\\Answered";
        } else if (f == Flags.Flag.FLAGGED) {
            return "\\Flagged";
        } else if (f == Flags.Flag.DELETED) {
            return "\\Deleted";
        } else if (f == Flags.Flag.DRAFT) {
            return "\\Draft";
        }
        return null;  // \Recent is per-session, not worth caching
    }
}
