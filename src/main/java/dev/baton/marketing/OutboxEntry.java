package dev.baton.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * One email in the outbox. Status: queued (waiting, maybe to retry), sending, sent, skipped (not
 * sent on purpose: no consent, no address — see reason), failed (gave up after retries) or
 * unconfirmed (Baton stopped while handing it to the mail server: it may or may not have gone out,
 * so it is not sent again unless someone retries it).
 */
public record OutboxEntry(UUID id, String idempotencyKey, UUID person, String template, UUID deal, String purpose,
        String to, String subject, String status, String reason, int attempts, Instant nextAttemptAt, String messageId,
        Instant createdAt, Instant sentAt) {
}
