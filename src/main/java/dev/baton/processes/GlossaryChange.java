package dev.baton.processes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proposed new wording of a glossary term, in review until every approver role has approved it
 * ({@code applied}) or one has asked for changes. The approvers are the term's owner and the owners
 * of the published documents that use the term: whoever relies on the word signs its change off.
 */
public record GlossaryChange(UUID id, String term, String name, String definition, String criterion, String owner, String state,
        List<String> approvers, List<String> waitingFor, UUID proposedBy, String comment, Instant createdAt, Instant decidedAt,
        List<Review> reviews) {
}
