package dev.baton.processes.internal.lint;

import dev.baton.processes.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which join each parallel split meets at. Every branch of a split is followed until it reaches a
 * join or an exit; a split nested in a branch is stepped over, from its own join on. The split is
 * joined when every branch reaches one and the same join and no exit on the way.
 */
final class Splits {

    /** Where one branch of a split goes: the first joins it reaches, and the exits it reaches before any join. */
    record Walk(int branch, Integer start, Set<Integer> joins, Set<Integer> exits) {
    }

    private final Flow flow;
    private final Map<Integer, Optional<Integer>> joinOf = new HashMap<>();
    private final Map<Integer, List<Walk>> walks = new HashMap<>();
    private final Set<Integer> inProgress = new HashSet<>();
    private final BitSet joinsReached = new BitSet();

    Splits(Flow flow, int steps) {
        this.flow = flow;
        for (int i = 0; i < steps; i++) {
            if (Step.PARALLEL.equals(flow.step(i).type())) {
                join(i);
            }
        }
    }

    /** The join a split meets at, if all its branches meet at one. */
    Optional<Integer> join(int split) {
        Optional<Integer> known = joinOf.get(split);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(split)) {
            return Optional.empty();
        }
        List<Walk> branches = new ArrayList<>();
        List<String> targets = flow.step(split).branches().stream().map(b -> b.to()).toList();
        for (int b = 0; b < targets.size(); b++) {
            Integer start = flow.indexOf(targets.get(b));
            branches.add(start == null ? new Walk(b, null, Set.of(), Set.of()) : walk(b, start));
        }
        inProgress.remove(split);
        Set<Integer> joins = new TreeSet<>();
        boolean escapes = false;
        for (Walk walk : branches) {
            joins.addAll(walk.joins());
            escapes |= !walk.exits().isEmpty() || walk.start() != null && walk.joins().isEmpty();
            walk.joins().forEach(joinsReached::set);
        }
        Optional<Integer> join = !escapes && joins.size() == 1 ? Optional.of(joins.iterator().next()) : Optional.empty();
        walks.putIfAbsent(split, branches);
        joinOf.put(split, join);
        return join;
    }

    private Walk walk(int branch, int start) {
        Set<Integer> joins = new TreeSet<>();
        Set<Integer> exits = new TreeSet<>();
        BitSet seen = new BitSet();
        Deque<Integer> pending = new ArrayDeque<>();
        pending.add(start);
        while (!pending.isEmpty()) {
            int at = pending.poll();
            if (seen.get(at)) {
                continue;
            }
            seen.set(at);
            String type = flow.step(at).type();
            if (Step.JOIN.equals(type)) {
                joins.add(at);
            } else if (Step.EXIT.equals(type)) {
                exits.add(at);
            } else if (Step.PARALLEL.equals(type)) {
                join(at).ifPresent(inner -> pending.addAll(flow.successors(inner)));
            } else {
                pending.addAll(flow.successors(at));
            }
        }
        return new Walk(branch, start, joins, exits);
    }

    List<Walk> walks(int split) {
        return walks.getOrDefault(split, List.of());
    }

    /** Whether a branch of some split reaches this join. */
    boolean reached(int join) {
        return joinsReached.get(join);
    }
}
