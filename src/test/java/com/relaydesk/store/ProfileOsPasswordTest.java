package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.platform.OsAccountPassword;
import com.relaydesk.platform.UnixPasswordCheck;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.PinHasher;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import com.relaydesk.testing.ThrowawayOsUser;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "My computer password" instead of a PIN, on a real cache, checked by PAM's real helper against
 * a throwaway OS account (the tests that need one skip with the reason when not root).
 */
class ProfileOsPasswordTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private AccountCache cache;
    private Profiles profiles;
    private Profile owner;
    private Profile ben;

    @BeforeEach
    void aDesktopSharedByTwo() {
        cache = AccountCache.open(dir.resolve("c.sqlite"), TestMessages.SELLER);
        profiles = new Profiles(cache.profiles(), new PinHasher(1_000, new SecureRandom()), CLOCK);
        owner = profiles.ensureOwner("Sam Seller");
        ben = profiles.add(owner, "Ben Cole");
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aProfileChoosesItsComputerPasswordOnlyWhenTypedRightAndThenUnlocksWithItAlone() {
        try (ThrowawayOsUser user = ThrowawayOsUser.createOrSkip()) {
            profiles.useOsPassword(new UnixPasswordCheck(UnixPasswordCheck.helper().orElseThrow(), user.name()));
            profiles.setPin(ben, ben.id(), "2468".toCharArray());

            IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                    () -> profiles.useComputerPassword(ben, ben.id(), "not it".toCharArray()));
            assertEquals("That is not the computer password of " + user.name() + ". Type the password you log in to "
                    + "this computer with.", typo.getMessage());
            assertEquals(Profile.Unlock.PIN, profiles.find(ben.id()).orElseThrow().unlock(), "nothing changed");
            assertThrows(IllegalArgumentException.class,
                    () -> profiles.useComputerPassword(owner, ben.id(), user.password().toCharArray()),
                    "only Ben chooses for Ben");

            profiles.useComputerPassword(ben, ben.id(), user.password().toCharArray());
            Profile chosen = profiles.find(ben.id()).orElseThrow();
            assertEquals(Profile.Unlock.OS_PASSWORD, chosen.unlock());
            assertEquals(user.name(), chosen.osUser());
            assertNull(chosen.pinHash(), "one secret: the PIN is gone");

            DeskLock desk = new DeskLock(profiles);
            assertEquals(Profiles.Check.WRONG, desk.unlock(ben.id(), "2468".toCharArray()).result());
            assertEquals(Profiles.Check.WRONG, desk.unlock(ben.id(), new char[0]).result());
            assertTrue(desk.locked());
            assertTrue(desk.unlock(ben.id(), user.password().toCharArray()).unlocked());
            assertEquals("Ben Cole", desk.current().name());
        }
    }

    @Test
    void anotherOsAccountCannotUnlockTheProfileWithItsOwnOrEvenTheRightPassword() {
        Path helper = UnixPasswordCheck.helper().orElse(null);
        Assumptions.assumeTrue(helper != null, "skipped: PAM's unix_chkpwd is not installed here");
        cache.profiles().setOsUser(ben.id(), "anna"); // set up while the OS account anna was logged in
        profiles.useOsPassword(new UnixPasswordCheck(helper, "bob"));
        assertEquals(Profiles.Check.OTHER_OS_USER, profiles.check(ben.id(), "anything".toCharArray()).result());
        assertTrue(new DeskLock(profiles).locked());
    }

    @Test
    void whereNoOsPasswordCanBeCheckedTheProfileSaysSoAndTheOwnerCanTakeTheLockOff() {
        cache.profiles().setOsUser(ben.id(), "ben"); // e.g. the cache was copied from a Linux desktop
        profiles.useOsPassword(OsAccountPassword.NONE);
        assertEquals(Profiles.Check.NO_OS_CHECK, profiles.check(ben.id(), "anything".toCharArray()).result());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> profiles.useComputerPassword(ben, ben.id(), "anything".toCharArray()));
        assertTrue(none.getMessage().startsWith("This computer cannot check"), none.getMessage());

        profiles.clearPin(owner, ben.id());
        assertEquals(Profile.Unlock.CLICK, profiles.find(ben.id()).orElseThrow().unlock());
        cache.profiles().setOsUser(ben.id(), "ben");
        profiles.setPin(ben, ben.id(), "1357".toCharArray());
        assertEquals(Profile.Unlock.PIN, profiles.find(ben.id()).orElseThrow().unlock(), "a PIN replaces it");
        assertNull(profiles.find(ben.id()).orElseThrow().osUser());
    }
}
