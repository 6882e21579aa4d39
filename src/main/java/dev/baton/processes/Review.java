package dev.baton.processes;

import java.time.Instant;
import java.util.UUID;

/** A stakeholder role's decision in a review round. */
public record Review(int round, String role, String decision, String comment, UUID user, String userName, Instant at) {
}
