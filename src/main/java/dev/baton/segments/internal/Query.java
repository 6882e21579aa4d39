package dev.baton.segments.internal;

import java.util.List;

/** The parsed form of a query. */
sealed interface Query {

    record And(List<Query> parts) implements Query {
    }

    record Or(List<Query> parts) implements Query {
    }

    record Not(Query query) implements Query {
    }

    /** field op value(s); op is one of = != < <= > >= in contains. */
    record Condition(Token field, String op, List<Token> values) implements Query {
    }

    /** activity(type[.flag], last N unit) op count. */
    record ActivityCount(Token type, int days, String op, Token count) implements Query {
    }

    /** A glossary term's criterion, by the term's key. */
    record Term(Token key) implements Query {
    }

    /** Another saved search, by name. */
    record SavedSearch(Token name) implements Query {
    }
}
