package com.relaydesk.rules;

import java.util.List;

/**
 * What a buyer's thank-you is made of, in the languages RelayDesk reads (English, German, French,
 * Spanish, Italian, Dutch): the thanks itself, and what may stand around it — a greeting, what it
 * is for, "arrived safely", praise, a sign-off. Written as {@link PhraseCover} phrases.
 *
 * <p>Only words that can ask for nothing belong here: no "please", no verb of doing ("send",
 * "graver"), no negation, no bare "de"/"for" that could start a request ("merci de graver"). A
 * "for …" is listed with what it thanks for. No "thanks in advance" either: it thanks for
 * something still to be done, asked for above it or in the subject.
 */
final class ThankYouPhrases {

    private ThankYouPhrases() {
    }

    /** The thanks: one of these makes a message a thank-you. */
    static final List<String> THANKS = List.of(
            // English
            "(many|) (thanks|thank you|thankyou|thank u|thx|ty) (so much|very much|a lot|a million|a bunch|loads"
                    + "|heaps|kindly|again|once again|so very much|ever so much|)",
            "(many|a thousand|big|huge) thanks", "cheers", "(much|greatly|really|very much|truly) appreciated",
            "(i|we|really|i really|we really|) (appreciate|appreciated) (it|that|this|your help|the help|)",
            "(thanks|thank you) (for|) (everything|all)",
            // German
            "(danke|dankeschön|danke schön) (sehr|vielmals|ihnen|dir|euch|nochmals|nochmal|auch|schön|)",
            "(vielen|herzlichen|besten|tausend|lieben|recht herzlichen|vielen lieben|ganz herzlichen|nochmals vielen"
                    + "|nochmals herzlichen) dank (auch|nochmals|)",
            "(ich|wir) (bedanke|bedanken) (mich|uns) (herzlich|sehr|recht herzlich|)",
            // French
            "(merci|mercii|merciii) (beaucoup|bien|infiniment|mille fois|encore|à vous|a vous|encore une fois|pour tout"
                    + "|)",
            "(un grand|grand|mille|un immense) (merci|mercis)",
            "(je|nous) vous (remercie|remercions) (beaucoup|vivement|infiniment|sincèrement|)",
            // Spanish
            "(muchas|muchísimas|mil|un millón de|muchas muchas) gracias",
            "gracias (de nuevo|otra vez|mil|por todo|a ti|a usted|a vosotros|a ustedes|)",
            "(se lo|te lo|le|te|les|os) (agradezco|agradecemos) (mucho|muchísimo|)",
            // Italian
            "grazie (mille|tante|infinite|ancora|di tutto|per tutto|davvero|a lei|a voi|molte|)",
            "(mille|molte|tante) grazie", "(vi|la|ti) (ringrazio|ringraziamo) (molto|tanto|di cuore|)",
            // Dutch
            "(hartelijk|heel erg|erg|heel|hartstikke|vriendelijk|nogmaals|) bedankt (hoor|nogmaals|voor alles"
                    + "|)",
            "(dank je|dank u|dankjewel|dankuwel|dank jullie) (wel|hartelijk|zeer|)",
            "(hartelijk|veel|vriendelijk|mijn) dank");

    /** What may stand around the thanks: greetings, what it is for, good news, praise, sign-offs. */
    static final List<String> AROUND = List.of(
            // English: greetings
            "(hi|hello|hey|hiya|dear) (there|all|seller|sir|madam|sir or madam|team|guys|)",
            "good (morning|afternoon|evening)",
            // English: what the thanks is for
            "for (your|the|such a) (very|) (quick|fast|prompt|speedy|swift|kind|helpful|friendly|great|lovely|nice"
                    + "|quick and helpful|fast and friendly|) (reply|response|answer|help|update|info|information"
                    + "|message|support|assistance|explanation|service|feedback|advice|patience)",
            "for (getting back to me|getting back|the quick reply|letting me know|sorting it out|sorting this out"
                    + "|your time|all your help|all the help|the fast delivery|the quick delivery|the fast shipping"
                    + "|the quick shipping|the speedy delivery|a great product|a lovely product)"
                    + " (so quickly|so fast|quickly|so soon|)",
            "(so|that|so much|a lot|very much|too|as well|again|indeed|really|once again)",
            // English: good news and praise
            "(that|this|it|that s|it s|that is|it is|all|everything is|everything s) (very|so|really|absolutely|"
                    + ") (great|perfect|brilliant|wonderful|excellent|fantastic|awesome|lovely|fine|good|amazing"
                    + "|helpful|helps|helped|sorted|clear|good news|great news|beautiful|gorgeous|fab|super|cool"
                    + "|ok|okay|all good)",
            "(great|perfect|brilliant|wonderful|excellent|fantastic|awesome|lovely|fab|super|cool|ok|okay|nice"
                    + "|amazing|sweet|all good|all sorted|sorted|noted|got it|understood|great stuff|good news"
                    + "|great news|much better|all clear) (then|now|)",
            "(great|excellent|fantastic|amazing|fast|quick|brilliant|lovely) (service|seller|product|item|job"
                    + "|communication|delivery|shipping)",
            "(it|the parcel|the package|the order|the item|my order|my parcel|my package|everything|all|it all"
                    + "|both) (has|have|) (arrived|come|came|got here|turned up|arrived today|came today|arrived safely"
                    + "|arrived safe and sound|arrived in perfect condition|arrived in good condition|arrived well"
                    + "|arrived in one piece|arrived quickly|arrived fine|arrived on time)",
            "(arrived|received|delivered) (safely|safe and sound|today|well|fine|in perfect condition"
                    + "|in good condition|in one piece|on time|quickly|)",
            "(i|we|) (have|ve|) (received|got) (it|the parcel|the package|my order|the item|everything|it all|both)"
                    + " (today|safely|)",
            "(i|we|) (love|loved|like) (it|them)", "(it|they) (look|looks) (great|lovely|beautiful|perfect|amazing"
                    + "|fantastic|gorgeous)",
            "(it|they) (work|works) (great|perfectly|fine|well|)", "(you are|you re) (the best|a star|great|amazing"
                    + "|very kind|so kind|stars)",
            "(very|so|how) kind (of you|)", "(i m|i am|we are|we re) (very|so|really|) (happy|pleased|satisfied"
                    + "|delighted) (with it|with them|with the product|with the item|with my order|with the order"
                    + "|with the service|)",
            "(have a|enjoy your) (nice|great|good|lovely|wonderful) (day|weekend|evening|week)",
            "(you|same to you|you too)",
            // a conjunction asks for nothing by itself: "Danke schön und viele Grüße"
            "(and|und|et|y|e|en)",
            // English: sign-offs
            "(best|kind|warm|many|warmest|kindest) (regards|wishes)", "regards", "best", "all the best",
            "take care", "sincerely", "(yours|yours sincerely|yours truly)", "with thanks", "bye",
            "(thanks|thank you) (again|once again)",
            // German: greetings
            "(hallo|hi|moin|servus|grüß gott|guten tag|guten morgen|guten abend|sehr geehrte damen und herren"
                    + "|liebes team|liebe verkäufer|lieber verkäufer)",
            // German: what the thanks is for
            "für (die|ihre|eure|deine|das|den) (sehr|) (schnelle|freundliche|rasche|nette|prompte|schnellen"
                    + "|freundlichen|tolle|super|gute|) (antwort|rückmeldung|hilfe|info|infos|information|nachricht"
                    + "|bearbeitung|lieferung|unterstützung|mühe|service|versand|auskunft|kulanz|geduld)",
            "für alles", "(nochmals|nochmal|auch|schon mal|schon einmal|sehr|so|auch so)",
            // German: good news and praise
            "(alles|es|sie|er|das paket|die lieferung|die bestellung|der artikel|die ware|paket|ware|artikel"
                    + "|lieferung|bestellung) (ist|sind|) (heute|gestern|schon|bereits|) (gut|heil|wohlbehalten"
                    + "|unbeschädigt|pünktlich|) (angekommen|eingetroffen|erhalten|da)",
            "(alles|) (gut|bestens|super|klar|bestens erhalten|gut erhalten|top|in ordnung|prima|perfekt)",
            "(habe|haben|ich habe|wir haben) (es|alles|das paket|die ware|die lieferung|die bestellung|) (heute|"
                    + ") (gut|) erhalten",
            "(super|perfekt|toll|prima|klasse|wunderbar|spitze|top|passt|ok|okay|sehr gut|sehr schön|sehr nett"
                    + "|sehr freundlich|bestens|das ist super|das ist perfekt|das ist toll|das ist sehr nett"
                    + "|das war sehr nett|das hilft|das hilft mir|das hilft mir weiter|das hat geholfen|hat geholfen"
                    + "|sehr hilfreich|gerne wieder|jederzeit wieder)",
            "(bin|sind|ich bin|wir sind) (sehr|) (zufrieden|begeistert|glücklich) (damit|)",
            "(es|sie|er|das) (gefällt|gefallen) (mir|uns) (sehr|sehr gut|gut|)",
            "(toller|super|schneller|guter|netter|freundlicher|klasse) (service|verkäufer|versand|kontakt)",
            // German: sign-offs
            "(viele|liebe|beste|freundliche|herzliche|schöne|sonnige) (grüße|grüsse)",
            "(mit|) (freundlichen|besten|herzlichen|lieben) (grüßen|grüssen)", "(gruß|grüße|grüsse|mfg|lg|vg|bg)",
            "(einen|) (schönen|guten) (tag|abend|sonntag|wochenende) (noch|)", "bis bald",
            // French: greetings
            "(bonjour|bonsoir|salut|madame|monsieur|madame monsieur|madame ou monsieur|chère madame|cher monsieur)",
            // French: what the thanks is for
            "(de|pour) (votre|ta|la|le|vos|cette|ton|l) (très|) (rapide|gentille|aimable|prompte|excellente|) (réponse"
                    + "|aide|retour|message|réactivité|rapidité|gentillesse|information|informations|envoi|service"
                    + "|patience|geste|compréhension) (rapide|)",
            "pour tout", "(encore|aussi|vraiment|très|bien|déjà)",
            // French: good news and praise
            "(c est|ce serait|) (parfait|super|génial|top|noté|bon|très bien|au top|nickel|impeccable|formidable"
                    + "|très gentil|très aimable|gentil|aimable|sympa|très sympa|bien noté)",
            "(parfait|super|génial|top|nickel|impeccable|formidable|très bien|au top|ok|d accord|entendu|noté"
                    + "|excellent|excellente nouvelle|bonne nouvelle)",
            "(colis|commande|article|produit|le colis|la commande|l article|le produit|tout|j ai|nous avons|)"
                    + " (est|a été|ont été|) (bien|) (reçu|reçue|reçus|arrivé|arrivée|arrivés|livré|livrée)"
                    + " (aujourd hui|hier|en parfait état|en bon état|intact|rapidement|)",
            "(tout est|tout est bien) (arrivé|reçu|parfait|en ordre)",
            "(vous êtes|tu es) (très|) (gentil|gentille|gentils|aimable|aimables|au top|super|génial|géniaux)",
            "(je suis|nous sommes) (très|) (content|contente|contents|ravi|ravie|ravis|satisfait|satisfaite"
                    + "|satisfaits) (de mon achat|du produit|de la commande|)",
            "(j adore|on adore|il est magnifique|elle est magnifique|il est superbe|elle est superbe|magnifique"
                    + "|superbe|très beau|très belle)",
            "(super|excellent|très bon|très bonne|parfait) (vendeur|service|contact|produit)",
            // French: sign-offs
            "(cordialement|bien cordialement|très cordialement|salutations|sincères salutations|bien à vous|à vous"
                    + "|à bientôt|bises|bonne journée|bonne soirée|bonne continuation|bonne fin de journée|bonne semaine"
                    + "|bon week end|belle journée|excellente journée)",
            // Spanish: greetings
            "(hola|buenas|buenos días|buenas tardes|buenas noches|estimado vendedor|estimados señores|estimados)",
            // Spanish: what the thanks is for
            "por (la|su|tu|vuestra) (rápida|pronta|amable|atenta|) (respuesta|ayuda|información|atención|gestión"
                    + "|paciencia|amabilidad|rapidez) (tan rápida|rápida|)",
            "por (todo|responder|contestar|responder tan rápido|contestar tan rápido|la información|el envío"
                    + "|el servicio)",
            "(de nuevo|otra vez|también|muy|tan)",
            // Spanish: good news and praise
            "(perfecto|genial|estupendo|fenomenal|excelente|muy bien|todo bien|todo perfecto|todo correcto|vale"
                    + "|de acuerdo|entendido|muy amable|qué amable|muy amables|es perfecto|es genial)",
            "(el pedido|mi pedido|el paquete|mi paquete|el artículo|todo|lo|) (ya|) (ha llegado|llegó|han llegado"
                    + "|ha llegado ya"
                    + "|he recibido|recibí|recibido|lo he recibido|lo recibí) (bien|perfectamente|en perfecto estado"
                    + "|hoy|sin problemas|)",
            "(recibido|llegó|ha llegado) (bien|perfectamente|en perfecto estado|hoy|)",
            "(estoy|estamos) (muy|) (contento|contenta|contentos|satisfecho|satisfecha|satisfechos|encantado"
                    + "|encantada|encantados) (con la compra|con el producto|con el pedido|)",
            "(me encanta|nos encanta|me gusta mucho|nos gusta mucho|es precioso|es preciosa|precioso|preciosa)",
            "(excelente|muy buen|gran) (servicio|vendedor|producto|atención)",
            // Spanish: sign-offs
            "(saludos|un saludo|un cordial saludo|cordiales saludos|muchos saludos|atentamente|un abrazo|abrazos"
                    + "|hasta pronto|que tenga un buen día|que tengas un buen día|buen día|feliz día)",
            // Italian: greetings
            "(ciao|buongiorno|buonasera|salve|gentile venditore|gentili signori)",
            // Italian: what the thanks is for
            "(per|della|dell) (la|sua|vostra|tua|l|) (rapida|veloce|gentile|pronta|cortese|) (risposta|aiuto"
                    + "|disponibilità|informazione|informazioni|assistenza|cortesia|gentilezza|pazienza|spedizione)",
            "(ancora|davvero|molto|anche)",
            // Italian: good news and praise
            "(gentilissimi|gentilissimo|gentilissima|gentili|molto gentile|molto gentili|perfetto|ottimo|benissimo"
                    + "|tutto ok|tutto bene|tutto perfetto|tutto a posto|va bene|d accordo|capito|ricevuto|ok"
                    + "|fantastico|splendido|bellissimo|bellissima)",
            "(il pacco|l ordine|l articolo|il prodotto|tutto|pacco|ordine) (è|sono|) (arrivato|arrivata|arrivati"
                    + "|ricevuto|ricevuta|consegnato) (bene|oggi|perfettamente|in perfette condizioni|integro|)",
            "(è arrivato|è arrivata|arrivato|arrivata) (tutto|) (bene|oggi|perfettamente|in perfette condizioni|)",
            "(sono|siamo) (molto|) (contento|contenta|contenti|soddisfatto|soddisfatta|soddisfatti)"
                    + " (dell acquisto|del prodotto|)",
            "(ottimo|ottima|eccellente|super) (venditore|servizio|prodotto|spedizione|assistenza)",
            // Italian: sign-offs
            "(cordiali saluti|saluti|distinti saluti|un saluto|un caro saluto|buona giornata|buona serata"
                    + "|a presto)",
            // Dutch: greetings
            "(hallo|hoi|beste|goedemorgen|goedemiddag|goedenavond|beste verkoper)",
            // Dutch: what the thanks is for
            "voor (de|uw|je|jullie) (snelle|vlotte|fijne|vriendelijke|goede|) (reactie|antwoord|hulp|info"
                    + "|informatie|bericht|service|levering|moeite)",
            "(nogmaals|ook|zeer|heel erg)",
            // Dutch: good news and praise
            "(top|super|perfect|prima|geweldig|fijn|helemaal goed|alles goed|in orde|duidelijk|oké|ok)",
            "(alles|het pakket|de bestelling|het) (is|) (goed|netjes|vandaag|) (ontvangen|aangekomen|binnen)",
            "(goed|netjes|in goede orde) ontvangen",
            "(fijne dag|fijne dag nog|fijn weekend|tot ziens)",
            "(met vriendelijke|vriendelijke|hartelijke|met hartelijke) (groet|groeten)", "(groet|groeten|groetjes"
                    + "|mvg)");
}
