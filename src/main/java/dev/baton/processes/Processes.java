package dev.baton.processes;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of process documents: published versions and the glossary. */
public interface Processes {

    /** The current published version of a document. */
    Optional<ProcessVersion> published(String key);

    /** Every current published version, one per document. */
    List<ProcessVersion> published();

    Optional<GlossaryTerm> term(String key);

    /** A version by its id, its number, {@code published} or {@code latest}; a 404 if there is none. */
    ProcessVersion version(String key, String ref);
}
