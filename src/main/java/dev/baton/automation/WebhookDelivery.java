package dev.baton.automation;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A webhook call a process step made: where it goes, what it sends, and how it went — pending
 * (due at {@code nextAttemptAt}), delivered, or parked after its last attempt, with the receiver's
 * last HTTP status or the error that kept it from answering.
 */
public record WebhookDelivery(UUID id, String idempotencyKey, String url, String process, String step, UUID person,
        String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError,
        Instant createdAt, Instant deliveredAt, @JsonRawValue String payload) {
}
