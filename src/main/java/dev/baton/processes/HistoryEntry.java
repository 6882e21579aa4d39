package dev.baton.processes;

import java.time.Instant;
import java.util.UUID;

/** One thing that happened to a document: created, saved, sent to review, approved, changes requested, published, merged … */
public record HistoryEntry(long id, String document, UUID version, Integer number, String action, UUID actor, String actorName,
        String comment, Instant at) {
}
