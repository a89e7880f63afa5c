package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.rules.OrderIds;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RelayRecognitionShapeTest {

    @Test
    void theQuickShapeCheckNeverHidesAnOrderIdTheRuleWouldFind() {
        Random random = new Random(7);
        String alphabet = "0123456789-- ab#\n";
        RelayRecognition relay = new RelayRecognition();
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) {
                s.insert(random.nextInt(s.length() + 1), "113-1234567-7654321");
            }
            String expected = OrderIds.first(s.toString(), "").orElse(null);
            assertEquals(expected, relay.orderId(s.toString(), ""), "subject " + s);
            assertEquals(OrderIds.first("", s.toString()).orElse(null), relay.orderId("", s.toString()), "body " + s);
            found += expected == null ? 0 : 1;
        }
        assertEquals(true, found > 500, "the test saw order IDs: " + found);
    }
}
