package dev.baton.automation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.automation.JourneyStatus;
import dev.baton.automation.internal.FailedEnrollments;
import dev.baton.automation.internal.JourneyBook;
import dev.baton.automation.internal.JourneyGoals;
import dev.baton.contacts.Contacts;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.segments.QuerySyntaxException;
import dev.baton.segments.Searches;
import dev.baton.segments.Segment;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Journeys", description = "Campaigns on the journey runner: live step counts, pause and resume, enrollment, goals, "
        + "retrying failed steps")
class JourneysApi {

    /** Whom to enroll: people by id, or everyone a saved search (its name or id) and/or a query matches. */
    record EnrollRequest(List<UUID> people, String search, String query) {
    }

    record GoalRequest(UUID person, List<UUID> people) {
    }

    /** Which failed people to send through their step again: those of one step (its key), or all; of one version (its number), or all. */
    record RetryRequest(String step, Integer version) {
    }

    private final JourneyBook book;
    private final JourneyGoals goals;
    private final FailedEnrollments failed;
    private final Contacts contacts;
    private final Searches searches;

    JourneysApi(JourneyBook book, JourneyGoals goals, FailedEnrollments failed, Contacts contacts, Searches searches) {
        this.book = book;
        this.goals = goals;
        this.failed = failed;
        this.contacts = contacts;
        this.searches = searches;
    }

    @GetMapping("/journeys")
    @PreAuthorize("hasAuthority('contacts.read')")
    List<JourneyStatus> journeys() {
        return book.keys().stream().map(k -> book.status(k).orElseThrow()).toList();
    }

    @GetMapping("/journeys/{key}")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "A journey with, per step of every version people are on: entered, waiting, done, failed")
    JourneyStatus journey(@PathVariable String key) {
        return book.status(key).orElseThrow(() -> new NotFoundException("journey", key));
    }

    @PostMapping("/journeys/{key}/pause")
    @PreAuthorize("hasAuthority('marketing.manage')")
    JourneyStatus pause(@PathVariable String key) {
        book.setStatus(key, "paused");
        return journey(key);
    }

    @PostMapping("/journeys/{key}/resume")
    @PreAuthorize("hasAuthority('marketing.manage')")
    JourneyStatus resume(@PathVariable String key) {
        book.setStatus(key, "active");
        return journey(key);
    }

    @PostMapping("/journeys/{key}/failed/retry")
    @PreAuthorize("hasAuthority('marketing.manage')")
    @Operation(summary = "Send the people held at a failed step through it again (all failed steps, or {\"step\": key}, of every "
            + "version or {\"version\": number}): they wait at the step, due now; returns how many")
    Map<String, Integer> retryFailed(@PathVariable String key, @RequestBody(required = false) RetryRequest request) {
        return Map.of("retried", failed.retry(key, request == null ? null : request.step(), request == null ? null : request.version()));
    }

    @PostMapping("/journeys/{key}/enrollments")
    @PreAuthorize("hasAuthority('marketing.manage')")
    @Operation(summary = "Enroll people by hand (up to 200,000 ids per call), or everyone a saved search and/or a query matches "
            + "(in one statement); who is already in is left out")
    Map<String, Long> enroll(@PathVariable String key, @RequestBody EnrollRequest request) {
        boolean bySearch = request.search() != null || request.query() != null;
        if (bySearch && request.people() != null) {
            throw new InvalidInputException("people", null, "give either people or a search and/or a query, not both");
        }
        if (!bySearch) {
            List<UUID> people = checked(request.people());
            return Map.of("requested", (long) people.size(), "entered", (long) book.enroll(key, people));
        }
        book.status(key).orElseThrow(() -> new NotFoundException("journey", key));
        String query = null;
        if (request.search() != null) {
            Segment saved = searches.savedSearch(request.search()).orElseThrow(() -> new InvalidInputException("search",
                    request.search(), "is not a saved search: use its name or id"));
            if (!"person".equals(saved.object())) {
                throw new InvalidInputException("search", request.search(), "is a saved search over " + saved.object()
                        + "s; only people can be enrolled");
            }
            query = "(" + saved.query() + ")";
        }
        if (request.query() != null) {
            if (request.query().isBlank()) {
                throw new InvalidInputException("query", request.query(), "must be a query over people, such as tag = \"vip\"");
            }
            query = query == null ? request.query() : query + " and (" + request.query() + ")";
        }
        try {
            searches.checkPeopleQuery(query);
        } catch (QuerySyntaxException e) {
            throw new InvalidInputException(request.query() != null ? "query" : "search", query, e.getMessage());
        }
        JourneyBook.Enrolled enrolled = book.enrollMatching(key, query);
        return Map.of("requested", enrolled.requested(), "entered", enrolled.entered());
    }

    @PostMapping("/goals/{goal}")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "A person (or people) reached a goal: in every journey with it, they leave the steps before it and go on after it")
    Map<String, Integer> goal(@PathVariable String goal, @RequestBody GoalRequest request) {
        List<UUID> people = request.people() != null ? request.people() : request.person() == null ? List.of() : List.of(request.person());
        return Map.of("moved", goals.achieveGoal(goal, checked(people)));
    }

    @GetMapping("/journeys/{key}/enrollments/{person}")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Where a person is in a journey: the version and step, waiting or done, and when the step is due")
    JourneyBook.Enrollment enrollment(@PathVariable String key, @PathVariable UUID person) {
        return book.enrollment(key, person).orElseThrow(() -> new NotFoundException("enrollment of " + person + " in journey", key));
    }

    private List<UUID> checked(List<UUID> people) {
        if (people == null || people.isEmpty()) {
            throw new InvalidInputException("people", null, "must list at least one person");
        }
        if (people.size() > 200_000) {
            throw new InvalidInputException("people", String.valueOf(people.size()), "at most 200,000 per call");
        }
        java.util.Set<UUID> known = contacts.people(people).stream().map(p -> p.id()).collect(java.util.stream.Collectors.toSet());
        List<FieldProblem> unknown = people.stream().filter(id -> !known.contains(id)).limit(20)
                .map(id -> new FieldProblem("people", id.toString(), "is not a person; nobody was enrolled")).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return people;
    }
}
