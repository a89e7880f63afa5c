package com.relaydesk.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.testing.HandClock;
import com.relaydesk.store.AccountCache;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.PinHasher;
import com.relaydesk.team.Profile;
import com.relaydesk.team.Profiles;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock as the window drives it, on a real cache and a clock the test moves: no waiting, no wall clock. */
class DeskViewModelTest {

    @TempDir
    Path dir;

    private AccountCache cache;
    private final HandClock clock = new HandClock(java.time.Instant.parse("2026-11-30T09:00:00Z"));
    private Profiles profiles;
    private Profile anna;
    private Profile ben;
    private DeskViewModel viewModel;
    private final AtomicInteger switches = new AtomicInteger();

    @BeforeEach
    void aDesktopSharedByTwo() {
        cache = AccountCache.open(dir.resolve("desk.sqlite"), "seller@example.org");
        profiles = new Profiles(cache.profiles(), new PinHasher(1_000, new SecureRandom()), clock);
        anna = profiles.ensureOwner("Anna Berg");
        ben = profiles.add(anna, "Ben Cole");
        profiles.setPin(ben, ben.id(), "2468".toCharArray());
        viewModel = new DeskViewModel(UiTasks.sameThread(), clock);
        viewModel.onSwitched(switches::incrementAndGet);
        viewModel.attach(new DeskLock(profiles));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aDesktopSharedByTwoOpensLockedAndAProfileWithoutPinUnlocksWithAClick() {
        assertTrue(viewModel.lockedProperty().get());
        assertEquals(anna.id(), viewModel.unlockAsProperty().get().id());
        viewModel.unlock(new char[0]);
        assertFalse(viewModel.lockedProperty().get());
        assertEquals(2, viewModel.profiles().size());
    }

    @Test
    void switchingLocksAndOnlyTheRightPinLetsTheOtherPersonIn() {
        viewModel.unlock(new char[0]);
        viewModel.switchTo(ben);
        assertTrue(viewModel.lockedProperty().get());
        assertEquals("Anna Berg", viewModel.currentProperty().get().name(), "nobody is Ben before his PIN");

        viewModel.unlock("1357".toCharArray());
        assertTrue(viewModel.lockedProperty().get());
        assertEquals("Wrong PIN for Ben Cole. Try again.", viewModel.lockMessageProperty().get());

        viewModel.unlock("2468".toCharArray());
        assertFalse(viewModel.lockedProperty().get());
        assertEquals("Ben Cole", viewModel.currentProperty().get().name());
        assertEquals(1, switches.get(), "the lists reload for Ben");
        assertEquals("", viewModel.lockMessageProperty().get());
    }

    @Test
    void theDesktopLocksAfterTheIdleTimeWithoutInputAndInputPostponesIt() {
        profiles.setIdleLockMinutes(2);
        viewModel.reload();
        viewModel.unlock(new char[0]);
        assertEquals(Duration.ofMinutes(2), viewModel.idleTimeout());

        clock.advance(Duration.ofSeconds(119));
        viewModel.checkIdle();
        assertFalse(viewModel.lockedProperty().get());
        viewModel.userActivity();
        clock.advance(Duration.ofSeconds(119));
        viewModel.checkIdle();
        assertFalse(viewModel.lockedProperty().get(), "input restarted the idle time");
        clock.advance(Duration.ofSeconds(1));
        viewModel.checkIdle();
        assertTrue(viewModel.lockedProperty().get());
        assertEquals(anna.id(), viewModel.unlockAsProperty().get().id(), "the idle lock offers the same person back");
    }

    @Test
    void anIdleTimeOfZeroNeverLocks() {
        profiles.setIdleLockMinutes(0);
        viewModel.reload();
        viewModel.unlock(new char[0]);
        clock.advance(Duration.ofDays(2));
        viewModel.checkIdle();
        assertFalse(viewModel.lockedProperty().get());
    }

    @Test
    void theDefaultIdleTimeIsTenMinutes() {
        viewModel.unlock(new char[0]);
        assertEquals(Duration.ofMinutes(10), viewModel.idleTimeout());
        clock.advance(Duration.ofMinutes(10));
        viewModel.checkIdle();
        assertTrue(viewModel.lockedProperty().get());
    }

    @Test
    void aSellerAloneWithoutPinIsNeverLockedOutByTheIdleLockUntilALockWouldKeepSomeoneOut() {
        viewModel.unlock(new char[0]);
        ManageProfilesViewModel manage = new ManageProfilesViewModel(viewModel, UiTasks.sameThread());
        manage.opened();
        manage.selectedProperty().set(ben);
        manage.remove();
        manage.saveIdleMinutes(5);
        assertEquals("This desktop locks after 5 minutes without input once someone else has a profile here or you "
                + "set a PIN (until then a lock would keep nobody out).", manage.messageProperty().get());

        clock.advance(Duration.ofHours(3));
        viewModel.checkIdle();
        assertFalse(viewModel.lockedProperty().get(), "one profile, no PIN: a lock would only cost a click");

        manage.selectedProperty().set(anna);
        manage.setPin("1234".toCharArray(), "1234".toCharArray());
        viewModel.userActivity();
        clock.advance(Duration.ofMinutes(5));
        viewModel.checkIdle();
        assertTrue(viewModel.lockedProperty().get(), "with a PIN the lock keeps others out");
        assertEquals("Anna Berg, enter your PIN", DeskViewModel.askFor(viewModel.unlockAsProperty().get()));
    }

    @Test
    void theManageDialogLetsOnlyTheOwnerAddAndEachPersonSetTheirOwnPin() {
        ManageProfilesViewModel manage = new ManageProfilesViewModel(viewModel, UiTasks.sameThread());
        viewModel.unlock(new char[0]);
        manage.opened();
        assertTrue(manage.ownerActingProperty().get());
        manage.add("Cleo Dunn");
        assertEquals(3, viewModel.profiles().size());
        assertEquals("Cleo Dunn", manage.selectedProperty().get().name());
        assertFalse(manage.canSetPinProperty().get(), "Anna cannot set Cleo's PIN");
        assertTrue(manage.canRemoveProperty().get());

        manage.selectedProperty().set(viewModel.profiles().get(0));
        manage.setPin("1234".toCharArray(), "1243".toCharArray());
        assertEquals("The two PINs differ. Type the same PIN twice.", manage.messageProperty().get());
        manage.setPin("1234".toCharArray(), "1234".toCharArray());
        assertTrue(profiles.find(anna.id()).orElseThrow().hasPin());
        assertFalse(manage.canRemoveProperty().get(), "the owner's profile stays");
    }
}
