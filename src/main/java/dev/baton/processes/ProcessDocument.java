package dev.baton.processes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * A business process written down: who takes part (lanes), what happens in what order (steps),
 * who signs it off (stakeholders) and the glossary terms it relies on. The same document is read
 * as an SOP, drawn as a swimlane diagram and, once published, run.
 *
 * @param key       stable identifier, lower-case words joined by dashes ({@code lead-management})
 * @param level     L1 (the value chain) to L4 (a single procedure)
 * @param parent    the key of the document one level up, if any
 * @param owner     the role that owns the process
 * @param kind      {@code workflow} (one instance per record, run on Flowable) or {@code campaign}
 *                  (many people at once, run on the journey runner)
 * @param glossary  keys of the glossary terms the document uses
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"key", "name", "level", "parent", "owner", "kind", "purpose", "glossary", "stakeholders", "lanes", "steps"})
public record ProcessDocument(String key, String name, String level, String parent, String owner, String kind, String purpose,
        List<String> glossary, List<Stakeholder> stakeholders, List<Lane> lanes, List<Step> steps) {

    public static final List<String> LEVELS = List.of("L1", "L2", "L3", "L4");
    public static final List<String> KINDS = List.of("workflow", "campaign");

    public ProcessDocument {
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public Optional<Step> step(String stepKey) {
        return steps.stream().filter(s -> s.key() != null && s.key().equals(stepKey)).findFirst();
    }

    public Optional<Lane> lane(String laneKey) {
        return lanes.stream().filter(l -> l.key() != null && l.key().equals(laneKey)).findFirst();
    }

    /** The step that follows {@code step} in the flow when it names no other: the next one in the list. */
    public Optional<Step> following(Step step) {
        if (step.next() != null) {
            return step(step.next());
        }
        int at = steps.indexOf(step);
        return at >= 0 && at + 1 < steps.size() && steps.get(at + 1).key() != null ? Optional.of(steps.get(at + 1)) : Optional.empty();
    }

    /**
     * Where the flow goes from a step: its branches' targets for a gate or a parallel split, nothing
     * from an exit, otherwise its {@code next} or the step after it in the list.
     */
    public List<String> successors(Step step) {
        return switch (step.type() == null ? "" : step.type()) {
            case Step.EXIT -> List.of();
            case Step.GATE, Step.PARALLEL -> step.branches().stream().map(Branch::to).filter(to -> to != null).toList();
            default -> following(step).map(s -> List.of(s.key())).orElse(List.of());
        };
    }

    public ProcessDocument withSteps(List<Step> newSteps) {
        return new ProcessDocument(key, name, level, parent, owner, kind, purpose, glossary, stakeholders, lanes, newSteps);
    }

    public ProcessDocument withLanes(List<Lane> newLanes) {
        return new ProcessDocument(key, name, level, parent, owner, kind, purpose, glossary, stakeholders, newLanes, steps);
    }
}
