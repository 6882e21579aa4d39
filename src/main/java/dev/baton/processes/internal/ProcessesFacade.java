package dev.baton.processes.internal;

import dev.baton.platform.api.NotFoundException;
import dev.baton.processes.GlossaryTerm;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Processes;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class ProcessesFacade implements Processes {

    private final DocumentLibrary library;
    private final GlossaryBook glossary;

    ProcessesFacade(DocumentLibrary library, GlossaryBook glossary) {
        this.library = library;
        this.glossary = glossary;
    }

    @Override
    public Optional<ProcessVersion> published(String key) {
        try {
            return Optional.of(library.version(key, "published"));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    @Override
    public List<ProcessVersion> published() {
        return library.published();
    }

    @Override
    public ProcessVersion version(String key, String ref) {
        return library.version(key, ref);
    }

    @Override
    public Optional<GlossaryTerm> term(String key) {
        return glossary.find(key);
    }
}
