package dev.baton.processes.internal.merge;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Edits to a process document as a person drafting a change makes them, for the diff and merge tests. */
final class Edits {

    private Edits() {
    }

    static ProcessDocument step(ProcessDocument document, String key, UnaryOperator<Step> edit) {
        document.step(key).orElseThrow(() -> new IllegalArgumentException("no step " + key));
        return document.withSteps(document.steps().stream().map(s -> s.key().equals(key) ? edit.apply(s) : s).toList());
    }

    static ProcessDocument remove(ProcessDocument document, String key) {
        return document.withSteps(document.steps().stream().filter(s -> !s.key().equals(key)).toList());
    }

    /** Puts {@code step} right after the step {@code after}, or first when {@code after} is null. */
    static ProcessDocument insert(ProcessDocument document, String after, Step step) {
        List<Step> steps = new ArrayList<>(document.steps());
        steps.add(after == null ? 0 : steps.indexOf(document.step(after).orElseThrow()) + 1, step);
        return document.withSteps(steps);
    }

    static ProcessDocument move(ProcessDocument document, String key, String after) {
        return insert(remove(document, key), after, document.step(key).orElseThrow());
    }

    static ProcessDocument renamed(ProcessDocument d, String name) {
        return new ProcessDocument(d.key(), name, d.level(), d.parent(), d.owner(), d.kind(), d.purpose(), d.glossary(),
                d.stakeholders(), d.lanes(), d.steps());
    }

    static ProcessDocument owned(ProcessDocument d, String owner) {
        return new ProcessDocument(d.key(), d.name(), d.level(), d.parent(), owner, d.kind(), d.purpose(), d.glossary(),
                d.stakeholders(), d.lanes(), d.steps());
    }

    static ProcessDocument glossary(ProcessDocument d, List<String> glossary) {
        return new ProcessDocument(d.key(), d.name(), d.level(), d.parent(), d.owner(), d.kind(), d.purpose(), glossary,
                d.stakeholders(), d.lanes(), d.steps());
    }

    static ProcessDocument stakeholders(ProcessDocument d, List<Stakeholder> stakeholders) {
        return new ProcessDocument(d.key(), d.name(), d.level(), d.parent(), d.owner(), d.kind(), d.purpose(), d.glossary(),
                stakeholders, d.lanes(), d.steps());
    }

    static ProcessDocument addLane(ProcessDocument d, Lane lane) {
        List<Lane> lanes = new ArrayList<>(d.lanes());
        lanes.add(lane);
        return d.withLanes(lanes);
    }

    static Step branches(Step s, List<Branch> branches) {
        return new Step(s.key(), s.type(), s.lane(), s.name(), s.event(), s.value(), s.action(), s.with(), s.duration(), s.until(),
                s.instructions(), s.sla(), s.template(), s.process(), branches, s.outcome(), s.reads(), s.writes(), s.shared(),
                s.next());
    }

    static Step with(Step s, Map<String, String> with) {
        return new Step(s.key(), s.type(), s.lane(), s.name(), s.event(), s.value(), s.action(), with, s.duration(), s.until(),
                s.instructions(), s.sla(), s.template(), s.process(), s.branches(), s.outcome(), s.reads(), s.writes(), s.shared(),
                s.next());
    }
}
