package com.relaydesk.mail.imap;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.function.Consumer;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;

/**
 * Runs one IMAP command on an open folder and hands each untagged response to the caller as it
 * arrives, instead of collecting all of them first as Jakarta Mail does: a fetch of thousands of
 * message bodies then needs memory for one message, not for the whole answer. Responses the
 * caller does not take (EXISTS, EXPUNGE, VANISHED) go to the folder so it stays consistent.
 */
final class StreamingCommand {

    /** What to do with each response; return true when it was consumed. */
    interface Handler {
        boolean accept(IMAPResponse response) throws ProtocolException;
    }

    private StreamingCommand() {
    }

    /** Runs the command; returns its tagged completion (OK; NO and BAD have become exceptions). */
    static Response run(IMAPFolder folder, String command, Handler handler) throws MessagingException {
        return (Response) folder.doCommand(p -> {
            String tag;
            try {
                tag = p.writeCommand(command, null);
            } catch (IOException e) {
                throw new ConnectionException(p, Response.byeResponse(e));
            }
            Response tagged;
            while (true) {
                Response r;
                try {
                    r = p.readResponse();
                } catch (IOException e) {
                    throw new ConnectionException(p, Response.byeResponse(e));
                }
                if (r.isBYE()) {
                    throw new ConnectionException(p, r);
                }
                if (r.isTagged() && tag.equals(r.getTag())) {
                    tagged = r;
                    break;
                }
                if (!(r instanceof IMAPResponse ir) || !handler.accept(ir)) {
                    p.notifyResponseHandlers(new Response[] {r});
                }
            }
            p.handleResult(tagged);
            return tagged;
        });
    }

    /** Convenience: only FETCH responses matter to the caller. */
    static void fetch(IMAPFolder folder, String command, Consumer<FetchResponse> onFetch) throws MessagingException {
        run(folder, command, r -> {
            if (r instanceof FetchResponse fr) {
                onFetch.accept(fr);
                return true;
            }
            return false;
        });
    }
}
