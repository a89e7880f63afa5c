package com.relaydesk.mail;

/** How the connection to a mail server is protected. */
public enum Security {
    /** Implicit TLS from the first byte (IMAPS 993, SMTPS 465). The default. */
    TLS,
    /** Plain connection upgraded with STARTTLS before login; refused if the server cannot. */
    STARTTLS,
    /** No encryption: allowed only to a server on this machine (loopback). */
    PLAIN
}
