package dev.baton.processes.web;

import dev.baton.processes.ProcessSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The process hierarchy as a tree: each document under its parent, L1 at the top. A document whose
 * parent is missing stands at the top too, so none is hidden.
 */
final class Hierarchy {

    /** A document in the tree: what its newest version says, the owner role's name, its newest version's state. */
    record Node(ProcessSummary document, String ownerName, String state, List<Node> children) {
    }

    private Hierarchy() {
    }

    /** The roots of the tree; summaries come by level and name, and children keep that order. */
    static List<Node> of(List<ProcessSummary> summaries, Map<String, String> roleNames, Map<String, String> states) {
        Map<String, ProcessSummary> byKey = new LinkedHashMap<>();
        summaries.forEach(s -> byKey.put(s.key(), s));
        List<Node> roots = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (ProcessSummary s : summaries) {
            if (s.parent() == null || !byKey.containsKey(s.parent()) || s.parent().equals(s.key())) {
                roots.add(node(s, summaries, roleNames, states, placed));
            }
        }
        // Documents caught in a cycle of parents have no root above them: show them at the top.
        for (ProcessSummary s : summaries) {
            if (!placed.contains(s.key())) {
                roots.add(node(s, summaries, roleNames, states, placed));
            }
        }
        return roots;
    }

    private static Node node(ProcessSummary s, List<ProcessSummary> all, Map<String, String> roleNames, Map<String, String> states,
            Set<String> placed) {
        placed.add(s.key());
        List<Node> children = new ArrayList<>();
        for (ProcessSummary child : all) {
            if (s.key().equals(child.parent()) && !placed.contains(child.key())) {
                children.add(node(child, all, roleNames, states, placed));
            }
        }
        return new Node(s, s.owner() == null ? null : roleNames.getOrDefault(s.owner(), s.owner()), states.get(s.key()), children);
    }
}
