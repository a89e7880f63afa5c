package com.relaydesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.oauth.OAuthProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountSetupViewModelTest {

    private final String googleVariable = OAuthProvider.google().clientIdVariable();

    @Test
    void aClientIdTypedInTheDialogWinsOverTheEnvironment() {
        Map<String, String> env = AccountSetupViewModel.withClientId("google", " typed.apps.googleusercontent.com ",
                Map.of(googleVariable, "from-env", "HOME", "/home/seller"));
        assertEquals("typed.apps.googleusercontent.com", env.get(googleVariable));
        assertEquals("/home/seller", env.get("HOME"));
    }

    @Test
    void anEmptyFieldLeavesTheEnvironmentVariableInPlace() {
        Map<String, String> env = AccountSetupViewModel.withClientId("google", "  ", Map.of(googleVariable, "from-env"));
        assertEquals("from-env", env.get(googleVariable));
    }
}
