package com.relaydesk.mail;

import java.time.Duration;

/** For tests of a first sync whose older mail comes in parts. */
public final class OlderMail {

    /**
     * A time for older mail that lets one FETCH command start and no second: a positive limit always
     * starts one, and the next waits for the time to be left, which never holds after 1 ns.
     */
    public static final Duration ONE_FETCH = Duration.ofNanos(1);

    private OlderMail() {
    }
}
