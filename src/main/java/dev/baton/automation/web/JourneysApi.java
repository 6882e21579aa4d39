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
import dev.baton.automation.internal.JourneyBook;
import dev.baton.contacts.Contacts;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Journeys", description = "Campaigns on the journey runner: live step counts, pause and resume, enrollment, goals")
class JourneysApi {

    record PeopleRequest(List<UUID> people) {
    }

    record GoalRequest(UUID person, List<UUID> people) {
    }

    private final JourneyBook book;
    private final Contacts contacts;

    JourneysApi(JourneyBook book, Contacts contacts) {
        this.book = book;
        this.contacts = contacts;
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

    @PostMapping("/journeys/{key}/enrollments")
    @PreAuthorize("hasAuthority('marketing.manage')")
    @Operation(summary = "Enroll people by hand (up to 200,000 per call); who is already in is left out")
    Map<String, Integer> enroll(@PathVariable String key, @RequestBody PeopleRequest request) {
        List<UUID> people = checked(request.people());
        return Map.of("requested", people.size(), "entered", book.enroll(key, people));
    }

    @PostMapping("/goals/{goal}")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "A person (or people) reached a goal: in every journey with it, they leave the steps before it and go on after it")
    Map<String, Integer> goal(@PathVariable String goal, @RequestBody GoalRequest request) {
        List<UUID> people = request.people() != null ? request.people() : request.person() == null ? List.of() : List.of(request.person());
        return Map.of("moved", book.achieveGoal(goal, checked(people)));
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
