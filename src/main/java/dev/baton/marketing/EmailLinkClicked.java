package dev.baton.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * A person followed a tracked link of an email Baton sent them, for the first time ({@code email} is
 * the outbox entry, {@code template} its template's key). Later clicks on the same link are on the
 * timeline but publish nothing.
 */
public record EmailLinkClicked(UUID person, String template, String url, UUID email, Instant at) {
}
