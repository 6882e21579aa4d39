package dev.baton.segments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules may ask of saved searches: check a query over people, test people against it,
 * or take it as a SQL condition for a set-based statement of their own.
 */
public interface Searches {

    /** Checks that a query over people reads and refers only to what exists; a 400 with the position otherwise. */
    void checkPeopleQuery(String query);

    /** Those of {@code among} who match a query over people, in one statement. */
    Set<UUID> matchingPeople(String query, Collection<UUID> among);

    /**
     * The query as a SQL condition on {@code people p}, with named parameters (every value is a
     * parameter), for modules that select people in one statement (e.g. enrolling a saved search).
     */
    PeopleCondition peopleCondition(String query);

    /** The saved search with this id or name (any letter case), if any. */
    java.util.Optional<Segment> savedSearch(String idOrName);

    /** The names of the saved searches whose query uses a glossary term ({@code term "mql"}). */
    List<String> savedSearchesUsingTerm(String term);

    /** A compiled condition on {@code people p}. */
    record PeopleCondition(String where, Map<String, Object> params) {
    }
}
