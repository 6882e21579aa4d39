package dev.baton.processes;

import java.time.Instant;

/**
 * What a word means in this workspace (Lead, Marketing Qualified Lead …): a definition in words and,
 * where it can be, a criterion in the saved-search language, so a gate, a search and a report mean
 * the same thing by it. {@code owner} is the role that answers for the term.
 */
public record GlossaryTerm(String key, String name, String definition, String criterion, String owner, long version,
        Instant updatedAt) {
}
