package com.relaydesk.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.lint.text.EmailFinder;
import com.relaydesk.lint.text.LinkFinder;
import com.relaydesk.lint.text.Match;
import com.relaydesk.lint.text.PhoneFinder;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contact details and links, disguised or not, and the numbers that only look like phone numbers. */
class SpottingTest {

    @ParameterizedTest
    @ValueSource(strings = {"+49 30 1234567", "0049 (0)30-1234567", "(555) 123-4567", "555-123-4567", "020 7946 0958",
        "07700 900123", "01 23 45 67 89", "612 345 678", "333 123 4567", "030/12345678", "+44 20 7946 0958",
        "+33 6 12 34 56 78", "0171 2345678"})
    void phoneNumbersAreFound(String number) {
        List<Match> found = PhoneFinder.find("You can reach me at " + number + " in the morning.");
        assertEquals(1, found.size(), () -> number + " → " + found);
        assertEquals(number, found.get(0).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seven seven zero zero nine zero zero one two three", "oh two oh, seven nine four six, oh oh one eight",
        "Seven-Seven-Zero-Zero-Nine-Zero-Zero-One-Two-Three", "double seven zero zero nine double zero one two three",
        "null eins sieben eins zwei drei vier fünf sechs sieben"})
    void phoneNumbersSpelledOutInWordsAreFound(String number) {
        List<Match> found = PhoneFinder.find("Text us on " + number + " in the morning.");
        assertEquals(List.of(number), found.stream().map(Match::value).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"One or two, maybe three.", "We tried one, two, three and four sizes; five fit.",
        "Six of one, half a dozen of the other.", "It takes one to two days, three at most, from Monday to Friday.",
        "One two three four five six: the steps are numbered."})
    void numberWordsInOrdinarySentencesAreNoPhoneNumber(String text) {
        assertEquals(List.of(), PhoneFinder.find(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Order 302-1234567-7654321 left today.", "Tracking: 1Z999AA10123456784.",
        "DHL tracking number 003404341612.", "USPS 9400 1000 0000 0000 0000 00 is the number.", "Model XR-2000-B fits.",
        "It costs 1.299,00 € now.", "It costs $1,299.99 now.", "Delivered 12.03.2025 at 14:30.", "Due 2025-03-12.",
        "Ship to 10115 Berlin.", "EAN 4006381333931.", "Your invoice 2025-004711 is attached.", "Serial 123456789012.",
        "IBAN DE89 3704 0044 0532 0130 00.", "Postcode SW1A 1AA, London.", "Artikelnummer 12345678."})
    void numbersThatAreNoPhoneNumbersAreLeftAlone(String text) {
        assertEquals(List.of(), PhoneFinder.find(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.berg@myshop.de", "service [at] myshop dot com", "service (at) myshop.de",
        "info at myshop dot com", "anna @ myshop . com", "kontakt[ät]myshop[.]de", "j.smith at myshop.co.uk"})
    void emailAddressesAreFoundEvenWhenDisguised(String address) {
        List<Match> found = EmailFinder.find("Write to " + address + " please.");
        assertEquals(1, found.size(), () -> address + " → " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help [at] walnutwick dot com", "service [at] myshop dot com", "info at myshop dot com",
        "service (at) myshop.de", "anna @ myshop . com", "kontakt[ät]myshop[.]de"})
    void aDisguisedAddressBeforeTheNextSentenceIsFoundWholeAndOnlyIt(String address) {
        // The next sentence's first word once read as one more label of the domain ("com. Thanks"),
        // so the address was not found at all and "walnutwick dot com" stood alone as a link.
        List<Match> found = EmailFinder.find("Hi, write to " + address + ". Thanks.");
        assertEquals(List.of(address), found.stream().map(Match::value).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Look at amazon.de for it.", "We met at noon.", "Reply to abc123def456@marketplace.amazon.de here."})
    void everydayAtAndTheBuyersAliasAreNoAddress(String text) {
        assertEquals(List.of(), EmailFinder.find(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://myshop.de/x", "www.myshop.com", "myshop.de", "h t t p s : / / m y s h o p . d e",
        "hxxps://myshop.de", "www dot myshop dot com", "myshop[.]de", "myshop (dot) com", "myshop punkt de",
        "www punto miotienda punto es"})
    void linksAreFoundEvenWhenDisguised(String link) {
        List<Match> found = LinkFinder.find("See " + link + " for more");
        assertEquals(1, found.size(), () -> link + " → " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I attached manual.pdf and photo.jpg.", "Version 2.1.3 fixes it.", "C'est un point de vente.",
        "Es un punto de entrega.", "Done.It works.", "A red dot on the box."})
    void fileNamesVersionsAndWordsAreNoLinks(String text) {
        assertEquals(List.of(), LinkFinder.find(text), text);
    }
}
