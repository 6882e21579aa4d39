package dev.baton.segments.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import jakarta.servlet.http.HttpServletResponse;

import dev.baton.contacts.Person;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.Versions;
import dev.baton.segments.DealMatch;
import dev.baton.segments.OrganisationMatch;
import dev.baton.segments.SearchObject;
import dev.baton.segments.Segment;
import dev.baton.segments.internal.Matching;
import dev.baton.segments.internal.MatchesCsv;
import dev.baton.segments.internal.SavedSearches;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Saved searches", description = "The query language over people, organisations and deals (docs/segments.md), counts, pages, CSV")
class SegmentsApi {

    /** A saved search as written; no object means person (or, when changing, the object it has). */
    record SegmentRequest(String name, String object, String query, String description) {
    }

    record Matches<T>(Long count, List<T> items, String next) {
    }

    private final Matching matching;
    private final SavedSearches segments;
    private final MatchesCsv csv;

    SegmentsApi(Matching matching, SavedSearches segments, MatchesCsv csv) {
        this.matching = matching;
        this.segments = segments;
        this.csv = csv;
    }

    @GetMapping("/people/matching")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "People matching a query, e.g. lifecycle >= lead and tag = \"seminar-2026\"; the count comes with the first page")
    Matches<Person> matching(@RequestParam String query, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, Authentication auth) {
        CursorPage<Person> page = matching.people(query, auth.getName(), cursor, CursorPage.limit(limit));
        return new Matches<>(count(SearchObject.PERSON, query, cursor, auth), page.items(), page.next());
    }

    @GetMapping(value = "/people/matching.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Every person matching a query, as CSV")
    void export(@RequestParam String query, Authentication auth, HttpServletResponse response) throws IOException {
        export(SearchObject.PERSON, query, auth, response);
    }

    @GetMapping("/organisations/matching")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Organisations matching a query, e.g. type = customer and person.lifecycle >= opportunity; the count comes with the first page")
    Matches<OrganisationMatch> organisationsMatching(@RequestParam String query, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, Authentication auth) {
        CursorPage<OrganisationMatch> page = matching.organisations(query, auth.getName(), cursor, CursorPage.limit(limit));
        return new Matches<>(count(SearchObject.ORGANISATION, query, cursor, auth), page.items(), page.next());
    }

    @GetMapping(value = "/organisations/matching.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Every organisation matching a query, as CSV")
    void exportOrganisations(@RequestParam String query, Authentication auth, HttpServletResponse response) throws IOException {
        export(SearchObject.ORGANISATION, query, auth, response);
    }

    @GetMapping("/deals/matching")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Deals matching a query, e.g. stage >= proposal and amount > 50000; the count comes with the first page")
    Matches<DealMatch> dealsMatching(@RequestParam String query, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, Authentication auth) {
        CursorPage<DealMatch> page = matching.deals(query, auth.getName(), cursor, CursorPage.limit(limit));
        return new Matches<>(count(SearchObject.DEAL, query, cursor, auth), page.items(), page.next());
    }

    @GetMapping(value = "/deals/matching.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Every deal matching a query, as CSV")
    void exportDeals(@RequestParam String query, Authentication auth, HttpServletResponse response) throws IOException {
        export(SearchObject.DEAL, query, auth, response);
    }

    @GetMapping("/segments")
    @PreAuthorize("hasAuthority('contacts.read')")
    List<Segment> list() {
        return segments.all();
    }

    @GetMapping("/segments/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<Segment> get(@PathVariable UUID id) {
        Segment segment = segments.get(id);
        return Versions.ok(segment, segment.version());
    }

    @PostMapping("/segments")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Save a search over people (object person, the default), organisations or deals; the query is checked "
            + "first (400 with the position if it does not read)")
    ResponseEntity<Segment> create(@RequestBody SegmentRequest request, Authentication auth) {
        Segment segment = segments.create(request.name(), SearchObject.of(request.object()), request.query(), request.description(),
                auth.getName());
        return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.id())).eTag(Versions.etag(segment.version())).body(segment);
    }

    @PutMapping("/segments/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<Segment> update(@PathVariable UUID id, @RequestBody SegmentRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication auth) {
        SearchObject object = request.object() == null ? null : SearchObject.of(request.object());
        Segment segment = segments.update(id, request.name(), object, request.query(), request.description(), Versions.expected(ifMatch),
                auth.getName());
        return Versions.ok(segment, segment.version());
    }

    @DeleteMapping("/segments/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        segments.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/segments/{id}/people")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "The people of a saved search over people")
    Matches<Person> people(@PathVariable UUID id, @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            Authentication auth) {
        return matching(ofPeople(segments.get(id)).query(), cursor, limit, auth);
    }

    @GetMapping(value = "/segments/{id}/people.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    void exportSegment(@PathVariable UUID id, Authentication auth, HttpServletResponse response) throws IOException {
        export(ofPeople(segments.get(id)).query(), auth, response);
    }

    @GetMapping("/segments/{id}/matches")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "What a saved search selects — people, organisations or deals; the count comes with the first page")
    Matches<?> matches(@PathVariable UUID id, @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            Authentication auth) {
        Segment segment = segments.get(id);
        SearchObject object = SearchObject.of(segment.object());
        CursorPage<?> page = matching.page(object, segment.query(), auth.getName(), cursor, CursorPage.limit(limit));
        return new Matches<>(count(object, segment.query(), cursor, auth), page.items(), page.next());
    }

    @GetMapping(value = "/segments/{id}/matches.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Everything a saved search selects, as CSV with the columns of its object")
    void exportMatches(@PathVariable UUID id, Authentication auth, HttpServletResponse response) throws IOException {
        Segment segment = segments.get(id);
        export(SearchObject.of(segment.object()), segment.query(), auth, response);
    }

    private Long count(SearchObject object, String query, String cursor, Authentication auth) {
        return cursor == null ? matching.count(object, query, auth.getName()) : null;
    }

    private void export(SearchObject object, String query, Authentication auth, HttpServletResponse response) throws IOException {
        matching.validate(object, query, auth.getName());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + MatchesCsv.fileName(object) + "\"");
        csv.write(object, query, auth.getName(), response.getWriter());
    }

    private static Segment ofPeople(Segment segment) {
        if (!SearchObject.PERSON.key().equals(segment.object())) {
            throw new InvalidInputException("object", segment.object(), "this saved search selects " + SearchObject.of(segment.object()).plural()
                    + ", not people; its matches are at /api/v1/segments/" + segment.id() + "/matches");
        }
        return segment;
    }
}
