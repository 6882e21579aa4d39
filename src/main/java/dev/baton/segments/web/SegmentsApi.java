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
import dev.baton.platform.api.Versions;
import dev.baton.segments.Segment;
import dev.baton.segments.internal.PeopleCsv;
import dev.baton.segments.internal.PeopleSearch;
import dev.baton.segments.internal.SavedSearches;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Saved searches", description = "The query language over people (docs/segments.md), counts, pages, CSV")
class SegmentsApi {

    record SegmentRequest(String name, String query, String description) {
    }

    record Matches(Long count, List<Person> items, String next) {
    }

    private final PeopleSearch search;
    private final SavedSearches segments;
    private final PeopleCsv csv;

    SegmentsApi(PeopleSearch search, SavedSearches segments, PeopleCsv csv) {
        this.search = search;
        this.segments = segments;
        this.csv = csv;
    }

    @GetMapping("/people/matching")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "People matching a query, e.g. lifecycle >= lead and tag = \"seminar-2026\"; the count comes with the first page")
    Matches matching(@RequestParam String query, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, Authentication auth) {
        CursorPage<Person> page = search.page(query, auth.getName(), cursor, CursorPage.limit(limit));
        return new Matches(cursor == null ? search.count(query, auth.getName()) : null, page.items(), page.next());
    }

    @GetMapping(value = "/people/matching.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Every person matching a query, as CSV")
    void export(@RequestParam String query, Authentication auth, HttpServletResponse response) throws IOException {
        search.validate(query, auth.getName());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"people.csv\"");
        csv.write(query, auth.getName(), response.getWriter());
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
    @Operation(summary = "Save a search; the query is checked first (400 with the position if it does not read)")
    ResponseEntity<Segment> create(@RequestBody SegmentRequest request, Authentication auth) {
        Segment segment = segments.create(request.name(), request.query(), request.description(), auth.getName());
        return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.id())).eTag(Versions.etag(segment.version())).body(segment);
    }

    @PutMapping("/segments/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<Segment> update(@PathVariable UUID id, @RequestBody SegmentRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication auth) {
        Segment segment = segments.update(id, request.name(), request.query(), request.description(), Versions.expected(ifMatch), auth.getName());
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
    Matches people(@PathVariable UUID id, @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            Authentication auth) {
        return matching(segments.get(id).query(), cursor, limit, auth);
    }

    @GetMapping(value = "/segments/{id}/people.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('contacts.read')")
    void exportSegment(@PathVariable UUID id, Authentication auth, HttpServletResponse response) throws IOException {
        export(segments.get(id).query(), auth, response);
    }
}
