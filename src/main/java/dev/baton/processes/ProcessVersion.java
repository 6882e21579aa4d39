package dev.baton.processes;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a process document: a draft (no number yet) or a numbered, published and from then
 * on immutable version. {@code base} is the version a draft was started from; {@code round} counts
 * review rounds; {@code version} is the row's version for If-Match.
 */
public record ProcessVersion(UUID id, String document, Integer number, String state, String title, UUID base, UUID author,
        int round, long version, Instant createdAt, Instant updatedAt, Instant publishedAt, ProcessDocument body) {
}
