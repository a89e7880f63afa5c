package com.relaydesk.account;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a refused certificate means and what to do, in the words the dialog and the check show. */
public final class CertificateAdvice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CertificateAdvice() {
    }

    /** One paragraph for the failed step: what happened, the fingerprint, what to do. */
    public static String explain(CertificateProblem problem) {
        return switch (problem.kind()) {
            case UNTRUSTED -> "The server's certificate is not signed by an authority this computer trusts (SHA-256 "
                    + problem.fingerprint() + "). A classroom or your own server shows such a certificate: compare its "
                    + "fingerprint with the one the server's owner or your trainer gives you, and trust it only if every "
                    + "character matches. Otherwise check the server name; never connect to a server you cannot verify.";
            case CHANGED -> "The server's certificate has changed since you trusted it: it is now SHA-256 "
                    + problem.fingerprint() + ". RelayDesk did not connect. Trust the new one only if the server's owner "
                    + "or your trainer confirms this fingerprint; otherwise someone may be between you and the server.";
            case NOT_FOR_THIS_HOST -> notForThisHost(problem);
        };
    }

    /** The certificate is trusted but names other servers: type one of those, the check stays on. */
    public static String notForThisHost(CertificateProblem problem) {
        return "The certificate is not valid for “" + problem.host() + "”: it names " + String.join(", ", problem.names())
                + ". Type one of those names as the server (the host-name check stays on).";
    }

    /** "1 Dec 2026 – 30 Nov 2029", in this computer's time zone. */
    public static String validity(CertificateProblem problem) {
        ZoneId zone = ZoneId.systemDefault();
        return DAY.format(problem.validFrom().atZone(zone)) + " – " + DAY.format(problem.validUntil().atZone(zone));
    }
}
