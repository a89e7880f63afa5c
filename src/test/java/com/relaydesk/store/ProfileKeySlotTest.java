package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.account.DesktopCredentials;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import com.relaydesk.platform.secrets.WrongPassphraseException;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.KeySlots;
import com.relaydesk.team.PinHasher;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One secret per assistant: a profile linked to an assistant's key slot unlocks with the passphrase
 * that opens the mailbox, against a real cache file and a real encrypted secrets file.
 */
class ProfileKeySlotTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private static final char[] OWNER = "owner phrase".toCharArray();

    @TempDir
    Path dataFolder;

    private DesktopCredentials credentials;
    private AccountCache cache;
    private Profiles profiles;
    private Profile owner;

    @BeforeEach
    void anEncryptedFileWithAnnasKeySlot() {
        EncryptedFileSecretStore.open(dataFolder.resolve(DesktopCredentials.SECRETS_FILE), OWNER)
                .put("imap:service@shop.example", "the mailbox password".toCharArray());
        credentials = DesktopCredentials.encryptedFile(dataFolder);
        credentials.addAssistant(OWNER, "Anna Berg", "anna's phrase".toCharArray());
        cache = AccountCache.open(dataFolder.resolve("cache.sqlite"), TestMessages.SELLER);
        profiles = profiles(cache);
        owner = profiles.ensureOwner("Sam Seller");
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private static Profiles profiles(AccountCache cache) {
        return new Profiles(cache.profiles(), new PinHasher(1_000, new SecureRandom()), CLOCK);
    }

    @Test
    void anAssistantsProfileUnlocksWithThePassphraseThatOpensTheMailboxAndWithNothingElse() {
        profiles.useKeySlots(credentials.keySlots());
        Profile anna = profiles.forKeySlot("Anna Berg");
        assertEquals(Profile.Unlock.PASSPHRASE, anna.unlock());
        assertEquals("Anna Berg", anna.keySlot());
        assertEquals(anna, profiles.forKeySlot("anna berg"), "one profile per slot, names ignore case");

        DeskLock desk = new DeskLock(profiles);
        assertEquals(Profiles.Check.WRONG, desk.unlock(anna.id(), "owner phrase".toCharArray()).result(),
                "the owner's passphrase is not Anna's");
        assertEquals(Profiles.Check.WRONG, desk.unlock(anna.id(), null).result());
        assertTrue(desk.locked());
        assertTrue(desk.unlock(anna.id(), "anna's phrase".toCharArray()).unlocked());
        assertEquals("Anna Berg", desk.current().name());

        IllegalArgumentException pin = assertThrows(IllegalArgumentException.class,
                () -> profiles.setPin(anna, anna.id(), "2468".toCharArray()));
        assertTrue(pin.getMessage().contains("no PIN"), pin.getMessage());
        assertThrows(IllegalArgumentException.class, () -> profiles.clearPin(owner, anna.id()));
    }

    @Test
    void revokingTheSlotLocksThePersonOutOfTheirProfileToo() {
        profiles.useKeySlots(credentials.keySlots());
        Profile anna = profiles.forKeySlot("Anna Berg");
        credentials.revoke(OWNER, "Anna Berg");

        DeskLock desk = new DeskLock(profiles);
        assertEquals(Profiles.Check.REVOKED, desk.unlock(anna.id(), "anna's phrase".toCharArray()).result());
        assertTrue(desk.locked());
        assertEquals(Profile.Unlock.PASSPHRASE, profiles.find(anna.id()).orElseThrow().unlock(),
                "the profile stays linked: it must not fall back to a click");

        credentials.addAssistant(OWNER, "Anna Berg", "anna's new phrase".toCharArray());
        assertEquals(Profiles.Check.WRONG, desk.unlock(anna.id(), "anna's phrase".toCharArray()).result());
        assertTrue(desk.unlock(anna.id(), "anna's new phrase".toCharArray()).unlocked(),
                "added again under the same name, the new passphrase opens the same profile");
    }

    @Test
    void changingThePassphraseChangesItForTheMailboxAndTheProfileAlike() {
        profiles.useKeySlots(credentials.keySlots());
        Profile anna = profiles.forKeySlot("Anna Berg");

        assertThrows(IllegalArgumentException.class, () -> profiles.changePassphrase(owner, anna.id(),
                "anna's phrase".toCharArray(), "brand new phrase".toCharArray()), "only Anna changes hers");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> profiles.changePassphrase(
                anna, anna.id(), "not hers at all".toCharArray(), "brand new phrase".toCharArray()));
        assertTrue(wrong.getMessage().startsWith("The current passphrase is not right"), wrong.getMessage());
        profiles.changePassphrase(anna, anna.id(), "anna's phrase".toCharArray(), "brand new phrase".toCharArray());

        assertEquals(Profiles.Check.WRONG, profiles.check(anna.id(), "anna's phrase".toCharArray()).result());
        assertTrue(profiles.check(anna.id(), "brand new phrase".toCharArray()).unlocked());
        assertThrows(WrongPassphraseException.class, () -> credentials.unlock("anna's phrase".toCharArray()));
        EncryptedFileSecretStore mailbox = (EncryptedFileSecretStore) credentials.unlock("brand new phrase".toCharArray());
        assertEquals("Anna Berg", mailbox.holder().name());
        assertEquals("the mailbox password", new String(mailbox.get("imap:service@shop.example").orElseThrow()));
        assertTrue(credentials.unlock(OWNER).get("imap:service@shop.example").isPresent(), "the owner's slot is untouched");
    }

    @Test
    void existingProfilesNamedLikeASlotAreLinkedAndLoseTheirPinOthersKeepTheirs() {
        Profile anna = profiles.add(owner, "anna berg");
        profiles.setPin(anna, anna.id(), "1357".toCharArray());
        Profile ben = profiles.add(owner, "Ben Cole");
        profiles.setPin(ben, ben.id(), "2468".toCharArray());

        profiles.useKeySlots(credentials.keySlots());

        Profile linked = profiles.find(anna.id()).orElseThrow();
        assertEquals("Anna Berg", linked.keySlot());
        assertNull(linked.pinHash(), "one secret: the old PIN no longer unlocks");
        assertEquals(Profiles.Check.WRONG, profiles.check(anna.id(), "1357".toCharArray()).result());
        assertTrue(profiles.check(anna.id(), "anna's phrase".toCharArray()).unlocked());
        assertEquals(Profile.Unlock.PIN, profiles.find(ben.id()).orElseThrow().unlock(), "Ben has no slot");
        assertEquals(0, profiles.linkByName(credentials.keySlots().names()), "linking again changes nothing");
    }

    @Test
    void theOwnerKeepsAPinEvenWhenAnAssistantSlotHasTheOwnersName() {
        credentials.addAssistant(OWNER, "Sam Seller", "sam's other phrase".toCharArray());
        profiles.setPin(owner, owner.id(), "9753".toCharArray());
        profiles.useKeySlots(credentials.keySlots());
        assertEquals(Profile.Unlock.PIN, profiles.find(owner.id()).orElseThrow().unlock());
        Profile assistant = profiles.forKeySlot("Sam Seller");
        assertFalse(assistant.owner());
        assertTrue(assistant.id() != owner.id());
        assertEquals("Sam Seller (assistant)", assistant.name(), "the assistant never works as the owner");
    }

    @Test
    void withTheDesktopKeyringThereAreNoSlotsAndProfilesKeepPins() {
        Profile ben = profiles.add(owner, "Anna Berg");
        profiles.setPin(ben, ben.id(), "2468".toCharArray());
        profiles.useKeySlots(KeySlots.NONE);
        assertEquals(Profile.Unlock.PIN, profiles.find(ben.id()).orElseThrow().unlock());
        assertTrue(profiles.check(ben.id(), "2468".toCharArray()).unlocked());
    }

    @Test
    void aCacheFromBeforeTheLinkIsUpgradedWithItsProfilesAndPinsAndThenLinkedByName() throws Exception {
        Path old = dataFolder.resolve("v8.sqlite");
        try (Database v8 = Database.open(old, Schema.MIGRATIONS.subList(0, 8))) {
            assertEquals(8, v8.userVersion());
            v8.transaction("profiles as v8 wrote them", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO profiles (id, name, initials, colour, owner, pin_hash, created_at) VALUES "
                            + "(1, 'Sam Seller', 'SS', '#2563eb', 1, NULL, 0), "
                            + "(2, 'Anna Berg', 'AB', '#db2777', 0, 'pbkdf2-sha256$1$AAAA$BBBB', 0), "
                            + "(3, 'Ben Cole', 'BC', '#059669', 0, 'pbkdf2-sha256$1$CCCC$DDDD', 0)");
                }
                return null;
            });
        }
        try (AccountCache upgraded = AccountCache.open(old, TestMessages.SELLER)) {
            assertEquals(3, upgraded.profiles().all().size());
            assertNull(upgraded.profiles().find(2).orElseThrow().keySlot(), "the schema step links nobody by itself");
            assertEquals("pbkdf2-sha256$1$CCCC$DDDD", upgraded.profiles().find(3).orElseThrow().pinHash());

            Profiles team = profiles(upgraded);
            team.useKeySlots(credentials.keySlots());
            assertEquals("Anna Berg", upgraded.profiles().find(2).orElseThrow().keySlot());
            assertNull(upgraded.profiles().find(2).orElseThrow().pinHash());
            assertEquals("pbkdf2-sha256$1$CCCC$DDDD", upgraded.profiles().find(3).orElseThrow().pinHash());
        }
    }
}
