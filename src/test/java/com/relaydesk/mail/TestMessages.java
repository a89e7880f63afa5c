package com.relaydesk.mail;

import java.nio.charset.StandardCharsets;

/** Raw RFC 822 messages for tests, built as text so each test shows exactly what the server holds. */
public final class TestMessages {

    private TestMessages() {
    }

    /** Buyer messages {@code from} (included) to {@code to} (left out). */
    public static byte[][] buyerMessages(int from, int to) {
        byte[][] messages = new byte[to - from][];
        for (int i = from; i < to; i++) {
            messages[i - from] = buyerMessage(i);
        }
        return messages;
    }

    public static byte[] buyerMessage(int n) {
        String alias = String.format("buyer%07d", n) + "@marketplace.amazon.com";
        return raw("From: \"Buyer " + n + "\" <" + alias + ">\r\n"
                + "To: seller@example.org\r\n"
                + "Subject: Where is my parcel? (Order: 113-4455667-" + String.format("%07d", n) + ")\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
                + "Message-ID: <buyer-" + n + "@relay.test>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "\r\n"
                + "Hello, message " + n + ". Where is my order?\r\n");
    }

    public static byte[] sellerReply(int n) {
        String alias = String.format("buyer%07d", n) + "@marketplace.amazon.com";
        return raw("From: Seller <seller@example.org>\r\n"
                + "To: " + alias + "\r\n"
                + "Subject: Re: Where is my parcel?\r\n"
                + "Date: Mon, 23 Nov 2026 11:00:00 +0000\r\n"
                + "Message-ID: <reply-" + n + "@seller.test>\r\n"
                + "In-Reply-To: <buyer-" + n + "@relay.test>\r\n"
                + "\r\n"
                + "It ships today.\r\n");
    }

    public static byte[] raw(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
