package dev.baton.automation.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.automation.internal.Simulator;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Processes;
import dev.baton.processes.Step;

/**
 * The simulation panel of a process document's version (a draft or a published one), opened from the
 * document page: find and choose test people, pick the start time, run, and read per person the path
 * on the virtual clock, the emails rendered, the tasks and where they would wait. Nothing is sent or
 * changed. An htmx request gets the panel or the part it asked for, a plain one the whole page.
 */
@Controller
@PreAuthorize("hasAuthority('contacts.read')")
class SimulationPages {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final int FOUND = 10;

    private final Processes processes;
    private final Simulator simulator;
    private final Contacts contacts;
    private final Identity identity;
    private final Clock clock;

    SimulationPages(Processes processes, Simulator simulator, Contacts contacts, Identity identity, Clock clock) {
        this.processes = processes;
        this.simulator = simulator;
        this.contacts = contacts;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/processes/{key}/versions/{ref}/simulation")
    String panel(@PathVariable String key, @PathVariable String ref, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        form(processes.version(key, ref), List.of(), Set.of(), MINUTES.format(LocalDateTime.now(clock)), model);
        return htmx != null ? "automation/simulation :: panel" : "automation/simulation";
    }

    /** People whose name or email holds the text, to choose from. */
    @GetMapping("/processes/{key}/versions/{ref}/simulation/people")
    String find(@PathVariable String key, @PathVariable String ref, @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        form(processes.version(key, ref), List.of(), Set.of(), MINUTES.format(LocalDateTime.now(clock)), model);
        model.addAttribute("q", q);
        model.addAttribute("found", contacts.findPeople(q, FOUND));
        return htmx != null ? "automation/simulation :: found" : "automation/simulation";
    }

    /** The chosen test people with one more. */
    @GetMapping("/processes/{key}/versions/{ref}/simulation/chosen")
    String choose(@PathVariable String key, @PathVariable String ref, @RequestParam(name = "person", required = false) List<UUID> chosen,
            @RequestParam UUID add, Model model) {
        List<UUID> people = new ArrayList<>(chosen == null ? List.of() : chosen);
        people.add(add);
        model.addAttribute("chosen", inOrder(people));
        return "automation/simulation :: chosen";
    }

    @PostMapping("/processes/{key}/versions/{ref}/simulation")
    String run(@PathVariable String key, @PathVariable String ref, @RequestParam(name = "person", required = false) List<UUID> people,
            @RequestParam(required = false) String start, @RequestParam(name = "goal", required = false) Set<String> goals,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        ProcessVersion version = processes.version(key, ref);
        List<Person> chosen = inOrder(people == null ? List.of() : people);
        form(version, chosen, goals == null ? Set.of() : goals, start, model);
        try {
            if (chosen.isEmpty()) {
                throw new InvalidInputException("person", null, "choose at least one test person");
            }
            model.addAttribute("simulation", simulator.simulate(version, chosen.stream().map(Person::id).toList(), goals, startOf(start)));
        } catch (InvalidInputException | NotFoundException e) {
            model.addAttribute("problem", "The simulation did not run: " + e.getMessage() + ".");
        }
        return htmx != null ? "automation/simulation :: result" : "automation/simulation";
    }

    private void form(ProcessVersion version, List<Person> chosen, Set<String> goalsReached, String start, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("chosen", chosen);
        model.addAttribute("goals", goals(version));
        model.addAttribute("goalsReached", goalsReached);
        model.addAttribute("start", start);
        model.addAttribute("roleNames", identity.roles().stream().collect(Collectors.toMap(Role::key, Role::name, (a, b) -> a)));
        model.addAttribute("zone", clock.getZone().getId());
        model.addAttribute("zoneName", clock.getZone().normalized().equals(ZoneOffset.UTC) ? "UTC" : clock.getZone().getId());
    }

    /** The goals of the document: every trigger after the first, as the simulator reads them. */
    private static List<String> goals(ProcessVersion version) {
        List<String> goals = new ArrayList<>();
        boolean first = true;
        for (Step step : version.body().steps()) {
            if (Step.TRIGGER.equals(step.type())) {
                if (!first) {
                    goals.add(step.value() == null ? step.key() : step.value());
                }
                first = false;
            }
        }
        return goals;
    }

    /** The people, each once, in the order they were chosen; unknown ids are left out. */
    private List<Person> inOrder(List<UUID> ids) {
        Map<UUID, Person> known = contacts.people(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(Person::id, p -> p));
        return new LinkedHashSet<>(ids).stream().map(known::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The start as typed in the form (local time of the workspace), or now. */
    private Instant startOf(String start) {
        if (start == null || start.isBlank()) {
            return clock.instant().truncatedTo(ChronoUnit.MINUTES);
        }
        try {
            return LocalDateTime.parse(start.strip()).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("start", start, "is not a date and time such as 2026-12-07T09:00");
        }
    }
}
