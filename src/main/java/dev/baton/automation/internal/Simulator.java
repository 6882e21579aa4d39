package dev.baton.automation.internal;

import dev.baton.automation.Simulation;
import dev.baton.automation.Simulation.Passage;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.marketing.Emails;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.processes.Branch;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Sla;
import dev.baton.processes.Step;
import dev.baton.segments.Searches;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Runs a document step by step for test people on a virtual clock that jumps over every wait and
 * SLA, reading the workspace but changing nothing: gates are decided on the people as they are now,
 * emails are rendered, tasks are described, goals count as reached only when the caller says so.
 * Both engines' documents are simulated the same way, so a workflow and a campaign are tried alike.
 */
@Service
public class Simulator {

    /** How many steps one person may take before the simulation calls it a loop. */
    private static final int LIMIT = 200;

    private final Contacts contacts;
    private final Searches searches;
    private final Emails emails;
    private final Clock clock;

    Simulator(Contacts contacts, Searches searches, Emails emails, Clock clock) {
        this.contacts = contacts;
        this.searches = searches;
        this.emails = emails;
        this.clock = clock;
    }

    public Simulation simulate(ProcessVersion version, Collection<UUID> people, Set<String> goalsReached, Instant start) {
        if (people == null || people.isEmpty()) {
            throw new InvalidInputException("people", null, "name at least one test person");
        }
        Instant from = start == null ? clock.instant() : start;
        List<Simulation.Run> runs = new ArrayList<>();
        for (UUID id : people) {
            Person person = contacts.person(id).orElseThrow(() -> new NotFoundException("person", id));
            runs.add(new Walk(version.body(), person, goalsReached == null ? Set.of() : goalsReached, from).run());
        }
        return new Simulation(version.document(), version.number(), from, runs);
    }

    /** One person's walk through the document. */
    private final class Walk {

        private final ProcessDocument document;
        private final Person person;
        private final Set<String> goals;
        private final ZoneId zone = JourneyBook.zone(); // the runner's zone: business hours and times of day as they will run
        private final List<Passage> path = new ArrayList<>();
        private Instant now;
        private String waitingAt;
        private String outcome;

        Walk(ProcessDocument document, Person person, Set<String> goals, Instant start) {
            this.document = document;
            this.person = person;
            this.goals = goals;
            this.now = start;
        }

        Simulation.Run run() {
            Step first = document.steps().stream().filter(s -> Step.TRIGGER.equals(s.type())).findFirst().orElse(null);
            if (first == null) {
                return new Simulation.Run(person.id(), person.displayName(), path, null, "the document has no trigger");
            }
            pass(first, "enters: " + entry(first), null, null);
            follow(document.successors(first), null);
            return new Simulation.Run(person.id(), person.displayName(), path, outcome, waitingAt);
        }

        /** What the first trigger is, in words. */
        private String entry(Step trigger) {
            String value = trigger.value() == null ? "" : trigger.value();
            var with = trigger.with();
            return switch (String.valueOf(trigger.event())) {
                case "field_changed" -> value + " changes" + (with.containsKey("to") ? " to " + with.get("to") : "");
                case "deal_stage_changed" -> "a deal of theirs moves to " + value;
                case "task_completed" -> "a task about them" + (value.isBlank() ? "" : " (\"" + value + "\")") + " is completed";
                case "date_reached" -> "the date " + value + (with.containsKey("offset") ? " " + with.get("offset") : "")
                        + (with.containsKey("at") ? " at " + with.get("at") : "") + ("yes".equalsIgnoreCase(with.get("yearly"))
                                ? ", every year" : "") + " is reached";
                case "entered_search" -> "enters the saved search " + value;
                default -> trigger.event() + (value.isEmpty() ? "" : " " + value);
            };
        }

        /** Walks on from the given steps until an exit, a wait with no end, or {@code stopAt} (a join). */
        private Step follow(List<String> next, String stopAt) {
            List<String> ahead = next;
            while (!ahead.isEmpty() && outcome == null && waitingAt == null) {
                if (path.size() > LIMIT) {
                    waitingAt = "stopped after " + LIMIT + " steps: the flow loops";
                    return null;
                }
                Step step = document.step(ahead.get(0)).orElse(null);
                if (step == null) {
                    waitingAt = "the flow goes to " + ahead.get(0) + ", which is not a step";
                    return null;
                }
                if (step.key().equals(stopAt)) {
                    return step;
                }
                ahead = visit(step);
            }
            return null;
        }

        private List<String> visit(Step step) {
            switch (step.type() == null ? "" : step.type()) {
                case Step.TRIGGER -> {
                    String goal = step.value() == null ? step.key() : step.value();
                    if (!goals.contains(goal)) {
                        pass(step, "waits for the goal " + goal, null, null);
                        waitingAt = step.key();
                        return List.of();
                    }
                    pass(step, "reaches the goal " + goal, null, null);
                }
                case Step.TASK -> {
                    Instant due = due(step.sla());
                    pass(step, "a task for " + step.lane() + (step.sla() == null ? "" : ", due within " + step.sla())
                            + "; the simulation takes it as done when due", null, new Simulation.Task(step.name(), step.lane(), due));
                    now = due;
                }
                case Step.ACTION -> action(step);
                case Step.WAIT -> {
                    if (step.duration() == null) {
                        return waitUntil(step) ? document.successors(step) : List.of();
                    }
                    now = due(step.duration());
                    pass(step, "waited " + step.duration(), null, null);
                }
                case Step.GATE -> {
                    return List.of(decide(step));
                }
                case Step.PARALLEL -> {
                    pass(step, "splits into " + step.branches().size() + " branches, walked one after the other", null, null);
                    Step join = null;
                    String joinKey = joinOf(step);
                    for (Branch branch : step.branches()) {
                        Step reached = follow(List.of(branch.to()), joinKey);
                        join = reached == null ? join : reached;
                        if (outcome != null || waitingAt != null) {
                            return List.of();
                        }
                    }
                    if (join == null) {
                        return List.of();
                    }
                    pass(join, "all branches done", null, null);
                    return document.successors(join);
                }
                case Step.SUBPROCESS -> pass(step, "runs the process " + step.process() + " (not simulated here)", null, null);
                case Step.EXIT -> {
                    pass(step, "leaves: " + step.outcome(), null, null);
                    outcome = step.outcome();
                    return List.of();
                }
                default -> pass(step, "passes", null, null);
            }
            return document.successors(step);
        }

        private void action(Step step) {
            var with = step.with();
            switch (step.action() == null ? "" : step.action()) {
                case "email" -> {
                    var email = emails.preview(with.get("template"), person.id());
                    pass(step, email.skipped() == null ? "would get the email \"" + email.subject() + "\""
                            : "would not get the email: " + email.skipped(), email, null);
                }
                case "create_task" -> pass(step, "a task for " + with.getOrDefault("role", "the owner"), null,
                        new Simulation.Task(with.getOrDefault("title", step.name()), with.getOrDefault("role", "owner"),
                                due(with.getOrDefault("sla", step.sla()))));
                case "tag" -> pass(step, "would be tagged " + with.get("tag"), null, null);
                case "untag" -> pass(step, "would lose the tag " + with.get("tag"), null, null);
                case "stage" -> pass(step, "would move to the stage " + with.get("stage"), null, null);
                case "webhook" -> pass(step, "would call " + with.get("url") + " (not called in a simulation)", null, null);
                case "assign_owner" -> pass(step, person.owner() == null ? "would get an owner from " + with.get("role")
                        : "keeps their owner", null, null);
                case "set_field" -> pass(step, with.get("value") == null || with.get("value").isBlank()
                        ? "would clear " + with.get("field") : "would set " + with.get("field") + " to \"" + with.get("value") + "\"", null, null);
                case "notify" -> pass(step, "would notify " + (with.get("user") != null && !with.get("user").isBlank() ? with.get("user")
                        : "owner".equals(with.getOrDefault("role", "owner")) ? "the owner" : "the role " + with.get("role")) + ": "
                        + with.getOrDefault("message", step.name()), null, null);
                case "create_deal" -> pass(step, "would open a deal in the pipeline " + with.get("pipeline")
                        + (with.get("stage") == null ? "" : ", at the stage " + with.get("stage"))
                        + (with.get("amount") == null ? "" : ", for " + with.get("amount")), null, null);
                case "start_process" -> pass(step, "would start the process " + with.get("process") + " (not simulated here)", null, null);
                default -> pass(step, "would " + step.action().replace('_', ' ') + (with.isEmpty() ? "" : " " + with), null, null);
            }
        }

        /**
         * A wait until a time of day, business hours or a date of the person: the clock moves to its
         * end and the walk goes on (true); an until that cannot be read stops the walk there.
         */
        private boolean waitUntil(Step step) {
            WaitUntil until;
            try {
                until = WaitUntil.parse(step.until());
            } catch (IllegalArgumentException e) {
                pass(step, "waits until " + step.until() + ", which " + e.getMessage(), null, null);
                waitingAt = step.key();
                return false;
            }
            Instant end;
            String note;
            if (until.byField()) {
                Object value = until.field().startsWith("person.custom.")
                        ? person.custom().get(until.field().substring("person.custom.".length())) : null;
                end = WaitUntil.onDate(value, now, zone);
                note = end.equals(now) ? "goes on at once: " + until.field() + (value == null ? " is empty" : " has passed")
                        : "waited until " + until.field() + " (" + value + ")";
            } else {
                end = until.after(now, zone);
                note = end.equals(now) ? "goes on at once: it is " + until : "waited until " + until;
            }
            now = end;
            pass(step, note, null, null);
            return true;
        }

        /** The first branch whose term or query the person meets now; otherwise the else branch. */
        private String decide(Step gate) {
            for (Branch branch : gate.branches()) {
                if (branch.otherwise()) {
                    continue;
                }
                String query = branch.term() != null ? "term \"" + branch.term() + "\"" : branch.when();
                if (query != null && searches.matchingPeople(query, List.of(person.id())).contains(person.id())) {
                    pass(gate, "meets " + (branch.label() != null ? branch.label() : query) + " → " + branch.to(), null, null);
                    return branch.to();
                }
            }
            Branch otherwise = gate.branches().stream().filter(Branch::otherwise).findFirst().orElse(null);
            if (otherwise == null) {
                pass(gate, "meets no branch and the gate has no else", null, null);
                waitingAt = gate.key();
                return gate.key();
            }
            pass(gate, "meets no condition → " + otherwise.to(), null, null);
            return otherwise.to();
        }

        /** The join that closes a split: the first join after it in the document (lint requires every split to be joined). */
        private String joinOf(Step split) {
            List<Step> steps = document.steps();
            return steps.subList(steps.indexOf(split) + 1, steps.size()).stream().filter(s -> Step.JOIN.equals(s.type()))
                    .map(Step::key).findFirst().orElse(null);
        }

        private Instant due(String sla) {
            if (sla == null || sla.isBlank()) {
                return now;
            }
            try {
                return Sla.parse(sla).after(now, zone);
            } catch (IllegalArgumentException e) {
                return now;
            }
        }

        private void pass(Step step, String note, dev.baton.marketing.EmailPreview email, Simulation.Task task) {
            path.add(new Passage(step.key(), step.name(), step.type(), now, note, email, task));
        }
    }
}
