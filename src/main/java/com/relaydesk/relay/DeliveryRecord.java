package com.relaydesk.relay;

import com.relaydesk.rules.SendDecision;
import java.time.Instant;

/** B8: what the relay did with one submitted message for one recipient. */
public record DeliveryRecord(Instant time, String messageId, String recipient, String subject, SendDecision decision) {
}
