package dev.baton.processes.internal;

import dev.baton.identity.User;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.Versions;
import dev.baton.processes.DocumentState;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing documents: a new document starts as a draft; anyone may start a draft of a change from any
 * version and edit it in isolation; only drafts change.
 */
@Service
public class Drafts {

    private final DocumentLibrary library;

    Drafts(DocumentLibrary library) {
        this.library = library;
    }

    @Transactional
    public ProcessVersion create(ProcessDocument body, User by) {
        requireKey(body);
        if (library.exists(body.key())) {
            throw new ConflictException("A process document with the key " + body.key() + " exists already: draft a change to it.");
        }
        ProcessVersion draft = library.create(body, "First draft", id(by));
        library.record(body.key(), draft.id(), "created", id(by), null);
        return draft;
    }

    /** Starts a draft from a version (published, another draft, an old number), titled for whoever works on it. */
    @Transactional
    public ProcessVersion draftFrom(String key, String ref, String title, User by) {
        ProcessVersion from = library.version(key, ref);
        String name = title == null || title.isBlank() ? "Draft by " + (by == null ? "system" : by.displayName()) : title.trim();
        ProcessVersion draft = library.insertVersion(key, from.body(), name, from.id(), id(by));
        library.record(key, draft.id(), "drafted from " + (from.number() == null ? from.title() : "version " + from.number()), id(by),
                null);
        return draft;
    }

    @Transactional
    public ProcessVersion save(String key, String ref, ProcessDocument body, String title, Long expectedVersion, User by) {
        ProcessVersion version = library.version(key, ref);
        SignOff.requireState(version, DocumentState.DRAFT, "change");
        Versions.check("process version " + version.id(), expectedVersion, version.version());
        if (body.key() != null && !body.key().equals(key)) {
            throw new InvalidInputException("key", body.key(), "is " + key + " for this document; a document's key does not change");
        }
        ProcessDocument keyed = body.key() == null
                ? new ProcessDocument(key, body.name(), body.level(), body.parent(), body.owner(), body.kind(), body.purpose(),
                        body.glossary(), body.stakeholders(), body.lanes(), body.steps())
                : body;
        ProcessVersion saved = library.saveBody(version, keyed, title == null || title.isBlank() ? version.title() : title.trim());
        library.record(key, version.id(), "saved", id(by), null);
        return saved;
    }

    static void requireKey(ProcessDocument body) {
        if (body.key() == null || !body.key().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidInputException("key", body.key(), "must be lower-case words joined by dashes, like lead-management");
        }
        if (body.name() == null || body.name().isBlank()) {
            throw new InvalidInputException("name", body.name(), "is required");
        }
    }

    private static UUID id(User user) {
        return user == null ? null : user.id();
    }
}
