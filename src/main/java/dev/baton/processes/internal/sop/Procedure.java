package dev.baton.processes.internal.sop;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A document's steps as a reader follows them: numbered from 1 in flow order, starting at the first
 * step. Every step comes after all the steps that lead to it (a join after all its branches), except
 * along a loop; a gate's first branch is written out before its others; steps the flow never reaches
 * come last, in the order they are listed.
 */
final class Procedure {

    private final ProcessDocument document;
    private final List<Step> order;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, List<Step>> before = new HashMap<>();

    private Procedure(ProcessDocument document) {
        this.document = document;
        Map<String, Step> byKey = new LinkedHashMap<>();
        document.steps().forEach(s -> byKey.putIfAbsent(s.key(), s));
        List<Step> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Step root : byKey.values()) {
            if (seen.contains(root.key())) {
                continue;
            }
            // Reverse post-order of a depth-first walk from each root not yet reached.
            List<Step> postOrder = new ArrayList<>();
            visit(byKey, root, seen, postOrder);
            Collections.reverse(postOrder);
            ordered.addAll(postOrder);
        }
        this.order = List.copyOf(ordered);
        for (int i = 0; i < order.size(); i++) {
            numbers.put(order.get(i).key(), i + 1);
        }
        for (Step step : order) {
            for (String next : document.successors(step)) {
                List<Step> list = before.computeIfAbsent(next, k -> new ArrayList<>());
                if (!list.contains(step)) {
                    list.add(step);
                }
            }
        }
    }

    static Procedure of(ProcessDocument document) {
        return new Procedure(document);
    }

    private void visit(Map<String, Step> byKey, Step step, Set<String> seen, List<Step> postOrder) {
        if (!seen.add(step.key())) {
            return;
        }
        List<String> next = document.successors(step);
        for (int i = next.size() - 1; i >= 0; i--) {
            Step s = byKey.get(next.get(i));
            if (s != null) {
                visit(byKey, s, seen, postOrder);
            }
        }
        postOrder.add(step);
    }

    ProcessDocument document() {
        return document;
    }

    List<Step> steps() {
        return order;
    }

    /** The step's number, or 0 for a key that names no step. */
    int number(String stepKey) {
        return numbers.getOrDefault(stepKey, 0);
    }

    Optional<Step> step(String stepKey) {
        return document.step(stepKey);
    }

    /** The steps the flow comes from into this one. */
    List<Step> before(Step step) {
        return before.getOrDefault(step.key(), List.of());
    }
}
