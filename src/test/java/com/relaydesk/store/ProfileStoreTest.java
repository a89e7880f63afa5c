package com.relaydesk.store;

import static com.relaydesk.store.TestMessages.buyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.DraftOperations.Draft;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.PinHasher;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles on one desktop against a real cache file: PINs, read state and drafts per profile. */
class ProfileStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Profiles profiles(AccountCache cache) {
        // few rounds keep the tests fast; PinHasherTest covers the default
        return new Profiles(cache.profiles(), new PinHasher(1_000, new SecureRandom()), CLOCK);
    }

    @Test
    void theFirstRunMakesTheComputersUserTheOwnerWithoutPinAndDoesItOnlyOnce() {
        try (AccountCache cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER)) {
            Profile owner = profiles(cache).ensureOwner("anna.berg");
            assertTrue(owner.owner());
            assertEquals("AB", owner.initials());
            assertFalse(owner.hasPin());
            assertEquals(owner, profiles(cache).ensureOwner("someone.else"));
            assertEquals(1, cache.profiles().all().size());
            assertFalse(new DeskLock(profiles(cache)).locked(), "a seller alone without PIN is never asked anything");
        }
    }

    @Test
    void theAuditLogSaysWhoAddedAProfile() {
        try (AccountCache cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile owner = profiles.ensureOwner("Anna Berg");
            profiles.add(owner, "Ben Cole");

            AuditOperations.Entry added = cache.audit().latest(10).stream()
                    .filter(e -> e.action().equals("profile added") && e.detail().startsWith("Ben Cole")).findFirst()
                    .orElseThrow();
            assertEquals("Anna Berg", added.actor(), "the owner added Ben, not Ben himself");
        }
    }

    @Test
    void aWrongPinIsRefusedAndTheRightOneUnlocks() {
        try (AccountCache cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile owner = profiles.ensureOwner("Anna Berg");
            Profile ben = profiles.add(owner, "Ben Cole");
            profiles.setPin(ben, ben.id(), "2468".toCharArray());
            DeskLock desk = new DeskLock(profiles);
            assertTrue(desk.locked(), "two people share this desktop: it opens locked");

            assertEquals(Profiles.Check.WRONG, desk.unlock(ben.id(), "1357".toCharArray()).result());
            assertTrue(desk.locked());
            assertEquals(Profiles.Check.WRONG, desk.unlock(ben.id(), null).result());
            assertTrue(desk.unlock(ben.id(), "2468".toCharArray()).unlocked());
            assertFalse(desk.locked());
            assertEquals("Ben Cole", desk.current().name());
        }
    }

    @Test
    void fiveWrongPinsInARowMakeTheNextTryWaitEvenWithTheRightPin() {
        try (AccountCache cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile owner = profiles.ensureOwner("Anna Berg");
            profiles.setPin(owner, owner.id(), "2468".toCharArray());
            for (int i = 0; i < 4; i++) {
                assertEquals(Profiles.Check.WRONG, profiles.check(owner.id(), "0000".toCharArray()).result());
            }
            assertEquals(Profiles.Check.WAIT, profiles.check(owner.id(), "0000".toCharArray()).result());
            assertEquals(Profiles.Check.WAIT, profiles.check(owner.id(), "2468".toCharArray()).result());
        }
    }

    @Test
    void thePinIsStoredOnlyAsASaltedHashAndNeverAppearsInTheCacheFiles() throws IOException {
        String pin = "73950284";
        Path file = dir.resolve("c.sqlite");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Profiles profiles = new Profiles(cache.profiles(), new PinHasher(), CLOCK);
            Profile owner = profiles.ensureOwner("Anna Berg");
            profiles.setPin(owner, owner.id(), pin.toCharArray());
            String stored = cache.profiles().find(owner.id()).orElseThrow().pinHash();
            assertTrue(stored.startsWith("pbkdf2-sha256$" + PinHasher.DEFAULT_ROUNDS + "$"), stored);
            assertTrue(profiles.check(owner.id(), pin.toCharArray()).unlocked());
            assertFileBytesLackPin(pin); // while open: the WAL holds the latest pages
        }
        assertFileBytesLackPin(pin);
    }

    private void assertFileBytesLackPin(String pin) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(pin), "the PIN in " + f);
            assertFalse(bytes.contains(new String(pin.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1)),
                    "the PIN as UTF-16 in " + f);
        }
    }

    @Test
    void theSameHashIsNeverStoredTwiceForTheSamePin() {
        PinHasher hasher = new PinHasher(1_000, new SecureRandom());
        String a = hasher.hash("2468".toCharArray());
        String b = hasher.hash("2468".toCharArray());
        assertFalse(a.equals(b), "a random salt per PIN");
        assertTrue(hasher.matches("2468".toCharArray(), a));
        assertTrue(hasher.matches("2468".toCharArray(), b));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash("12".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash("12ab".toCharArray()));
    }

    @Test
    void aProfileAddedAfterOneWasRemovedStartsWithoutItsSignaturesListOrderOrAppearance() {
        try (AccountCache cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile owner = profiles.ensureOwner("Anna Berg");
            Profile ben = profiles.add(owner, "Ben Cole");
            cache.profiles().setSignature(ben.id(), "Ben · Walnut & Wick");
            cache.profiles().setSignature(ben.id(), "es", "Saludos, Ben");
            cache.profiles().setListOrder(ben.id(), com.relaydesk.model.ListOrder.OLDEST_FIRST);
            profiles.setAppearance(ben.id(), "150% dark");
            profiles.remove(owner, ben.id());

            Profile cleo = profiles.add(owner, "Cleo Dunn");

            assertEquals(ben.id(), cleo.id(), "SQLite gives the freed row id again");
            assertEquals("", cache.profiles().signature(cleo.id()), "Cleo does not sign as Ben");
            assertEquals("", cache.profiles().signature(cleo.id(), "es"));
            assertEquals(java.util.Optional.empty(), cache.profiles().listOrder(cleo.id()));
            assertEquals(java.util.Optional.empty(), profiles.appearance(cleo.id()), "nor reads in Ben's text size");
            assertEquals("", cache.profiles().signature(owner.id()));
        }
    }

    @Test
    void eachProfileKeepsItsOwnTextSizeAndThemeAcrossReopening() {
        Path file = dir.resolve("c.sqlite");
        long benId;
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile owner = profiles.ensureOwner("Anna Berg");
            benId = profiles.add(owner, "Ben Cole").id();
            assertEquals(java.util.Optional.empty(), profiles.appearance(owner.id()), "until they choose");
            profiles.setAppearance(owner.id(), "150% dark");
            profiles.setAppearance(benId, "115% light");
            profiles.setAppearance(benId, "85% light");
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            assertEquals(java.util.Optional.of("150% dark"), profiles.appearance(profiles.owner().id()));
            assertEquals(java.util.Optional.of("85% light"), profiles.appearance(benId));
        }
    }

    @Test
    void theOwnersProfileCannotBeRemovedAndOnlyTheOwnerAddsOrRemovesProfiles() {
        try (AccountCache cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile owner = profiles.ensureOwner("Anna Berg");
            Profile ben = profiles.add(owner, "Ben Cole");
            assertThrows(IllegalArgumentException.class, () -> profiles.remove(owner, owner.id()));
            assertThrows(IllegalArgumentException.class, () -> profiles.add(ben, "Cleo Dunn"));
            assertThrows(IllegalArgumentException.class, () -> profiles.remove(ben, ben.id()));
            assertThrows(IllegalArgumentException.class, () -> profiles.setPin(ben, owner.id(), "1234".toCharArray()));
            profiles.remove(owner, ben.id());
            assertEquals(List.of(owner.id()), cache.profiles().all().stream().map(Profile::id).toList());
        }
    }

    @Test
    void twoPeopleWithTheSameInitialsGetDifferentOnesSoTheirClaimsDiffer() {
        try (AccountCache cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile owner = profiles.ensureOwner("Anna Berg");
            Profile other = profiles.add(owner, "Alex Brown");
            assertEquals("AB2", other.initials());
            assertThrows(IllegalArgumentException.class, () -> profiles.add(owner, "anna berg"));
            Profile renamed = profiles.rename(other, other.id(), "Alex Brown", "AX");
            assertEquals("AX", renamed.initials());
            assertThrows(IllegalArgumentException.class, () -> profiles.rename(other, other.id(), "Alex Brown", "AB"));
            Profile recoloured = profiles.recolour(other, other.id(), "#123456");
            assertEquals("#123456", cache.profiles().find(other.id()).orElseThrow().colour());
            assertEquals("AX", recoloured.initials());
        }
    }

    @Test
    void eachProfileSeesItsOwnUnreadMessagesInTheOneSharedCache() {
        Path file = dir.resolve("c.sqlite");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile anna = profiles.ensureOwner("Anna Berg");
            cache.sync().storeBatch("INBOX", List.of(buyer(1).id("<m1@buyer>").build(), buyer(2).id("<m2@buyer>").build(),
                    buyer(3).id("<m3@buyer>").flags(Set.of("\\Seen")).build()), new FolderSyncState("INBOX", 1, 4, 0));
            rememberRows(cache);
            long[] current = {anna.id()};
            ProfileInbox inbox = new ProfileInbox(cache.inbox(), cache.reads(), cache.profiles(), () -> current[0]);
            assertEquals(Map.of(1L, true, 2L, true, 3L, false), unread(inbox),
                    "alone, the server's \\Seen counts as read: nothing changes for a seller working alone");

            cache.reads().mark(anna.id(), idOf(inbox, 1), true);
            Profile ben = profiles.add(anna, "Ben Cole");
            assertEquals(Map.of(1L, false, 2L, true, 3L, false), unread(inbox), "Anna's list unchanged when Ben joins");
            current[0] = ben.id();
            assertEquals(Map.of(1L, true, 2L, true, 3L, false), unread(inbox),
                    "Ben starts from what the server has read, not from what Anna read");

            cache.reads().mark(ben.id(), idOf(inbox, 2), true);
            assertEquals(Map.of(1L, true, 2L, false, 3L, false), unread(inbox));
            long second = idOf(inbox, 2);
            assertFalse(inbox.detail(second).orElseThrow().summary().unread());
            assertFalse(inbox.summary(second).orElseThrow().unread(), "the row alone, as the dashboard opens it");
            current[0] = anna.id();
            assertTrue(inbox.detail(second).orElseThrow().summary().unread(), "Ben reading it leaves it bold for Anna");
            assertTrue(inbox.summary(second).orElseThrow().unread());
            assertEquals(Map.of(1L, false, 2L, true, 3L, false), unread(inbox));
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            rememberRows(cache);
            long ben = cache.profiles().all().get(1).id();
            ProfileInbox inbox = new ProfileInbox(cache.inbox(), cache.reads(), cache.profiles(), () -> ben);
            assertEquals(Map.of(1L, true, 2L, false, 3L, false), unread(inbox), "kept on disk");
            cache.sync().removeMessages("INBOX", List.of(2L), new FolderSyncState("INBOX", 1, 4, 0));
            assertEquals(Map.of(1L, true, 3L, false), unread(inbox), "an expunged message takes its read rows along");
        }
    }

    @Test
    void eachProfileKeepsTheListOrderItChoseAcrossARestart() {
        Path file = dir.resolve("order.sqlite");
        long[] current = new long[1];
        long annaId;
        long benId;
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile anna = profiles.ensureOwner("Anna Berg");
            Profile ben = profiles.add(anna, "Ben Cole");
            annaId = anna.id();
            benId = ben.id();
            ProfileInbox inbox = new ProfileInbox(cache.inbox(), cache.reads(), cache.profiles(), () -> current[0]);
            current[0] = annaId;
            assertEquals(ListOrder.NEWEST_FIRST, inbox.chosenOrder(), "newest first until someone chooses");
            inbox.chooseOrder(ListOrder.OLDEST_FIRST);
            current[0] = benId;
            assertEquals(ListOrder.NEWEST_FIRST, inbox.chosenOrder(), "Anna's choice is hers");
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            ProfileInbox inbox = new ProfileInbox(cache.inbox(), cache.reads(), cache.profiles(), () -> current[0]);
            current[0] = annaId;
            assertEquals(ListOrder.OLDEST_FIRST, inbox.chosenOrder(), "kept in the cache file");
            current[0] = benId;
            assertEquals(ListOrder.NEWEST_FIRST, inbox.chosenOrder());
        }
    }

    /** Unread per message, keyed by the UID each was stored with (rows were stored in UID order). */
    private static Map<Long, Boolean> unread(ProfileInbox inbox) {
        List<MessageSummary> byRow = inbox.page(MailboxView.ALL, null, 50).stream()
                .sorted(java.util.Comparator.comparingLong(MessageSummary::id)).toList();
        Map<Long, Boolean> unread = new java.util.TreeMap<>();
        for (MessageSummary row : byRow) {
            unread.put(uidOf(inbox, row.id()), row.unread());
        }
        return unread;
    }

    private static long uidOf(ProfileInbox inbox, long rowId) {
        return ROWS_BY_UID.entrySet().stream().filter(e -> e.getValue() == rowId).findFirst().orElseThrow().getKey();
    }

    private static long idOf(ProfileInbox inbox, long uid) {
        return ROWS_BY_UID.get(uid);
    }

    private static final Map<Long, Long> ROWS_BY_UID = new java.util.HashMap<>();

    private static void rememberRows(AccountCache cache) {
        ROWS_BY_UID.clear();
        cache.database().read("read uids", c -> {
            try (var rs = c.createStatement().executeQuery("SELECT uid, id FROM messages")) {
                while (rs.next()) {
                    ROWS_BY_UID.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return null;
        });
    }

    @Test
    void draftsBelongToTheProfileThatWroteThemAndGoWithIt() {
        Path file = dir.resolve("c.sqlite");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            Profile anna = profiles.ensureOwner("Anna Berg");
            Profile ben = profiles.add(anna, "Ben Cole");
            cache.drafts().save(anna.id(), new Draft(0, "<q1@buyer>", TestMessages.ALIAS, "Re: parcel", "Dear Erika, Anna here",
                    null, null, null));
            Draft bens = cache.drafts().save(ben.id(), new Draft(0, "<q1@buyer>", TestMessages.ALIAS, "Re: parcel",
                    "Hi Erika, Ben here", null, null, null));
            assertEquals("Dear Erika, Anna here", cache.drafts().forMessage(anna.id(), "<q1@buyer>").orElseThrow().body());
            assertEquals("Hi Erika, Ben here", cache.drafts().forMessage(ben.id(), "<q1@buyer>").orElseThrow().body());
            assertThrows(IllegalStateException.class, () -> cache.drafts().save(anna.id(), new Draft(bens.id(), "<q1@buyer>",
                    TestMessages.ALIAS, "Re: parcel", "taken over", null, null, null)), "nobody overwrites a teammate's draft");
            cache.drafts().delete(anna.id(), bens.id());
            assertEquals(1, cache.drafts().all(ben.id()).size(), "nor deletes it");
            profiles.remove(anna, ben.id());
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            long anna = cache.profiles().all().get(0).id();
            assertEquals(1, cache.drafts().all(anna).size());
            assertNull(cache.drafts().forMessage(anna + 1, "<q1@buyer>").orElse(null), "Ben's drafts left with him");
        }
    }

    @Test
    void draftsWrittenBeforeProfilesExistedGoToTheOwner() {
        try (AccountCache cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER)) {
            cache.database().durableTransaction("an old draft", c -> {
                c.createStatement().execute("INSERT INTO drafts (in_reply_to, subject, text_body, updated_at)"
                        + " VALUES ('<q9@buyer>', 'Re: old', 'kept', 0)");
                return null;
            });
            Profile owner = profiles(cache).ensureOwner("Anna Berg");
            assertEquals("kept", cache.drafts().forMessage(owner.id(), "<q9@buyer>").orElseThrow().body());
        }
    }

    @Test
    void theIdleLockSettingDefaultsToTenMinutesAndIsKept() {
        Path file = dir.resolve("c.sqlite");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Profiles profiles = profiles(cache);
            assertEquals(10, profiles.idleLockMinutes());
            profiles.setIdleLockMinutes(0);
            assertThrows(IllegalArgumentException.class, () -> profiles.setIdleLockMinutes(-1));
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            assertEquals(0, profiles(cache).idleLockMinutes());
        }
    }
}
