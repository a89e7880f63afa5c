package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AliasesTest {

    @Test
    void a1TheSameBuyerAndSellerAlwaysGetTheSameAlias() {
        assertEquals(Aliases.generate("buyer-7", "seller-1"), Aliases.generate("buyer-7", "seller-1"));
    }

    @Test
    void a1TheSameBuyerGetsAnotherAliasWithAnotherSeller() {
        assertNotEquals(Aliases.generate("buyer-7", "seller-1"), Aliases.generate("buyer-7", "seller-2"));
        assertNotEquals(Aliases.generate("buyer-7", "seller-1"), Aliases.generate("buyer-8", "seller-1"));
    }

    @Test
    void a2AGeneratedAliasIs35CharactersWithTheDomainAndReadsAsAnAlias() {
        String alias = Aliases.generate("buyer-7", "seller-1");
        assertEquals(35, alias.length(), alias);
        assertTrue(alias.endsWith("@marketplace.amazon.com"));
        assertEquals(12, alias.indexOf('@'));
        assertTrue(Aliases.isAlias(alias));
        for (String domain : Aliases.RELAY_DOMAINS) {
            assertTrue(Aliases.isAlias(Aliases.generate("b", "s", domain)), domain);
        }
    }

    @Test
    void a2AnyRelayDomainAndLocalPartsOf8To32CharactersAreAliases() {
        assertTrue(Aliases.isAlias("abcd1234@marketplace.amazon.de"));
        assertTrue(Aliases.isAlias("0123456789abcdef0123456789abcdef@marketplace.amazon.co.uk"));
        assertTrue(Aliases.isAlias("Jane Doe <KX4J9V2MQ1ZP@Marketplace.Amazon.com>"));
        assertEquals(Optional.of("kx4j9v2mq1zp@marketplace.amazon.com"),
                Aliases.normalize("Jane Doe <KX4J9V2MQ1ZP@Marketplace.Amazon.com>"));
    }

    @Test
    void a2OtherDomainsAndMalformedLocalPartsAreNotAliases() {
        assertFalse(Aliases.isAlias("kx4j9v2mq1zp@amazon.com"));
        assertFalse(Aliases.isAlias("kx4j9v2mq1zp@marketplace.amazon.com.evil.example"));
        assertFalse(Aliases.isAlias("short@marketplace.amazon.com"));
        assertFalse(Aliases.isAlias("0123456789abcdef0123456789abcdef0@marketplace.amazon.com"));
        assertFalse(Aliases.isAlias("kx4j.9v2mq1zp@marketplace.amazon.com"));
        assertFalse(Aliases.isAlias("seller@example.org"));
        assertFalse(Aliases.isAlias(null));
    }

    @Test
    void theDomainOfAnAddressIsWhatFollowsItsAt() {
        org.junit.jupiter.api.Assertions.assertEquals("marketplace.amazon.co.uk", Aliases.domainOf("olivia.x7@marketplace.amazon.co.uk"));
        org.junit.jupiter.api.Assertions.assertNull(Aliases.domainOf("no address"));
        org.junit.jupiter.api.Assertions.assertNull(Aliases.domainOf(null));
    }
}
