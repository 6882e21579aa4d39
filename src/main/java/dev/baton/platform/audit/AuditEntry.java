package dev.baton.platform.audit;

import java.time.Instant;

/** One recorded change: who did what to which thing, when, with the details as JSON. */
public record AuditEntry(long id, Instant at, String actor, String action, String subjectType, String subjectId,
        String details) {
}
