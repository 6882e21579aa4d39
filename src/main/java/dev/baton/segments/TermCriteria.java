package dev.baton.segments;

import java.util.Optional;

/**
 * The criteria of glossary terms, for the {@code term "mql"} condition of the query language: the
 * glossary lives in another module, which provides this.
 */
public interface TermCriteria {

    /** The term's criterion (a query over people), if the term exists and has one. */
    Optional<String> criterion(String term);
}
