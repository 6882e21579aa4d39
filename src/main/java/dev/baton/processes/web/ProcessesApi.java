package dev.baton.processes.web;

import dev.baton.identity.User;
import dev.baton.platform.api.Versions;
import dev.baton.processes.DocumentYaml;
import dev.baton.processes.HistoryEntry;
import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessSummary;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Review;
import dev.baton.identity.Identity;
import dev.baton.processes.internal.DocumentLibrary;
import dev.baton.processes.internal.Drafts;
import dev.baton.processes.internal.Linting;
import dev.baton.processes.internal.SignOff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import dev.baton.processes.internal.bpmn.BpmnImport;
import dev.baton.processes.internal.merge.Change;
import dev.baton.processes.internal.merge.DocumentDiff;
import dev.baton.processes.internal.merge.MergeResult;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Processes", description = "Process documents: write, lint, review and sign off, publish, draft and merge; YAML in and out")
class ProcessesApi {

    static final String YAML = "application/yaml";

    /** A version with what a reader needs around it: its lint, who still has to approve it and the review decisions. */
    record VersionView(UUID id, String document, Integer number, String state, String title, UUID base, UUID author, int round,
            long version, Instant createdAt, Instant updatedAt, Instant publishedAt, List<String> approvers, List<String> waitingFor,
            List<Review> reviews, List<LintProblem> lint, ProcessDocument body) {
    }

    record DraftRequest(String from, String title) {
    }

    record Decision(String comment) {
    }

    record SaveRequest(String title, ProcessDocument body) {
    }

    record MergeRequest(List<String> drafts, Map<String, String> resolutions) {
    }

    private final DocumentLibrary library;
    private final Drafts drafts;
    private final SignOff signOff;
    private final Linting linting;
    private final Identity identity;

    ProcessesApi(DocumentLibrary library, Drafts drafts, SignOff signOff, Linting linting, Identity identity) {
        this.library = library;
        this.drafts = drafts;
        this.signOff = signOff;
        this.linting = linting;
        this.identity = identity;
    }

    @GetMapping
    @Operation(summary = "Every process document, by level and name, with its published version number if it has one")
    List<ProcessSummary> list() {
        return library.summaries();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a new document (JSON); it starts as a draft. Lint runs on every save and is in the answer")
    ResponseEntity<VersionView> create(@RequestBody ProcessDocument body) {
        return created(drafts.create(body, me()));
    }

    @PostMapping(consumes = {YAML, "text/yaml", "application/x-yaml"})
    @Operation(summary = "Import a document from its YAML form. A mistake is a 400 naming the line")
    ResponseEntity<VersionView> importYaml(@RequestBody String yaml) {
        ProcessDocument body = DocumentYaml.read(yaml);
        if (body.key() != null && library.exists(body.key())) {
            ProcessVersion draft = drafts.draftFrom(body.key(), "latest", "Imported from YAML", me());
            return created(drafts.save(body.key(), draft.id().toString(), body, null, null, me()));
        }
        return created(drafts.create(body, me()));
    }

    /** A document read from a BPMN file, and what in the file could not be mapped. */
    record ImportedView(VersionView version, List<String> report) {
    }

    @PostMapping(path = "/import/bpmn", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "application/bpmn+xml"})
    @Operation(summary = "Import a BPMN 2.0 file (from Baton or another modeler): lanes become roles, tasks and gateways steps; "
            + "the answer lists what could not be mapped. A new document, or a new draft of the document with the same key. "
            + "Not well-formed or not BPMN is a 400 with the line")
    ResponseEntity<ImportedView> importBpmn(@RequestBody String xml) {
        BpmnImport.Imported imported = BpmnImport.read(xml);
        ProcessDocument body = imported.document();
        ProcessVersion version;
        if (body.key() != null && library.exists(body.key())) {
            ProcessVersion draft = drafts.draftFrom(body.key(), "latest", "Imported from BPMN", me());
            version = drafts.save(body.key(), draft.id().toString(), body, null, null, me());
        } else {
            version = drafts.create(body, me());
        }
        return ResponseEntity.created(URI.create("/api/v1/processes/" + version.document() + "/versions/" + version.id()))
                .body(new ImportedView(view(version), imported.report()));
    }

    @GetMapping("/{key}/versions")
    List<ProcessVersion> versions(@PathVariable String key) {
        library.version(key, "latest");
        return library.versions(key);
    }

    @GetMapping("/{key}/versions/{ref}")
    @Operation(summary = "A version: its id, its number, 'published' or 'latest'; with its lint, approvers and review decisions")
    ResponseEntity<VersionView> version(@PathVariable String key, @PathVariable String ref) {
        ProcessVersion version = library.version(key, ref);
        return Versions.ok(view(version), version.version());
    }

    @GetMapping(path = "/{key}/versions/{ref}/yaml", produces = {YAML, "text/plain"})
    @Operation(summary = "The version as YAML, which imports back to the same document")
    ResponseEntity<String> yaml(@PathVariable String key, @PathVariable String ref) {
        ProcessVersion version = library.version(key, ref);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(YAML + ";charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"" + key + ".yaml\"").body(DocumentYaml.write(version.body()));
    }

    @PutMapping(path = "/{key}/versions/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a draft (only drafts change: 409 otherwise). Send If-Match with the ETag")
    ResponseEntity<VersionView> save(@PathVariable String key, @PathVariable String ref, @RequestBody SaveRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ProcessVersion saved = drafts.save(key, ref, request.body() == null ? null : request.body(), request.title(),
                Versions.expected(ifMatch), me());
        return Versions.ok(view(saved), saved.version());
    }

    @PutMapping(path = "/{key}/versions/{ref}", consumes = {YAML, "text/yaml", "application/x-yaml"})
    ResponseEntity<VersionView> saveYaml(@PathVariable String key, @PathVariable String ref, @RequestBody String yaml,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ProcessVersion saved = drafts.save(key, ref, DocumentYaml.read(yaml), null, Versions.expected(ifMatch), me());
        return Versions.ok(view(saved), saved.version());
    }

    @GetMapping("/{key}/versions/{ref}/lint")
    List<LintProblem> lint(@PathVariable String key, @PathVariable String ref) {
        return linting.check(library.version(key, ref).body());
    }

    @PostMapping("/{key}/drafts")
    @Operation(summary = "Start a draft of a change from a version ('published' by default), to work on in isolation")
    ResponseEntity<VersionView> draft(@PathVariable String key, @RequestBody(required = false) DraftRequest request) {
        String from = request == null || request.from() == null ? "published" : request.from();
        return created(drafts.draftFrom(key, from, request == null ? null : request.title(), me()));
    }

    @PostMapping("/{key}/versions/{ref}/review")
    @Operation(summary = "Send a draft to review: 409 listing the lint errors if it has any")
    VersionView submit(@PathVariable String key, @PathVariable String ref) {
        return view(signOff.submit(key, ref, me()));
    }

    @PostMapping("/{key}/versions/{ref}/approve")
    @Operation(summary = "Approve as every stakeholder role with R or A that you wear; approved by all, the version is approved")
    VersionView approve(@PathVariable String key, @PathVariable String ref, @RequestBody(required = false) Decision decision) {
        return view(signOff.approve(key, ref, me(), decision == null ? null : decision.comment()));
    }

    @PostMapping("/{key}/versions/{ref}/request-changes")
    @Operation(summary = "Ask for changes with a comment: the version goes back to draft")
    VersionView requestChanges(@PathVariable String key, @PathVariable String ref, @RequestBody Decision decision) {
        return view(signOff.requestChanges(key, ref, me(), decision.comment()));
    }

    @PostMapping("/{key}/versions/{ref}/publish")
    @Operation(summary = "Publish an approved version: numbered, immutable, and it replaces the published one (409 unless approved)")
    VersionView publish(@PathVariable String key, @PathVariable String ref) {
        return view(signOff.publish(key, ref, me()));
    }

    @PostMapping("/{key}/versions/{ref}/retire")
    VersionView retire(@PathVariable String key, @PathVariable String ref) {
        return view(signOff.retire(key, ref, me()));
    }

    @GetMapping("/{key}/diff")
    @Operation(summary = "What changed between two versions or drafts (ids, numbers, 'published', 'latest'), field by field")
    List<Change> diff(@PathVariable String key, @RequestParam String from, @RequestParam String to) {
        return DocumentDiff.between(library.version(key, from).body(), library.version(key, to).body());
    }

    @PostMapping("/{key}/merge/preview")
    @Operation(summary = "Merge drafts of the same version three-way without saving: the merged document, the conflicts with "
            + "each draft's value, and what each draft brought")
    MergeResult previewMerge(@PathVariable String key, @RequestBody MergeRequest request) {
        return drafts.preview(key, request.drafts(), request.resolutions());
    }

    @PostMapping("/{key}/merge")
    @Operation(summary = "Merge drafts into a new draft; 409 listing the conflicts until each has a resolution "
            + "(conflict id → the draft whose value wins, or \"base\")")
    ResponseEntity<VersionView> merge(@PathVariable String key, @RequestBody MergeRequest request) {
        return created(drafts.merge(key, request.drafts(), request.resolutions(), me()));
    }

    @GetMapping("/{key}/history")
    @Operation(summary = "Everything that happened to the document, oldest first")
    List<HistoryEntry> history(@PathVariable String key) {
        library.version(key, "latest");
        return library.history(key);
    }

    VersionView view(ProcessVersion v) {
        return new VersionView(v.id(), v.document(), v.number(), v.state(), v.title(), v.base(), v.author(), v.round(), v.version(),
                v.createdAt(), v.updatedAt(), v.publishedAt(), SignOff.approvers(v), signOff.waitingFor(v),
                library.reviews(v.id()), linting.check(v.body()), v.body());
    }

    private ResponseEntity<VersionView> created(ProcessVersion version) {
        return ResponseEntity.created(URI.create("/api/v1/processes/" + version.document() + "/versions/" + version.id()))
                .eTag(Versions.etag(version.version())).body(view(version));
    }

    private User me() {
        return identity.current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "Sign in as a user to write process documents."));
    }
}
