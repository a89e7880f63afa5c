package com.relaydesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class UserFacingExceptionTest {

    @Test
    void describeFindsTheUserFacingMessageAnywhereInTheCauseChain() {
        Exception wrapped = new IllegalStateException("internal", new UserFacingException("The disk is full. Free space."));
        assertEquals("The disk is full. Free space.", UserFacingException.describe(wrapped));
    }

    @Test
    void describeOfAnInternalFailureNamesItsKindButLeaksNoDetails() {
        String text = UserFacingException.describe(new NullPointerException("field x of y at Foo.java:12"));
        assertEquals("An unexpected internal error occurred (NullPointerException).", text);
        assertFalse(text.contains("Foo.java"));
    }
}
