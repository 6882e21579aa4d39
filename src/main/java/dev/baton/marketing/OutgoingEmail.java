package dev.baton.marketing;

import java.util.UUID;

/**
 * An email to send to a person from a template, optionally about a deal. The idempotency key names
 * this one sending (e.g. an enrollment and a step): the same key twice is sent once.
 */
public record OutgoingEmail(String idempotencyKey, UUID person, String template, UUID deal) {
}
