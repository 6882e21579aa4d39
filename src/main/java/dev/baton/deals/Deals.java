package dev.baton.deals;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of deals. */
public interface Deals {

    Optional<Deal> deal(UUID id);

    /** The pipelines with their stages. */
    java.util.List<Pipeline> pipelines();

    /** Opens a deal; an unknown pipeline or stage, or a person who does not exist, is a 400 naming the field. */
    Deal open(NewDeal deal);

    /**
     * Sets one field of a deal (a process step): {@code deal.name}, {@code amount}, {@code close}
     * (yyyy-mm-dd), {@code stage} or {@code deal.custom.<key>}; empty text clears what may be empty.
     * Recorded like any edit; a field or value that cannot be set is a 400.
     */
    Deal setField(UUID deal, String field, String value);
}
