package dev.baton.processes.internal.lint;

import dev.baton.processes.Branch;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flow of a document as a graph over step positions, built so that a half-written document
 * (steps without keys or types, duplicate keys, targets that name no step) still gives an answer.
 * A key names its first step. A reference to no step is reported where it is written; the step
 * holding it counts as able to reach an exit, so that one mistake is not reported again downstream.
 */
final class Flow {

    private final List<Step> steps;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<Integer>> successors = new ArrayList<>();
    private final BitSet dangling = new BitSet();
    private final BitSet reachable;
    private final BitSet canExit;
    private final boolean triggered;

    Flow(ProcessDocument document) {
        steps = document.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key() != null) {
                index.putIfAbsent(steps.get(i).key(), i);
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            successors.add(successorsOf(i));
        }
        BitSet starts = new BitSet();
        for (int i = 0; i < steps.size(); i++) {
            if (Step.TRIGGER.equals(steps.get(i).type())) {
                starts.set(i);
            }
        }
        triggered = !starts.isEmpty();
        if (!triggered && !steps.isEmpty()) {
            // Without a trigger the flow is followed from the first step, to still find its dead ends.
            starts.set(0);
        }
        reachable = from(starts);
        canExit = reachingExit();
    }

    private List<Integer> successorsOf(int i) {
        Step step = steps.get(i);
        List<Integer> next = new ArrayList<>();
        String type = step.type() == null ? "" : step.type();
        switch (type) {
            case Step.EXIT -> { }
            case Step.GATE, Step.PARALLEL -> {
                for (Branch branch : step.branches()) {
                    target(i, branch.to(), next);
                }
            }
            default -> {
                if (!Findings.blank(step.next())) {
                    target(i, step.next(), next);
                } else if (i + 1 < steps.size()) {
                    next.add(i + 1);
                }
            }
        }
        return List.copyOf(next);
    }

    private void target(int from, String key, List<Integer> into) {
        Integer to = key == null ? null : index.get(key);
        if (to == null) {
            dangling.set(from);
        } else if (!into.contains(to)) {
            into.add(to);
        }
    }

    /** The position of the step a key names, or null. */
    Integer indexOf(String key) {
        return key == null ? null : index.get(key);
    }

    boolean hasStep(String key) {
        return indexOf(key) != null;
    }

    List<Integer> successors(int i) {
        return successors.get(i);
    }

    Step step(int i) {
        return steps.get(i);
    }

    String label(int i) {
        return StepAt.label(steps.get(i), i);
    }

    boolean triggered() {
        return triggered;
    }

    boolean reachable(int i) {
        return reachable.get(i);
    }

    /** The steps that can be reached from the given ones, these included. */
    BitSet from(BitSet starts) {
        BitSet seen = new BitSet();
        Deque<Integer> pending = new ArrayDeque<>();
        starts.stream().forEach(pending::push);
        while (!pending.isEmpty()) {
            int at = pending.pop();
            if (!seen.get(at)) {
                seen.set(at);
                successors.get(at).forEach(pending::push);
            }
        }
        return seen;
    }

    private BitSet reachingExit() {
        BitSet reaching = new BitSet();
        for (int i = 0; i < steps.size(); i++) {
            if (Step.EXIT.equals(steps.get(i).type()) || dangling.get(i)) {
                reaching.set(i);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < steps.size(); i++) {
                if (!reaching.get(i) && successors.get(i).stream().anyMatch(reaching::get)) {
                    reaching.set(i);
                    grew = true;
                }
            }
        }
        return reaching;
    }

    /**
     * Where reachable flow gets stuck without ever reaching an exit, each as the positions of its
     * steps: one step that nothing follows (a dead end), or steps that only lead to each other (a loop
     * that never leaves). Steps leading into such a place are not listed; it is named once, where it is.
     */
    List<List<Integer>> stuck() {
        List<BitSet> ahead = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ahead.add(reachable.get(i) && !canExit.get(i) ? from(single(i)) : null);
        }
        List<List<Integer>> places = new ArrayList<>();
        BitSet named = new BitSet();
        for (int i = 0; i < steps.size(); i++) {
            BitSet mine = ahead.get(i);
            if (mine == null || named.get(i)) {
                continue;
            }
            // i lies in such a place when every step it leads to leads back to it.
            int step = i;
            boolean closed = mine.stream().allMatch(j -> ahead.get(j) != null && ahead.get(j).get(step));
            if (closed) {
                named.or(mine);
                places.add(mine.stream().boxed().toList());
            }
        }
        return places;
    }

    private static BitSet single(int i) {
        BitSet set = new BitSet();
        set.set(i);
        return set;
    }
}
