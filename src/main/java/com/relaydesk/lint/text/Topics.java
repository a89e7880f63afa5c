package com.relaydesk.lint.text;

import com.relaydesk.rules.ContactReason;
import java.util.List;

/**
 * What a message is about, in the terms of C1 and C2: one of the three critical kinds (product
 * customization, delivery scheduling, a problem with the shipping address) or one of the kinds
 * that are never critical (confirmations, thank-you notes, proactive service, delay and
 * out-of-stock notices). Reads English, German, French, Spanish and Italian.
 */
public final class Topics {

    /**
     * @param criticalKind  the critical kind recognised, or null
     * @param notCritical   where a not-critical kind shows, or null
     */
    public record Reading(String criticalKind, TextView view, Match notCritical, String notCriticalKind) {

        public boolean critical() {
            return criticalKind != null;
        }
    }

    private static final Lexicon CUSTOMIZATION = Lexicon.prefixes(
            "engrav", "personali[sz]", "customi[sz]", "custom (text|order|design|name|print)", "monogram", "initials",
            "which (size|colou?r|font|name|text|wording|date)", "(size|colou?r|font|wording|text) (you|would you) (like|want|prefer)",
            "(your|the) (preferred|desired) (size|colou?r|font|text|wording)", "print(ed)? (text|name)",
            "gravur", "graviert", "personalisier", "wunschtext", "wunschname", "welche (größe|farbe|schrift)",
            "schriftart", "beschriftung", "gravure", "personnalis", "quelle (taille|couleur|police)", "inscription",
            "grabado", "personaliz", "qué (talla|color|tamaño)", "texto (que|para)", "incisione", "incis", "personalizz",
            "quale (taglia|colore|misura)", "testo (da|per)");
    private static final Lexicon SCHEDULING = Lexicon.prefixes(
            "schedul(e|ing) (the |a |your )?delivery", "delivery (appointment|slot|window|time slot)", "book a (delivery )?slot",
            "(when|what time|which day) (will|would) you be (at )?home", "be (at )?home (to|for)", "someone (needs|has) to (be|sign)",
            "requires? (a )?signature", "sign for (it|the|your)", "freight (delivery|carrier)", "arrange (the )?delivery",
            "liefertermin", "zustelltermin", "anliefertermin", "lieferfenster", "terminvereinbarung", "termin für die (lieferung|zustellung)",
            "zu hause (sein|anzutreffen)", "(unterschrift|unterschreiben)", "spedition",
            "rendez-vous de livraison", "créneau de livraison", "prendre rendez-vous", "convenir d'un (rendez-vous|créneau)",
            "cita (de|para la) entrega", "franja horaria", "programar la entrega", "concertar la entrega",
            "appuntamento (per la|di) consegna", "fascia oraria", "programmare la consegna", "concordare la consegna");
    private static final Lexicon ADDRESS = Lexicon.prefixes(
            "(shipping |delivery |postal )?address (is |was |seems |appears )?(incomplete|invalid|wrong|incorrect|undeliverable|missing|not (valid|found|complete))",
            "undeliverable", "(confirm|correct|check|verify|update) (your|the) (shipping |delivery )?address",
            "(house|apartment|flat|suite|street) (number|no)", "(postcode|zip code|postal code) (is |seems )?(missing|wrong|invalid|incorrect)",
            "returned to (the )?sender", "could not (be )?deliver", "unable to deliver",
            "adresse (ist |scheint )?(unvollständig|falsch|fehlerhaft|ungültig|nicht (zustellbar|korrekt))", "unzustellbar",
            "(lieferadresse|anschrift|adresse) (bestätigen|korrigieren|prüfen|überprüfen)", "hausnummer", "postleitzahl (fehlt|ist falsch)",
            "nicht zugestellt werden", "adresse (est )?(incomplète|incorrecte|erronée|invalide)", "confirmer (votre|l')adresse",
            "numéro de rue", "code postal (manquant|incorrect)", "dirección (está |es |parece )?(incompleta|incorrecta|errónea|no válida)",
            "confirmar (su|la) dirección", "número de (la )?calle", "código postal (incorrecto|falta)",
            "indirizzo (è |sembra )?(incompleto|errato|sbagliato|non valido)", "confermare (il suo |l')indirizzo",
            "numero civico", "cap (mancante|errato)");

    private static final List<Kind> NOT_CRITICAL = List.of(
            new Kind("a shipment confirmation", Lexicon.prefixes(
                    "(has|have) (been )?(shipped|dispatched|sent out|handed (over )?to)", "is (now )?on (its|the) way", "on its way to you",
                    "(wurde|wurden|ist) (heute |soeben )?(versandt|verschickt|versendet|unterwegs)", "ist auf dem weg",
                    "a été (expédié|envoyé)e?", "est en route", "(ha sido|fue) (enviado|despachado)", "está en camino",
                    "è stat[oa] (spedit|inviat)", "è in viaggio")),
            new Kind("a delivery confirmation", Lexicon.prefixes(
                    "(has|have) (been |now )?(delivered|arrived)", "(wurde|ist) (erfolgreich )?zugestellt", "ist angekommen",
                    "a été livrée?", "(ha sido|fue) entregad", "è stat[oa] consegnat")),
            new Kind("a refund confirmation", Lexicon.prefixes(
                    "refund (has been|was) (issued|processed|sent|completed)", "(we have|we've) (issued|processed) (your|the|a) refund",
                    "erstattung (wurde|ist) (veranlasst|durchgeführt|bearbeitet)", "betrag (wurde )?erstattet",
                    "remboursement a été (effectué|traité)", "reembolso (ha sido|fue) (procesado|emitido)",
                    "rimborso è stato (emesso|effettuato)")),
            new Kind("an order confirmation or thank-you note", Lexicon.prefixes(
                    "thank(s| you) (so much |very much )?for (your|the) (order|purchase|business)", "we (have )?received your order",
                    "(vielen )?dank für ihre?n? (bestellung|einkauf|kauf)", "ihre bestellung (ist|wurde) eingegangen",
                    "merci (beaucoup )?pour votre (commande|achat)", "gracias por su (compra|pedido)", "grazie per il suo (ordine|acquisto)")),
            new Kind("proactive customer service", Lexicon.prefixes(
                    "(please )?(do not|don't) hesitate to (contact|reach|get in touch)", "(contact|reach) us if", "if (you have )?any (questions|problems|issues)",
                    "if (anything|something) goes wrong", "(user |instruction )?manual", "tips (for|on) (using|getting)", "faq",
                    "bei (weiteren )?fragen", "zögern sie nicht", "bedienungsanleitung", "tipps", "n'hésitez pas", "mode d'emploi", "conseils d'utilisation",
                    "no dude en", "manual de (usuario|instrucciones)", "consejos", "non esiti", "manuale", "consigli")),
            new Kind("a delay or out-of-stock notice", Lexicon.prefixes(
                    "out of stock", "(is|will be|are) delayed", "delay in (shipping|delivery|dispatch)", "alternative (product|item)s?", "similar (product|item)s?",
                    "nicht (mehr )?(vorrätig|lieferbar|auf lager)", "lieferverzögerung", "verzögert sich", "alternativ(artikel|produkt)",
                    "rupture de stock", "en retard", "retard de livraison", "agotado", "sin stock", "retraso", "esaurit", "ritardo")));

    private record Kind(String name, Lexicon lexicon) {
    }

    private Topics() {
    }

    public static Reading read(List<TextView> views, ContactReason reason) {
        String critical = reason != null && reason.critical() ? reason.label() : null;
        TextView notCriticalView = null;
        Match notCritical = null;
        String notCriticalKind = null;
        for (TextView view : views) {
            String lower = view.lower();
            if (critical == null) {
                if (CUSTOMIZATION.foundIn(view)) {
                    critical = "product customization";
                } else if (SCHEDULING.foundIn(view)) {
                    critical = "delivery scheduling";
                } else if (ADDRESS.foundIn(view)) {
                    critical = "a shipping-address problem";
                }
            }
            if (notCritical == null) {
                for (Kind kind : NOT_CRITICAL) {
                    List<Match> found = kind.lexicon().findAll(view);
                    if (!found.isEmpty()) {
                        notCriticalView = view;
                        notCritical = found.get(0);
                        notCriticalKind = kind.name();
                        break;
                    }
                }
            }
        }
        return new Reading(critical, notCriticalView, notCritical, notCriticalKind);
    }
}
