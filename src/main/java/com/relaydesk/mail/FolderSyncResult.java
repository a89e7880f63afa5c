package com.relaydesk.mail;

import java.time.Duration;

/**
 * What one folder sync did.
 *
 * @param method  how changes were found: "qresync", "condstore" or "scan" (no CONDSTORE)
 * @param reset   true when UIDVALIDITY changed and the folder's cache was rebuilt
 */
public record FolderSyncResult(String folder, long added, long flagsChanged, long removed, long bytes,
        boolean reset, String method, int damaged, Duration elapsed) {
}
