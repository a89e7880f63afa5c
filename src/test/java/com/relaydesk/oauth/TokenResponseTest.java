package com.relaydesk.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenResponseTest {

    @Test
    void topLevelTextNumbersAndBooleansAreReadNestedValuesAndNullsLeftOut() {
        Map<String, String> fields = TokenResponse.fields("{\"access_token\":\"ya29.a\\u0041\",\"expires_in\":3599,"
                + "\"ok\":true,\"id_token\":null,\"nested\":{\"x\":1},\"list\":[1,2],\"scope\":\"a b\"}");
        assertEquals(Map.of("access_token", "ya29.aA", "expires_in", "3599", "ok", "true", "scope", "a b"), fields);
    }

    @Test
    void anythingButAStrictJsonObjectIsRefused() {
        for (String body : new String[] {"", "<html>502 Bad Gateway</html>", "[1]", "\"text\"", "{access_token: 1}",
            "{\"a\":\"b\"", null}) {
            assertThrows(IllegalArgumentException.class, () -> TokenResponse.fields(body), String.valueOf(body));
        }
    }
}
