package com.relaydesk.session;

import com.relaydesk.mail.MailBackend;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/** Server work run on the session's one sync connection (its worker thread). */
interface ServerCalls {

    /**
     * Runs the work and waits for it. Work that failed because the connection was lost runs once
     * more on a fresh login, so it must be safe to repeat; a failure is thrown, and the connection
     * is dropped for a fresh one.
     */
    void run(Consumer<MailBackend> work);

    /** Runs the work as {@link #run} does and waits at most {@code limit}; throws on failure or timeout. */
    <T> T call(Function<MailBackend, T> work, Duration limit) throws Exception;

    /** Drops the connection on the worker, so the next call connects anew. */
    void dropConnectionLater();
}
