package dev.baton.processes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One way out of a gate or a parallel split. A gate's branch is taken when its condition holds: a
 * glossary {@code term} (the person meets its criterion), a saved-search query ({@code when}), or
 * {@code else} (none of the others held). A parallel split's branches have no condition: all are taken.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"label", "term", "when", "else", "to"})
public record Branch(String label, String term, String when, @JsonProperty("else") boolean otherwise, String to) {

    public static Branch onTerm(String term, String to) {
        return new Branch(null, term, null, false, to);
    }

    public static Branch when(String query, String to) {
        return new Branch(null, null, query, false, to);
    }

    public static Branch otherwise(String to) {
        return new Branch(null, null, null, true, to);
    }

    public static Branch to(String to) {
        return new Branch(null, null, null, false, to);
    }
}
