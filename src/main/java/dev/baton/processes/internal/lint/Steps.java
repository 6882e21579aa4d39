package dev.baton.processes.internal.lint;

import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps' checks, step by step in document order: what the step is and who owns it, what it
 * holds for its type, and where the flow goes from it.
 */
final class Steps {

    private final ProcessDocument document;
    private final Findings findings;
    private final Flow flow;
    private final Splits splits;
    private final StepContent content;
    private final Map<Integer, List<Integer>> stuckAt = new HashMap<>();

    Steps(ProcessDocument document, Workspace workspace, Findings findings) {
        this.document = document;
        this.findings = findings;
        this.flow = new Flow(document);
        this.splits = new Splits(flow, document.steps().size());
        this.content = new StepContent(document, workspace, findings, flow, new Ancestry(document, workspace, findings));
        for (List<Integer> place : flow.stuck()) {
            stuckAt.put(place.getFirst(), place);
        }
    }

    void check() {
        if (!document.steps().isEmpty() && !flow.triggered()) {
            findings.error("trigger-missing", "steps", null, "The process has no trigger: add a step of type trigger that says what "
                    + "starts it, such as a form being submitted or a stage being reached.");
        } else if (document.steps().isEmpty()) {
            findings.error("trigger-missing", "steps", null, "The process has no steps: start with a trigger that says what starts it.");
        }
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < document.steps().size(); i++) {
            StepAt at = new StepAt(i, document.steps().get(i));
            identity(at, firstAt);
            ownership(at);
            content.check(at);
            flow(at);
        }
    }

    private void identity(StepAt at, Map<String, Integer> firstAt) {
        Step step = at.step();
        if (Findings.blank(step.key())) {
            findings.error("step-key-missing", at, "key", "The step " + at.label() + " has no key: give it one of lower-case words "
                    + "joined by dashes, such as \"qualify-call\".");
        } else {
            Integer first = firstAt.putIfAbsent(step.key(), at.index());
            if (first != null) {
                findings.error("step-duplicate", at, "key", "The key " + Findings.quote(step.key()) + " of " + at.label()
                        + " is already used by " + flow.label(first) + " (steps[" + first + "]): give each step its own key.");
            } else if (!Lint.KEY.matcher(step.key()).matches()) {
                findings.error("step-key-format", at, "key", "The key " + Findings.quote(step.key()) + " of " + at.label()
                        + " must be lower-case letters and digits in words joined by single dashes, such as \"qualify-call\".");
            }
        }
        if (!Findings.oneOf(Step.TYPES, step.type())) {
            findings.error("step-type-unknown", at, "type", "The step " + at.label() + " has " + (step.type() == null ? "no type"
                    : "the type " + Findings.quote(step.type())) + ": use " + Findings.or(Step.TYPES) + ".");
        }
    }

    private void ownership(StepAt at) {
        Step step = at.step();
        Optional<Lane> lane = Lint.lane(document, step.lane());
        if (Findings.blank(step.lane())) {
            findings.error("step-lane-missing", at, "lane", "The step " + at.label() + " is in no lane: say who performs it.");
        } else if (lane.isEmpty()) {
            findings.error("step-lane-unknown", at, "lane", "The step " + at.label() + " is in the lane " + Findings.quote(step.lane())
                    + ", which the document does not list: use one of its lanes (" + laneKeys() + ") or add the lane.");
        }
        for (int j = 0; j < step.shared().size(); j++) {
            String shared = step.shared().get(j);
            if (Lint.lane(document, shared).isEmpty()) {
                findings.error("step-lane-unknown", at, "shared[" + j + "]", "The step " + at.label() + " is shared with the lane "
                        + Findings.quote(shared) + ", which the document does not list: use one of its lanes (" + laneKeys() + ").");
            }
        }
        boolean inRole = lane.map(Lane::isRole).orElse(false);
        if (Step.TASK.equals(step.type()) && lane.isPresent() && !inRole) {
            findings.error("task-lane-not-role", at, "lane", "The task " + at.label() + " is in the lane "
                    + Lint.laneName(document, step.lane()) + ", which is " + kindName(lane.get())
                    + ": a task is work for a role of the org chart, so put it in a role lane.");
        }
        List<String> owners = new ArrayList<>();
        if (!Findings.blank(step.lane())) {
            owners.add(step.lane());
        }
        step.shared().stream().filter(s -> !owners.contains(s)).forEach(owners::add);
        if (owners.size() > 1) {
            findings.warning("partially-owned", at, "shared", "The step " + at.label() + " has no single owner: shared by "
                    + Findings.and(Lint.laneNames(document, owners)) + ". Give it to one lane, or split it into a step for each.");
        } else if (Step.GATE.equals(step.type()) && lane.isPresent()
                && (Lane.PERSONA.equals(lane.get().kind()) || Lane.EXTERNAL.equals(lane.get().kind()))) {
            findings.warning("partially-owned", at, "lane", "The decision " + at.label() + " has no single owner: it is made in the lane "
                    + Lint.laneName(document, step.lane()) + ", which is " + kindName(lane.get())
                    + ". Put it in the lane of the role that decides, or in the system lane when Baton decides it.");
        }
    }

    private void flow(StepAt at) {
        int i = at.index();
        if (flow.triggered() && !flow.reachable(i)) {
            findings.error("step-unreachable", at, null, "No trigger leads to the step " + at.label()
                    + ": point a step's next or a branch at it, or remove it.");
        }
        List<Integer> stuck = stuckAt.get(i);
        if (stuck != null) {
            if (stuck.size() == 1 && !flow.successors(i).contains(i)) {
                boolean branching = Step.GATE.equals(at.step().type()) || Step.PARALLEL.equals(at.step().type());
                findings.error("dead-end", at, null, "The flow stops at " + at.label() + ": it is not an exit and no step follows it. "
                        + (branching ? "Give it branches to the steps that follow." : "Set its next step, or add an exit after it."));
            } else {
                List<String> names = stuck.stream().map(flow::label).toList();
                findings.error("endless-loop", at, null, "The flow loops through " + String.join(" → ", names)
                        + (stuck.size() > 1 ? " → " + names.getFirst() : "") + " and never reaches an exit: give one of these steps "
                        + "a way out, such as a gate branch to an exit.");
            }
        }
        String type = at.step().type();
        if (Step.PARALLEL.equals(type)) {
            parallel(at);
        } else if (Step.JOIN.equals(type) && !splits.reached(i)) {
            findings.error("join-without-split", at, null, "The join " + at.label() + " joins no parallel split: no branch of a split of "
                    + "type parallel reaches it. Remove it, or add the split whose branches it joins.");
        }
    }

    private void parallel(StepAt at) {
        int branches = at.step().branches().size();
        if (branches < 2) {
            findings.error("parallel-branches", at, "branches", "The parallel split " + at.label() + " has " + branches
                    + (branches == 1 ? " branch" : " branches") + ": a split starts two or more branches that run at the same time.");
            return;
        }
        if (splits.join(at.index()).isPresent()) {
            return;
        }
        List<Splits.Walk> walks = splits.walks(at.index());
        boolean told = false;
        for (Splits.Walk walk : walks) {
            if (walk.start() == null) {
                continue;
            }
            String branch = "branches[" + walk.branch() + "]";
            if (!walk.exits().isEmpty()) {
                findings.error("parallel-unjoined", at, branch, "The branch of the parallel split " + at.label() + " to "
                        + flow.label(walk.start()) + " reaches the exit " + flow.label(walk.exits().iterator().next())
                        + " without a join: all branches of a split must meet at one join before the process ends.");
                told = true;
            } else if (walk.joins().isEmpty()) {
                findings.error("parallel-unjoined", at, branch, "The branch of the parallel split " + at.label() + " to "
                        + flow.label(walk.start()) + " never reaches a join: all branches of a split must meet at one join.");
                told = true;
            }
        }
        if (!told) {
            List<String> joins = walks.stream().flatMap(w -> w.joins().stream()).distinct().sorted().map(flow::label).toList();
            if (joins.size() > 1) {
                findings.error("parallel-unjoined", at, "branches", "The branches of the parallel split " + at.label()
                        + " meet at different joins (" + Findings.and(joins) + "): all branches of a split must meet at one join.");
            }
        }
    }

    private String laneKeys() {
        List<String> keys = document.lanes().stream().map(Lane::key).filter(k -> k != null).toList();
        return keys.isEmpty() ? "it lists none" : String.join(", ", keys);
    }

    private static String kindName(Lane lane) {
        return switch (String.valueOf(lane.kind())) {
            case Lane.PERSONA -> "a persona (the customer)";
            case Lane.EXTERNAL -> "an external party";
            case Lane.SYSTEM -> "a system";
            case Lane.ROLE -> "a role";
            default -> "not a role lane";
        };
    }
}
