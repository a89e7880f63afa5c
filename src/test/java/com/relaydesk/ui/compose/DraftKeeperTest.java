package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.inbox.ReplyDraft;
import com.relaydesk.inbox.ReplyDrafts;
import com.relaydesk.lint.Linter;
import com.relaydesk.ui.common.UiTasks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reply's draft beside its signature: the signature alone is no draft, and a draft is never signed twice. */
class DraftKeeperTest {

    private static final String SIGNATURE = "Kind regards,\nAnna · Walnut & Wick";

    /** The drafts as the person's store keeps them (the store itself is tested over SQLite elsewhere). */
    private final Map<Long, String> kept = new HashMap<>();
    private final Map<Long, ReplyDraft> keptWhole = new HashMap<>();
    private final ReplyDrafts drafts = new ReplyDrafts() {
        @Override
        public Optional<ReplyDraft> load(long messageId) {
            ReplyDraft whole = keptWhole.get(messageId);
            return Optional.ofNullable(kept.get(messageId)).map(body -> whole != null && whole.body().equals(body) ? whole
                    : ReplyDraft.text("", "Re: Where is my lamp?", body));
        }

        @Override
        public void save(long messageId, ReplyDraft draft) {
            kept.put(messageId, draft.body());
            keptWhole.put(messageId, draft);
        }

        @Override
        public void discard(long messageId) {
            kept.remove(messageId);
            keptWhole.remove(messageId);
        }
    };
    private final DraftLedger ledger = new DraftLedger(drafts, UiTasks.sameThread());
    private ComposeViewModel editor;
    private DraftKeeper keeper;

    @BeforeEach
    void openTheReply() {
        editor = new ComposeViewModel(Linter.standard(), UiTasks.sameThread());
        editor.replyTo(AnnasQuestion.message(), Optional.empty(), () -> { });
        keeper = new DraftKeeper(ledger, editor, 7);
    }

    @Test
    void aReplyLeftAsOnlyItsSignatureKeepsNoDraftSoANewSignatureShowsNextTime() {
        editor.startWithSignature(SIGNATURE);
        keeper.closed();
        assertEquals(Map.of(), kept);

        kept.put(7L, "Your lamp ships today.\n\n" + SIGNATURE);
        openTheReply();
        keeper.restore();
        editor.bodyProperty().set("\n\n" + SIGNATURE); // the seller deleted what they wrote
        editor.startWithSignature(SIGNATURE);          // read after the draft: it does not sign again
        keeper.closed();
        assertEquals(Map.of(), kept, "cut back to the signature: the draft is forgotten");
    }

    @Test
    void filesAttachedWithoutAWordWrittenAreKeptAndComeBackUnderANewSignature() {
        editor.startWithSignature(SIGNATURE);
        editor.addAttachment("invoice.pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        keeper.closed();
        assertEquals(List.of("invoice.pdf"), keptWhole.get(7L).attachments().stream().map(a -> a.fileName()).toList());
        assertEquals("", kept.get(7L), "the signature alone is no text to keep");

        openTheReply();
        keeper.restore();
        editor.startWithSignature(SIGNATURE);
        assertEquals(List.of("invoice.pdf"), editor.attachments().stream().map(a -> a.fileName()).toList());
        assertEquals("\n\n" + SIGNATURE, editor.bodyProperty().get());
    }

    @Test
    void aDraftReadAfterTheSignatureTakesItsPlaceAndOneReadBeforeIsNotSignedAgain() {
        kept.put(7L, "Your lamp ships today.\n\n" + SIGNATURE);
        editor.startWithSignature(SIGNATURE);
        keeper.restore();
        assertEquals("Your lamp ships today.\n\n" + SIGNATURE, editor.bodyProperty().get());

        openTheReply();
        keeper.restore();
        editor.startWithSignature(SIGNATURE);
        assertEquals("Your lamp ships today.\n\n" + SIGNATURE, editor.bodyProperty().get());
        keeper.closed();
        assertEquals("Your lamp ships today.\n\n" + SIGNATURE, kept.get(7L));
    }
}
