package dev.baton.contacts.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.contacts.Address;
import dev.baton.contacts.Organisation;
import dev.baton.contacts.internal.OrganisationDirectory;
import dev.baton.contacts.internal.Tagging;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.KeysetSort;
import dev.baton.platform.api.Versions;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Prospects, customers, channel partners, systems integrators and suppliers")
class OrganisationsApi {

    record OrganisationRequest(String name, String type, String domain, String phone, Address address, UUID owner,
            Map<String, Object> custom) {
        OrganisationDirectory.OrganisationSpec spec() {
            return new OrganisationDirectory.OrganisationSpec(name, type, domain, phone, address, owner, custom);
        }
    }

    record RelationshipRequest(String kind, UUID of) {
    }

    record TagRequest(String tag) {
    }

    private final OrganisationDirectory organisations;
    private final Tagging tagging;

    OrganisationsApi(OrganisationDirectory organisations, Tagging tagging) {
        this.organisations = organisations;
        this.tagging = tagging;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "List organisations; q searches names; filter by type; sort by created (default), name or updated, "
            + "with a leading - for descending")
    CursorPage<Organisation> list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return organisations.list(q, type, KeysetSort.parse(sort, OrganisationDirectory.SORTS, "created"), cursor,
                CursorPage.limit(limit));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<Organisation> get(@PathVariable UUID id) {
        Organisation organisation = organisations.get(id);
        return Versions.ok(organisation, organisation.version());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('contacts.write')")
    ResponseEntity<Organisation> create(@RequestBody OrganisationRequest request) {
        Organisation organisation = organisations.create(request.spec());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id()))
                .eTag(Versions.etag(organisation.version())).body(organisation);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('contacts.write')")
    ResponseEntity<Organisation> update(@PathVariable UUID id, @RequestBody OrganisationRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Organisation organisation = organisations.update(id, request.spec(), Versions.expected(ifMatch));
        return Versions.ok(organisation, organisation.version());
    }

    @PostMapping("/{id}/relationships")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Record that this organisation is partner_of, integrator_of or supplier_of another")
    Organisation relate(@PathVariable UUID id, @RequestBody RelationshipRequest request) {
        return organisations.relate(id, request.kind(), request.of());
    }

    @PostMapping("/{id}/tags")
    @PreAuthorize("hasAuthority('contacts.write')")
    Organisation tag(@PathVariable UUID id, @RequestBody TagRequest request) {
        organisations.get(id);
        tagging.tagOrganisation(request.tag(), id);
        return organisations.get(id);
    }
}
