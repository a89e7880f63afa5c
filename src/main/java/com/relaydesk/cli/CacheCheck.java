package com.relaydesk.cli;

import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SyncStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code sync --verify}: the cache against the server, folder by folder — the same messages (by
 * UID) and the same flags on each. Prints {@code messages=N server=N flags_differ=K uids_differ=K},
 * and the first differences found.
 */
final class CacheCheck {

    static final int EXIT_DIFFERS = 3;
    private static final int SHOWN = 5;
    private final SyncStore cache;
    private final MailBackend server;

    CacheCheck(SyncStore cache, MailBackend server) {
        this.cache = cache;
        this.server = server;
    }

    int print(PrintWriter out) {
        List<String> folders = new ArrayList<>(List.of(MailSync.INBOX));
        server.sentFolder().ifPresent(folders::add);
        long cached = 0;
        long onServer = 0;
        List<String> differences = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String f : folders) {
            Map<Long, Set<String>> here = cache.cachedFlags(f);
            Map<Long, Set<String>> there = server.flags(f);
            cached += here.size();
            onServer += there.size();
            there.forEach((uid, flags) -> {
                Set<String> mine = here.get(uid);
                if (mine == null) {
                    missing.add(f + " UID " + uid + ": on the server, not in the cache");
                } else if (!normal(mine).equals(normal(flags))) {
                    differences.add(f + " UID " + uid + ": cache " + normal(mine) + ", server " + normal(flags));
                }
            });
            here.keySet().stream().filter(uid -> !there.containsKey(uid))
                    .forEach(uid -> missing.add(f + " UID " + uid + ": in the cache, gone from the server"));
        }
        out.println("messages=" + cached + " server=" + onServer + " flags_differ=" + differences.size()
                + " uids_differ=" + missing.size());
        java.util.stream.Stream.concat(missing.stream(), differences.stream()).limit(SHOWN).forEach(out::println);
        out.flush();
        return missing.isEmpty() && differences.isEmpty() ? 0 : EXIT_DIFFERS;
    }

    /** Flag names compare without case (RFC 3501: {@code \SEEN} is {@code \Seen}). */
    private static Set<String> normal(Set<String> flags) {
        Set<String> out = new TreeSet<>();
        flags.forEach(f -> out.add(f.toLowerCase(Locale.ROOT)));
        return out;
    }
}
