package com.relaydesk.relay.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderDatePhraseTest {

    private static final Instant PURCHASED = Instant.parse("2026-11-24T15:30:00Z");

    @Test
    void buyersNameTheDayOfTheOrderInTheirOwnLanguage() {
        assertEquals("on 24 November", OrderDatePhrase.of(PURCHASED, "en"));
        assertEquals("am 24. November", OrderDatePhrase.of(PURCHASED, "de"));
        assertEquals("le 24 novembre", OrderDatePhrase.of(PURCHASED, "fr"));
        assertEquals("el 24 de noviembre", OrderDatePhrase.of(PURCHASED, "es"));
    }
}
