package com.relaydesk.mail;

import java.time.Instant;

/** A message found in the Sent folder: enough to tell whether it answered a buyer message. */
public record SentMail(String messageId, String inReplyTo, String subject, Instant date) {
}
