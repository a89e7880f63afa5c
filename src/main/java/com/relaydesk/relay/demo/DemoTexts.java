package com.relaydesk.relay.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What demo buyers write, per kind and language: subject and body with {@code {name}},
 * {@code {order}}, {@code {product}}, {@code {seller}}, {@code {carrier}}, {@code {tracking}},
 * {@code {city}} placeholders. A kind without a text in a language falls back to English.
 */
final class DemoTexts {

    /** One way of writing a message. */
    record Text(String subject, String body) {
    }

    private static final Map<MessageKind, Map<String, List<Text>>> TEXTS = new EnumMap<>(MessageKind.class);

    private static void add(MessageKind kind, String language, String subject, String body) {
        TEXTS.computeIfAbsent(kind, k -> new java.util.HashMap<>())
                .computeIfAbsent(language, l -> new java.util.ArrayList<>()).add(new Text(subject, body));
    }

    static {
        add(MessageKind.WHERE_IS_MY_ORDER, "en", "Where is my order? (Order: {order})",
                "Hi,\n\nI ordered the {product} {ordered} and it still hasn't arrived. Can you tell me where it "
                        + "is?\n\nThanks,\n{name}");
        add(MessageKind.WHERE_IS_MY_ORDER, "en", "Order status inquiry from Amazon customer {name} (Order: {order})",
                "Hello, when will my order ship? I need the {product} for a gift this weekend.\n\n{name}");
        add(MessageKind.WHERE_IS_MY_ORDER, "de", "Wo bleibt meine Bestellung? (Bestellung: {order})",
                "Hallo,\n\nich habe {product} {ordered} bestellt und die Sendung ist noch nicht da. "
                        + "Können Sie bitte nachsehen, wo sie steckt?\n\nViele Grüße\n{name}");
        add(MessageKind.WHERE_IS_MY_ORDER, "fr", "Où est ma commande ? (Commande : {order})",
                "Bonjour,\n\nJ'ai commandé {product} {ordered} et je n'ai toujours rien reçu. "
                        + "Pouvez-vous me dire où en est la livraison ?\n\nCordialement,\n{name}");
        add(MessageKind.WHERE_IS_MY_ORDER, "es", "¿Dónde está mi pedido? (Pedido: {order})",
                "Hola,\n\nHice el pedido de {product} {ordered} y todavía no ha llegado. "
                        + "¿Me pueden decir dónde está?\n\nGracias,\n{name}");

        add(MessageKind.PRODUCT_QUESTION, "en", "Product details inquiry from Amazon customer {name}",
                "Hi there, does the {product} come with a UK plug or an adapter? And what is the maximum bulb "
                        + "wattage?\n\nThanks, {name}");
        add(MessageKind.PRODUCT_QUESTION, "en", "Question about {product}",
                "Hello {seller}, is the {product} finished with oil or lacquer? I'd like to know before I buy a "
                        + "second one.\n\n{name}");
        add(MessageKind.PRODUCT_QUESTION, "de", "Frage zum Artikel {product}",
                "Guten Tag, ist {product} auch in Eiche erhältlich? Und wie lang ist das Kabel?\n\nDanke, {name}");
        add(MessageKind.PRODUCT_QUESTION, "fr", "Question sur l'article {product}",
                "Bonjour, est-ce que {product} fonctionne avec une ampoule E14 ? Merci d'avance.\n\n{name}");
        add(MessageKind.PRODUCT_QUESTION, "es", "Pregunta sobre {product}",
                "Hola, ¿{product} viene con la bombilla incluida? ¿Y es regulable?\n\nSaludos, {name}");

        add(MessageKind.RETURN_REQUEST, "en", "Return request (Order: {order})",
                "Hi, the {product} doesn't match my furniture as I hoped. How do I return it? Do I need a "
                        + "label from you?\n\n{name}");
        add(MessageKind.RETURN_REQUEST, "de", "Rücksendung (Bestellung: {order})",
                "Hallo, ich möchte {product} zurückschicken, er passt leider nicht. Wie gehe ich vor?\n\n{name}");
        add(MessageKind.RETURN_REQUEST, "fr", "Demande de retour (Commande : {order})",
                "Bonjour, je souhaite retourner {product}. Comment dois-je procéder ?\n\nMerci, {name}");
        add(MessageKind.RETURN_REQUEST, "es", "Solicitud de devolución (Pedido: {order})",
                "Hola, quiero devolver {product}. ¿Cómo lo hago?\n\nUn saludo, {name}");

        add(MessageKind.DAMAGED_ITEM, "en", "Item arrived damaged (Order: {order})",
                "Hello, the {product} arrived today with a cracked base. I've attached a photo. What can you do?"
                        + "\n\n{name}");
        add(MessageKind.DAMAGED_ITEM, "de", "Artikel beschädigt angekommen (Bestellung: {order})",
                "Hallo, {product} ist heute beschädigt angekommen, Foto anbei. Was können Sie tun?\n\n{name}");
        add(MessageKind.DAMAGED_ITEM, "fr", "Article arrivé endommagé (Commande : {order})",
                "Bonjour, {product} est arrivé abîmé. Je joins une photo. Que proposez-vous ?\n\n{name}");
        add(MessageKind.DAMAGED_ITEM, "es", "El artículo llegó dañado (Pedido: {order})",
                "Hola, {product} llegó roto. Adjunto una foto. ¿Qué solución me ofrecen?\n\n{name}");

        add(MessageKind.ADDRESS_PROBLEM, "en", "Wrong shipping address (Order: {order})",
                "Hi, I just noticed I used my old address in {city}. Can you change the flat number to 4B "
                        + "before it ships?\n\nSorry! {name}");
        add(MessageKind.ADDRESS_PROBLEM, "de", "Falsche Lieferadresse (Bestellung: {order})",
                "Hallo, bei meiner Bestellung fehlt die Hausnummer. Es muss Hauptstraße 12 heißen, {city}."
                        + "\n\nDanke, {name}");
        add(MessageKind.ADDRESS_PROBLEM, "fr", "Adresse de livraison erronée (Commande : {order})",
                "Bonjour, il manque le code d'accès dans mon adresse à {city} : 4512B. Pouvez-vous l'ajouter ?"
                        + "\n\n{name}");
        add(MessageKind.ADDRESS_PROBLEM, "es", "Dirección de envío incorrecta (Pedido: {order})",
                "Hola, me equivoqué de piso en la dirección de {city}: es 3º B, no 2º B.\n\nGracias, {name}");

        add(MessageKind.CUSTOMIZATION, "en", "Engraving details (Order: {order})",
                "Hi {seller}, for the {product} please engrave: \"The Hendersons, est. 2019\". I've attached a "
                        + "sketch of the layout I'd like.\n\n{name}");
        add(MessageKind.CUSTOMIZATION, "de", "Gravur für meine Bestellung (Bestellung: {order})",
                "Hallo, bitte graviert auf {product}: \"Familie Weber\". Eine Skizze hängt an.\n\n{name}");
        add(MessageKind.CUSTOMIZATION, "fr", "Personnalisation (Commande : {order})",
                "Bonjour, pour {product}, merci de graver « Maison Laurent ». Croquis en pièce jointe.\n\n{name}");
        add(MessageKind.CUSTOMIZATION, "es", "Personalización (Pedido: {order})",
                "Hola, para {product} quiero el grabado \"Casa Romero\". Adjunto un boceto.\n\n{name}");

        add(MessageKind.DELIVERY_SCHEDULING, "en", "Delivery day (Order: {order})",
                "Hello, I'm away Tuesday to Thursday. Could the delivery come Friday, or can I pick "
                        + "it up?\n\n{name}");
        add(MessageKind.DELIVERY_SCHEDULING, "de", "Liefertermin (Bestellung: {order})",
                "Hallo, ich bin bis Donnerstag verreist. Kann die Lieferung am Freitag kommen?\n\n{name}");

        add(MessageKind.INVOICE_REQUEST, "en", "Invoice needed (Order: {order})",
                "Hi, could you send me a VAT invoice for the {product}? It's for my business.\n\n{name}");
        add(MessageKind.INVOICE_REQUEST, "de", "Rechnung benötigt (Bestellung: {order})",
                "Guten Tag, bitte senden Sie mir eine Rechnung mit ausgewiesener MwSt.\n\n{name}");
        add(MessageKind.INVOICE_REQUEST, "fr", "Demande de facture (Commande : {order})",
                "Bonjour, pourriez-vous m'envoyer une facture pour {product} ?\n\n{name}");
        add(MessageKind.INVOICE_REQUEST, "es", "Necesito la factura (Pedido: {order})",
                "Hola, ¿me pueden enviar la factura de {product}?\n\n{name}");

        add(MessageKind.CANCEL_REQUEST, "en", "Please cancel (Order: {order})",
                "Hi, I ordered the {product} twice by mistake. Please cancel this one if it hasn't shipped."
                        + "\n\n{name}");
        add(MessageKind.CANCEL_REQUEST, "es", "Cancelar pedido (Pedido: {order})",
                "Hola, por favor cancelen este pedido, lo hice por error.\n\n{name}");

        add(MessageKind.CARRIER_NOTICE, "en", "{carrier}: delivery exception for {tracking}",
                "Shipment {tracking} (reference {order}) could not be delivered: address incomplete. "
                        + "The parcel is held at the local depot in {city} for 5 working days.\n\n"
                        + "This is an automated message from {carrier}.");

        add(MessageKind.SPAM, "en", "Action required: verify your seller account",
                "Dear seller,\n\nYour account will be suspended within 24 hours. Verify your identity at "
                        + "http://seller-verify.example.net/login and confirm your bank details.\n\nSeller Support");
        add(MessageKind.SPAM, "en", "Boost your sales with 500 five-star reviews",
                "Hello friend, we provide real buyer reviews for your listings. 100% safe. Contact us on "
                        + "WhatsApp +1 555 0100 for a price list.");
        add(MessageKind.SPAM, "en", "Your payment invoice",
                "Please see the attached invoice and pay today to avoid late fees.");

        add(MessageKind.FOLLOW_UP, "en", "Re: {subject}", "Thanks for getting back to me so quickly, that helps.\n\n{name}");
        add(MessageKind.FOLLOW_UP, "en", "Re: {subject}", "Sorry, one more question: does that also apply to the "
                + "shade?\n\n{name}");
        add(MessageKind.FOLLOW_UP, "de", "Re: {subject}", "Vielen Dank für die schnelle Antwort!\n\n{name}");
        add(MessageKind.FOLLOW_UP, "fr", "Re: {subject}", "Merci beaucoup pour votre réponse rapide.\n\n{name}");
        add(MessageKind.FOLLOW_UP, "es", "Re: {subject}", "¡Muchas gracias por la respuesta tan rápida!\n\n{name}");
    }

    /** The texts for a kind in a language (English when there is none in it). */
    static List<Text> of(MessageKind kind, String language) {
        Map<String, List<Text>> byLanguage = TEXTS.get(kind);
        return byLanguage.getOrDefault(language, byLanguage.get("en"));
    }

    /** The seller's replies in Sent, per language. */
    static String sellerReply(String language) {
        return switch (language) {
            case "de" -> "Hallo {name},\n\nvielen Dank für Ihre Nachricht. Wir haben das geprüft und melden uns "
                    + "heute noch mit allen Details.\n\nViele Grüße\n{seller}";
            case "fr" -> "Bonjour {name},\n\nMerci pour votre message. Nous vérifions et revenons vers vous "
                    + "aujourd'hui.\n\nCordialement,\n{seller}";
            case "es" -> "Hola {name},\n\nGracias por su mensaje. Lo estamos revisando y le respondemos hoy mismo."
                    + "\n\nUn saludo,\n{seller}";
            default -> "Hi {name},\n\nThanks for your message. We've looked into it and will have everything "
                    + "sorted today.\n\nBest regards,\n{seller}";
        };
    }

    private DemoTexts() {
    }
}
