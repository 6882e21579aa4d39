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
}
