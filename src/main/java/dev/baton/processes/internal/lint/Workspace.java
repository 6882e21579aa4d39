package dev.baton.processes.internal.lint;

import java.util.List;
import java.util.Optional;

/**
 * What lint looks up outside the document being checked: the org chart, fields, glossary, email
 * templates, saved-search queries and the other process documents. Every method is given whatever
 * the document holds, null included, and answers "unknown" rather than failing.
 */
public interface Workspace {

    String INTERNAL = "internal";
    String EXTERNAL = "external";
    String PERSONA = "persona";

    /** The kind of an org-chart role ({@code internal}, {@code external} or {@code persona}), empty when there is no such role. */
    Optional<String> roleKind(String role);

    /** Whether a field reference names a field: {@code person.email}, {@code person.custom.interest}, {@code deal.amount}. */
    boolean fieldExists(String field);

    /** Whether a glossary term with this key exists. */
    boolean termExists(String term);

    /** Whether an email template with this key exists. */
    boolean templateExists(String template);

    /** Whether a saved search over people has this name or id (a campaign may start on it by name). */
    default boolean savedSearchExists(String nameOrId) {
        return false;
    }

    /** What is wrong with a saved-search query, or null when it is valid. */
    String queryProblem(String query);

    /** Whether another process document with this key exists. */
    boolean documentExists(String key);

    /** The level (L1 to L4) of another document, empty when it has none or does not exist. */
    Optional<String> levelOf(String key);

    /** The parent key of another document, empty when it has none or does not exist. */
    Optional<String> parentOf(String key);

    /** The keys of the documents another document calls as subprocesses, in its order. */
    List<String> subprocessesOf(String key);
}
