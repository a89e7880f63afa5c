package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.ReplySignature;
import com.relaydesk.lint.Linter;
import com.relaydesk.rules.RuleId;
import com.relaydesk.store.AccountCache;
import com.relaydesk.team.Profile;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Your signature…" over a real cache file: per profile, checked like a reply, never saved with a phone number. */
class SignatureViewModelTest {

    @TempDir
    Path dir;

    private AccountCache cache;
    private long anna;
    private long ben;
    private int saves;

    @BeforeEach
    void twoProfiles() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        anna = cache.profiles().add(Profile.open("Anna Berg", "AB", "#336699", true)).id();
        ben = cache.profiles().add(Profile.open("Ben Okafor", "BO", "#993366", false)).id();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private ReplySignature of(long profile) {
        return new ReplySignature() {
            @Override
            public String text(String language) {
                return cache.profiles().signature(profile, language);
            }

            @Override
            public void save(String language, String text) {
                cache.profiles().setSignature(profile, language, text);
            }
        };
    }

    private SignatureViewModel editing(long profile) {
        SignatureViewModel viewModel = new SignatureViewModel(of(profile), Linter.standard(), UiTasks.sameThread());
        viewModel.load();
        return viewModel;
    }

    @Test
    void eachProfileSignsWithItsOwnSignature() {
        SignatureViewModel annas = editing(anna);
        assertEquals("", annas.textProperty().get());
        annas.textProperty().set("  Kind regards,\nAnna · Walnut & Wick\n\n");
        annas.save(() -> saves++);
        assertEquals(1, saves);
        assertEquals("Kind regards,\nAnna · Walnut & Wick", cache.profiles().signature(anna), "kept without the blank lines");
        assertEquals("", cache.profiles().signature(ben), "Ben signs for himself");
        assertEquals("Kind regards,\nAnna · Walnut & Wick", editing(anna).textProperty().get());
    }

    @Test
    void aPhoneNumberOrLinkInTheSignatureBlocksSavingWithTheRule() {
        SignatureViewModel annas = editing(anna);
        annas.textProperty().set("Anna · Walnut & Wick\nCall +44 20 7946 0958 · www.walnut-wick.example");
        assertTrue(annas.blockedProperty().get());
        assertTrue(annas.findings().stream().anyMatch(f -> f.ruleId() == RuleId.C6), annas.findings().toString());
        assertTrue(annas.findings().stream().anyMatch(f -> f.ruleId() == RuleId.C5), annas.findings().toString());
        annas.save(() -> saves++);
        assertEquals(0, saves);
        assertTrue(annas.messageProperty().get().startsWith("Not saved: C"), annas.messageProperty().get());
        assertEquals("", cache.profiles().signature(anna));

        annas.textProperty().set("Anna · Walnut & Wick");
        assertFalse(annas.blockedProperty().get());
    }

    @Test
    void aBlankSignatureRemovesIt() {
        cache.profiles().setSignature(anna, "Anna");
        SignatureViewModel annas = editing(anna);
        annas.textProperty().set("   ");
        annas.save(() -> saves++);
        assertEquals("", cache.profiles().signature(anna));
        assertEquals("No signature: replies start empty.", annas.messageProperty().get());
    }

    @Test
    void aSignatureKeptForOneLanguageGoesUnderRepliesInItAndTheGeneralOneUnderAllOthers() {
        SignatureViewModel annas = editing(anna);
        annas.textProperty().set("Kind regards,\nAnna");
        annas.save(() -> saves++);
        annas.languageProperty().set("es");
        assertEquals("", annas.textProperty().get(), "no Spanish one yet");
        assertEquals("Empty: replies in Spanish get your signature for any language.", annas.emptyMeaning());
        annas.textProperty().set("Saludos cordiales,\nAnna");
        annas.save(() -> saves++);

        assertEquals("Saved: your next replies in Spanish start with it.", annas.messageProperty().get());
        assertEquals("Saludos cordiales,\nAnna", of(anna).forReply("es"));
        assertEquals("Kind regards,\nAnna", of(anna).forReply("de"), "no German one: the general one");
        assertEquals("Kind regards,\nAnna", of(anna).forReply(""));
        annas.languageProperty().set("");
        assertEquals("Kind regards,\nAnna", annas.textProperty().get(), "the general one is still there");
        assertEquals("", of(ben).forReply("es"), "Ben's replies are his own");

        annas.languageProperty().set("es");
        annas.textProperty().set("");
        annas.save(() -> saves++);
        assertEquals("Replies in Spanish get your signature for any language.", annas.messageProperty().get());
        assertEquals("Kind regards,\nAnna", of(anna).forReply("es"));
    }

    @Test
    void theLanguagesOfferedAreTheGeneralSignatureThenEveryLanguageRelayDeskAnswersIn() {
        SignatureViewModel annas = editing(anna);
        assertEquals("", annas.languages().get(0));
        assertTrue(annas.languages().containsAll(List.of("de", "en", "es", "fr", "it", "nl")), annas.languages()::toString);
        assertEquals("Replies in any language", SignatureViewModel.languageLabel(""));
        assertEquals("Replies in German", SignatureViewModel.languageLabel("de"));
    }
}
