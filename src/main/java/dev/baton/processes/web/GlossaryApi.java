package dev.baton.processes.web;

import dev.baton.processes.GlossaryChange;
import dev.baton.processes.GlossaryTerm;
import dev.baton.processes.TermUse;
import dev.baton.identity.Identity;
import dev.baton.processes.internal.GlossaryBook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/glossary")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Glossary", description = "What the workspace's words mean, where they are used, and signed-off changes to them")
class GlossaryApi {

    record TermView(GlossaryTerm term, List<TermUse> usedIn, List<GlossaryChange> changes) {
    }

    record Decision(String comment) {
    }

    private final GlossaryBook glossary;
    private final Identity identity;

    GlossaryApi(GlossaryBook glossary, Identity identity) {
        this.glossary = glossary;
        this.identity = identity;
    }

    @GetMapping
    List<GlossaryTerm> terms() {
        return glossary.terms();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "Add a term: key, name, definition, criterion (a saved-search query over people, checked), owner role")
    ResponseEntity<GlossaryTerm> add(@RequestBody GlossaryBook.TermSpec spec) {
        GlossaryTerm term = glossary.add(spec);
        return ResponseEntity.created(URI.create("/api/v1/glossary/" + term.key())).body(term);
    }

    @GetMapping("/{key}")
    @Operation(summary = "A term with where it is used (documents, gates, saved searches) and its proposed changes")
    TermView term(@PathVariable String key) {
        return new TermView(glossary.term(key), glossary.whereUsed(key), glossary.changes(key));
    }

    @PostMapping("/{key}/changes")
    @Operation(summary = "Propose a new wording; it applies when the term's owner and the owners of the published documents "
            + "using it have all approved")
    ResponseEntity<GlossaryChange> propose(@PathVariable String key, @RequestBody GlossaryBook.TermSpec spec) {
        GlossaryChange change = glossary.propose(key, spec, identity.current().orElse(null));
        return ResponseEntity.created(URI.create("/api/v1/glossary/changes/" + change.id())).body(change);
    }

    @GetMapping("/changes/{id}")
    GlossaryChange change(@PathVariable UUID id) {
        return glossary.change(id);
    }

    @PostMapping("/changes/{id}/approve")
    GlossaryChange approve(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return glossary.approve(id, identity.current().orElseThrow(() -> new AccessDeniedException("Sign in as a user to decide")),
                decision == null ? null : decision.comment());
    }

    @PostMapping("/changes/{id}/request-changes")
    GlossaryChange requestChanges(@PathVariable UUID id, @RequestBody Decision decision) {
        return glossary.requestChanges(id, identity.current().orElseThrow(() -> new AccessDeniedException("Sign in as a user to decide")),
                decision.comment());
    }
}
