package dev.baton.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * An email template: subject, HTML and text with merge fields. {@code purpose} is marketing (needs
 * consent, carries an unsubscribe link) or transactional (a reply to something the person did).
 */
public record EmailTemplate(UUID id, String key, String name, String subject, String html, String text, String purpose,
        long version, Instant createdAt, Instant updatedAt) {
}
