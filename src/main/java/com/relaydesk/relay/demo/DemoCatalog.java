package com.relaydesk.relay.demo;

import java.util.List;

/** The fixed ingredients of the demo world: products, names and places per language. */
final class DemoCatalog {

    /** A product of the demo seller; handmade and custom ones are always messageable (B2 exception 2). */
    record Product(String sku, String asin, String title, boolean handmade, boolean custom) {
    }

    /** Where a buyer lives: city, postcode, country code. */
    record Place(String city, String postalCode, String country) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("WW-LAMP-01", "B0CWALN001", "Walnut Desk Lamp with Linen Shade", false, false),
            new Product("WW-LAMP-02", "B0CWALN002", "Oak Floor Lamp, 150 cm", false, false),
            new Product("WW-BULB-E27", "B0CWALN003", "Warm White LED Filament Bulb E27 (2-pack)", false, false),
            new Product("WW-CAND-SOY", "B0CWALN004", "Soy Wax Candle, Cedar & Smoke, 220 g", false, false),
            new Product("WW-CAND-SET", "B0CWALN005", "Tealight Holder Set of 3, Brass", false, false),
            new Product("WW-SHADE-L", "B0CWALN006", "Replacement Linen Lampshade, Large", false, false),
            new Product("WW-CORD-BLK", "B0CWALN007", "Fabric Lamp Cord with Switch, Black, 3 m", false, false),
            new Product("WW-BOWL-HT", "B0CWALN008", "Hand-Turned Walnut Bowl", true, false),
            new Product("WW-BOARD-ENG", "B0CWALN009", "Engraved Walnut Cutting Board (personalised)", true, true),
            new Product("WW-SIGN-NAME", "B0CWALN010", "Custom Wooden House Sign", false, true),
            new Product("WW-TRAY-OAK", "B0CWALN011", "Oak Serving Tray", false, false),
            new Product("WW-LAMP-KIDS", "B0CWALN012", "Night Light Moon Lamp", false, false),
            new Product("WW-CLOCK-WAL", "B0CWALN013", "Walnut Wall Clock, Silent", false, false),
            new Product("WW-COAST-4", "B0CWALN014", "Hand-Carved Coasters, Set of 4", true, false));

    static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "en", "en", "en", "de", "fr", "es");

    static List<String> firstNames(String language) {
        return switch (language) {
            case "de" -> List.of("Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Lena", "Paul", "Klara", "Jan",
                    "Greta", "Moritz");
            case "fr" -> List.of("Camille", "Louis", "Chloé", "Hugo", "Léa", "Gabriel", "Manon", "Jules", "Inès",
                    "Arthur", "Élise", "Théo");
            case "es" -> List.of("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Pablo", "Carmen", "Diego", "Elena",
                    "Javier", "Paula", "Álvaro");
            default -> List.of("Emma", "Liam", "Olivia", "Noah", "Ava", "James", "Mia", "Lucas", "Grace", "Ethan",
                    "Chloe", "Jack", "Isla", "Henry", "Amelia", "Oscar", "Ruby", "Leo", "Harper", "Daniel");
        };
    }

    static List<String> lastNames(String language) {
        return switch (language) {
            case "de" -> List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner");
            case "fr" -> List.of("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux");
            case "es" -> List.of("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres");
            default -> List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Hughes",
                    "Patel", "Murphy", "Evans", "Reed", "Carter", "Bennett");
        };
    }

    static List<Place> places(String language) {
        return switch (language) {
            case "de" -> List.of(new Place("Berlin", "10115", "DE"), new Place("Hamburg", "20095", "DE"),
                    new Place("München", "80331", "DE"), new Place("Köln", "50667", "DE"));
            case "fr" -> List.of(new Place("Paris", "75011", "FR"), new Place("Lyon", "69002", "FR"),
                    new Place("Nantes", "44000", "FR"), new Place("Lille", "59000", "FR"));
            case "es" -> List.of(new Place("Madrid", "28004", "ES"), new Place("Barcelona", "08001", "ES"),
                    new Place("Valencia", "46001", "ES"), new Place("Sevilla", "41001", "ES"));
            default -> List.of(new Place("Seattle", "98101", "US"), new Place("Austin", "78701", "US"),
                    new Place("Boston", "02108", "US"), new Place("Denver", "80202", "US"),
                    new Place("Leeds", "LS1 4AP", "GB"), new Place("Bristol", "BS1 5TR", "GB"));
        };
    }

    /** The relay domain of the buyer's marketplace (A2). */
    static String relayDomain(String language, String country) {
        return switch (language) {
            case "de" -> "marketplace.amazon.de";
            case "fr" -> "marketplace.amazon.fr";
            case "es" -> "marketplace.amazon.es";
            default -> "GB".equals(country) ? "marketplace.amazon.co.uk" : "marketplace.amazon.com";
        };
    }

    /** Order-ID prefixes seen per marketplace. */
    static List<String> orderPrefixes(String country) {
        return switch (country) {
            case "DE" -> List.of("302", "303", "304", "028");
            case "FR", "ES" -> List.of("402", "403", "404", "171");
            case "GB" -> List.of("202", "203", "204", "026");
            default -> List.of("111", "112", "113", "114");
        };
    }

    /** Carriers by country: name and the domain their notifications come from (A5). */
    static List<String[]> carriers(String country) {
        return switch (country) {
            case "DE" -> List.of(new String[] {"DHL", "dhl.de"}, new String[] {"DPD", "dpd.de"});
            case "FR" -> List.of(new String[] {"Colissimo", "colissimo.fr"}, new String[] {"Chronopost", "chronopost.fr"});
            case "ES" -> List.of(new String[] {"Correos", "correos.es"}, new String[] {"SEUR", "seur.com"});
            case "GB" -> List.of(new String[] {"Royal Mail", "royalmail.com"}, new String[] {"Evri", "evri.com"});
            default -> List.of(new String[] {"UPS", "ups.com"}, new String[] {"USPS", "usps.com"},
                    new String[] {"FedEx", "fedex.com"});
        };
    }

    private DemoCatalog() {
    }
}
