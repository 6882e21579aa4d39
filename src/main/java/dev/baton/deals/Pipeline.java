package dev.baton.deals;

import java.util.List;
import java.util.UUID;

/** A sales pipeline and its ordered stages. */
public record Pipeline(UUID id, String name, String currency, List<Stage> stages, long version) {

    /** A stage with its win probability; a won or lost stage closes the deal. */
    public record Stage(UUID id, String key, String name, int position, int probability, String outcome) {
    }
}
