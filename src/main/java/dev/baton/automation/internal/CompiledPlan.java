package dev.baton.automation.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.automation.JourneyPlan;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

/** A plan checked and indexed for the runner: node numbers, the next node of each, wait durations. */
record CompiledPlan(JourneyPlan plan, int[] next, Duration[] waits) {

    static final Set<String> TYPES = Set.of("tag", "untag", "email", "wait", "goal", "exit");
    static final int NONE = -1;

    static CompiledPlan of(JourneyPlan plan) {
        List<FieldProblem> problems = new ArrayList<>();
        List<JourneyPlan.Node> nodes = plan == null || plan.nodes() == null ? List.of() : plan.nodes();
        if (nodes.isEmpty()) {
            throw new InvalidInputException("nodes", null, "a journey needs at least one step");
        }
        if (nodes.size() > Short.MAX_VALUE) {
            throw new InvalidInputException("nodes", String.valueOf(nodes.size()), "too many steps");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            JourneyPlan.Node node = nodes.get(i);
            String where = "nodes[" + i + "]";
            if (node.key() == null || node.key().isBlank()) {
                problems.add(new FieldProblem(where + ".key", null, "must name the step"));
            } else if (index.put(node.key(), i) != null) {
                problems.add(new FieldProblem(where + ".key", node.key(), "is used twice"));
            }
            if (!TYPES.contains(String.valueOf(node.type()))) {
                problems.add(new FieldProblem(where + ".type", node.type(), "must be one of " + String.join(", ", TYPES.stream().sorted().toList())));
                continue;
            }
            switch (node.type()) {
                case "tag", "untag" -> require(problems, where + ".tag", node.tag());
                case "email" -> require(problems, where + ".template", node.template());
                case "goal" -> require(problems, where + ".goal", node.goal());
                default -> { }
            }
        }
        int[] next = new int[nodes.size()];
        Duration[] waits = new Duration[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            JourneyPlan.Node node = nodes.get(i);
            if ("exit".equals(node.type())) {
                next[i] = NONE;
            } else if (node.next() != null) {
                Integer target = index.get(node.next());
                if (target == null) {
                    problems.add(new FieldProblem("nodes[" + i + "].next", node.next(), "is not a step of this journey"));
                }
                next[i] = target == null ? NONE : target;
            } else if (i + 1 < nodes.size()) {
                next[i] = i + 1;
            } else {
                problems.add(new FieldProblem("nodes[" + i + "]", node.key(), "the last step must be an exit or name its next step"));
                next[i] = NONE;
            }
            if ("wait".equals(node.type())) {
                try {
                    waits[i] = Duration.parse(String.valueOf(node.duration()));
                    if (waits[i].isNegative()) {
                        problems.add(new FieldProblem("nodes[" + i + "].duration", node.duration(), "must not be negative"));
                    }
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem("nodes[" + i + "].duration", node.duration(), "must be an ISO 8601 duration such as PT2H or P3D"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CompiledPlan(plan, next, waits);
    }

    private static void require(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, value, "must be given"));
        }
    }

    JourneyPlan.Node node(int index) {
        return plan.nodes().get(index);
    }

    int size() {
        return plan.nodes().size();
    }

    /** The wait before a node runs once someone arrives at it: a wait step's duration, otherwise none. */
    Duration delay(int index) {
        return waits[index] == null ? Duration.ZERO : waits[index];
    }

    /** The node numbers of a goal in this plan, or empty. */
    List<Integer> goal(String goal) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if ("goal".equals(node(i).type()) && goal.equals(node(i).goal())) {
                found.add(i);
            }
        }
        return found;
    }
}
