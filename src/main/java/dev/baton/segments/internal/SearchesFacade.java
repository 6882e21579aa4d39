package dev.baton.segments.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.baton.segments.SearchObject;
import dev.baton.segments.Searches;
import dev.baton.segments.Segment;

@Service
class SearchesFacade implements Searches {

    private final Matching matching;
    private final JdbcClient jdbc;

    SearchesFacade(Matching matching, JdbcClient jdbc) {
        this.matching = matching;
        this.jdbc = jdbc;
    }

    @Override
    public void checkPeopleQuery(String query) {
        matching.validate(SearchObject.PERSON, query, null);
    }

    @Override
    public Set<UUID> matchingPeople(String query, Collection<UUID> among) {
        if (among.isEmpty()) {
            return Set.of();
        }
        PeopleCondition condition = peopleCondition(query);
        return new HashSet<>(jdbc.sql("select p.id from people p where p.id = any(:among_ids) and " + condition.where())
                .params(condition.params()).param("among_ids", among.toArray(UUID[]::new)).query(UUID.class).list());
    }

    @Override
    public PeopleCondition peopleCondition(String query) {
        Compiler.Sql sql = matching.compiled(SearchObject.PERSON, query, null);
        return new PeopleCondition(sql.where(), sql.params());
    }

    @Override
    public Optional<Segment> savedSearch(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        UUID id = null;
        try {
            id = UUID.fromString(idOrName.trim());
        } catch (IllegalArgumentException e) {
            // not an id: a name
        }
        return jdbc.sql("select * from segments where id = :id or lower(name) = lower(:name)").param("id", id)
                .param("name", idOrName.trim()).query(SavedSearches::segment).optional();
    }

    @Override
    public List<String> savedSearchesUsingTerm(String term) {
        if (term == null || !term.matches("[A-Za-z0-9_-]+")) {
            return List.of();
        }
        // A term's key is letters, digits and dashes, so it goes into the pattern as it is.
        return jdbc.sql("select name from segments where query ~* :pattern order by lower(name)")
                .param("pattern", "(^|[^a-z0-9_.])term\\s+[\"']" + term + "[\"']")
                .query(String.class).list();
    }
}
