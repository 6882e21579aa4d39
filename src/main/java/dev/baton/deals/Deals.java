package dev.baton.deals;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of deals. */
public interface Deals {

    Optional<Deal> deal(UUID id);
}
