package com.relaydesk.lint.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the linter knows about domain names: top-level domains, the marketplace's own, carriers'. */
public final class Domains {

    /** Top-level domains a bare "shop.de" may end in; kept short so "manual.pdf" is no link. */
    static final String TLDS = "com|net|org|info|biz|shop|store|online|site|eu|io|co\\.uk|uk|de|at|ch|fr|be|es"
            + "|it|nl|pl|se|dk|ie|pt|us|ca|mx|br|au|ly|gl|app|link|page|xyz";
    static final Set<String> TLD_SET = Set.of(TLDS.replace("\\.", ".").split("\\|"));

    private static final List<String> MARKETPLACE = List.of("amazon.", "amzn.", "sellercentral.amazon",
            "marketplace.amazon", "media-amazon.com", "ssl-images-amazon.com");
    private static final List<String> CARRIERS = List.of("ups.com", "dhl.", "fedex.com", "dpd.", "hermesworld.",
            "myhermes.", "hermes-europe.", "gls-group.", "gls-pakete.", "royalmail.", "parcelforce.", "usps.com",
            "laposte.", "colissimo.", "chronopost.", "correos.", "seur.", "mrw.", "poste.it", "brt.it", "tnt.",
            "postnl.", "evri.", "yodel.", "canadapost", "purolator.", "ontrac.", "deutschepost.", "gls.");

    private Domains() {
    }

    /** The host of a URL-like string: "https://www.Shop.de/x?y" → "www.shop.de". */
    public static String host(String url) {
        String s = url.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        s = s.replace("hxxp", "http").replace("[.]", ".").replace("(.)", ".").replace("[dot]", ".")
                .replace("(dot)", ".").replace("{dot}", ".");
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int cut = s.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int at = s.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return s.substring(0, cut);
    }

    public static boolean isMarketplace(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        return MARKETPLACE.stream().anyMatch(h::startsWith) || h.contains(".amazon.") || h.endsWith("amazon.com");
    }

    public static boolean isCarrier(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        for (String carrier : CARRIERS) {
            if (h.startsWith(carrier) || h.contains("." + carrier)) {
                return true;
            }
        }
        return false;
    }
}
