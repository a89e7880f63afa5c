package com.relaydesk.cli;

import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SyncStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code sync --verify}: the cache's message count against the server's, folder by folder. */
final class CacheCheck {

    static final int EXIT_DIFFERS = 3;
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
        for (String f : folders) {
            cached += cache.cachedUids(f).length;
            onServer += server.uids(f).length;
        }
        out.println("messages=" + cached + " server=" + onServer);
        out.flush();
        return cached == onServer ? 0 : EXIT_DIFFERS;
    }
}
