package dev.baton.processes;

import java.time.Instant;
import java.util.UUID;

/** A version of a process document was published: from now on new work takes it (campaigns and workflows deploy from this). */
public record ProcessPublished(String key, UUID version, int number, String kind, ProcessDocument document, Instant at) {
}
