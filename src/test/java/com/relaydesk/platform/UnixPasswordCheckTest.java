package com.relaydesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.testing.ThrowawayOsUser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OS password through PAM's real helper, against a throwaway account with a known password
 * (made with useradd/chpasswd and removed after; skipped with the reason when not root).
 */
class UnixPasswordCheckTest {

    private static ThrowawayOsUser user;

    @BeforeAll
    static void aThrowawayAccount() {
        user = ThrowawayOsUser.createOrSkip();
    }

    @AfterAll
    static void removeIt() {
        if (user != null) {
            user.close();
        }
    }

    private UnixPasswordCheck check() {
        return new UnixPasswordCheck(UnixPasswordCheck.helper().orElseThrow(), user.name());
    }

    @Test
    void theRightPasswordWithUmlautsIsAcceptedAndAWrongOneRefused() {
        UnixPasswordCheck check = check();
        assertTrue(check.available());
        assertEquals(user.name(), check.currentUser());
        assertTrue(check.matches(user.name(), user.password().toCharArray()));
        assertFalse(check.matches(user.name(), (user.password() + "x").toCharArray()));
        assertFalse(check.matches(user.name(), user.password().substring(1).toCharArray()));
    }

    @Test
    void anEmptyPasswordOrAnOptionLookingUserNameIsNeverAskedAbout() {
        UnixPasswordCheck check = check();
        assertFalse(check.matches(user.name(), new char[0]));
        assertFalse(check.matches("--help", user.password().toCharArray()));
        assertFalse(check.matches("", user.password().toCharArray()));
    }

    @Test
    void withoutTheHelperNothingIsOffered() {
        assertFalse(new UnixPasswordCheck(Path.of("/nonexistent/unix_chkpwd"), user.name()).available());
        assertFalse(OsAccountPassword.NONE.available());
    }
}
