package dev.baton.processes.internal;

import dev.baton.identity.User;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.Versions;
import dev.baton.processes.DocumentState;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.internal.merge.Draft;
import dev.baton.processes.internal.merge.MergeResult;
import dev.baton.processes.internal.merge.ThreeWayMerge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing documents: a new document starts as a draft; anyone may start a draft of a change from any
 * version and edit it in isolation; only drafts change.
 */
@Service
public class Drafts {

    /** Lint errors that make a document meaningless rather than unfinished: it would contain itself. */
    private static final Set<String> REFUSED = Set.of("parent-cycle", "subprocess-cycle");

    private final DocumentLibrary library;
    private final Linting linting;

    Drafts(DocumentLibrary library, Linting linting) {
        this.library = library;
        this.linting = linting;
    }

    /** A half-written document is saved with its lint; one that would be its own ancestor is refused. */
    private void refuseCycles(ProcessDocument body) {
        List<dev.baton.platform.api.FieldProblem> cycles = linting.check(body).stream().filter(p -> REFUSED.contains(p.code()))
                .map(p -> new dev.baton.platform.api.FieldProblem(p.where(), null, p.message())).toList();
        if (!cycles.isEmpty()) {
            throw new InvalidInputException(cycles);
        }
    }

    @Transactional
    public ProcessVersion create(ProcessDocument body, User by) {
        requireKey(body);
        if (library.exists(body.key())) {
            throw new ConflictException("A process document with the key " + body.key() + " exists already: draft a change to it.");
        }
        refuseCycles(body);
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
        refuseCycles(keyed);
        ProcessVersion saved = library.saveBody(version, keyed, title == null || title.isBlank() ? version.title() : title.trim());
        library.record(key, version.id(), "saved", id(by), null);
        return saved;
    }

    /** What merging drafts into their common base gives: the merged document, the conflicts left and what each draft brought. */
    public MergeResult preview(String key, List<String> draftRefs, Map<String, String> resolutions) {
        return merge(key, draftRefs, resolutions).result();
    }

    /**
     * Merges drafts of one base into a new draft; refused with the conflicts listed while any is
     * unresolved, so nothing is overwritten without a person choosing it. The merged drafts are
     * marked merged.
     */
    @Transactional
    public ProcessVersion merge(String key, List<String> draftRefs, Map<String, String> resolutions, User by) {
        Merging merging = merge(key, draftRefs, resolutions);
        if (!merging.result().clean()) {
            throw new ConflictException(merging.result().conflicts().size() + " conflict"
                    + (merging.result().conflicts().size() == 1 ? "" : "s") + " to resolve: choose a draft's value (or \"base\") "
                    + "for each in resolutions.", merging.result().conflicts());
        }
        String names = String.join(", ", merging.drafts().stream().map(Draft::name).toList());
        ProcessVersion merged = library.insertVersion(key, merging.result().document(), "Merge of " + names, merging.base().id(), id(by));
        for (ProcessVersion draft : merging.versions()) {
            library.changeState(draft.id(), DocumentState.MERGED);
            library.record(key, draft.id(), "merged into " + merged.title(), id(by), null);
        }
        library.record(key, merged.id(), "created by merging " + names, id(by), null);
        return merged;
    }

    private record Merging(ProcessVersion base, List<ProcessVersion> versions, List<Draft> drafts, MergeResult result) {
    }

    private Merging merge(String key, List<String> draftRefs, Map<String, String> resolutions) {
        if (draftRefs == null || draftRefs.isEmpty()) {
            throw new InvalidInputException("drafts", null, "name the drafts to merge");
        }
        List<ProcessVersion> versions = new ArrayList<>();
        for (String ref : draftRefs) {
            ProcessVersion v = library.version(key, ref);
            SignOff.requireState(v, DocumentState.DRAFT, "merge");
            versions.add(v);
        }
        UUID baseId = versions.get(0).base();
        if (baseId == null || versions.stream().anyMatch(v -> !baseId.equals(v.base()))) {
            throw new InvalidInputException("drafts", String.join(", ", draftRefs),
                    "must all be drafted from the same version to merge them into it");
        }
        ProcessVersion base = library.version(baseId);
        List<Draft> named = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ProcessVersion v : versions) {
            String name = v.title();
            for (int n = 2; !taken.add(name); n++) {
                name = v.title() + " (" + n + ")";
            }
            named.add(new Draft(name, v.body()));
        }
        try {
            return new Merging(base, versions, named,
                    ThreeWayMerge.merge(base.body(), named, resolutions == null ? Map.of() : resolutions));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("resolutions", String.valueOf(resolutions), e.getMessage());
        }
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
