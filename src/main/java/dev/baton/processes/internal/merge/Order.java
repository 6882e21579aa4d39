package dev.baton.processes.internal.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The order of a list's entries: which moved, where one goes in, and how two versions match up. */
final class Order {

    private Order() {
    }

    /** The entries of {@code after} in its order, with those only in {@code before} where they were. */
    static List<String> union(List<String> before, List<String> after) {
        List<String> result = new ArrayList<>(after);
        Set<String> kept = new HashSet<>(after);
        for (String id : before) {
            if (!kept.contains(id)) {
                insertAfter(result, before, id, x -> false);
            }
        }
        return result;
    }

    /**
     * The entries of both whose place among the others changed: all but a longest run the two share in
     * the same order, so that moving one step down names that step and not the ones it passed.
     */
    static Set<String> moved(List<String> before, List<String> after) {
        Set<String> common = new LinkedHashSet<>(before);
        common.retainAll(new HashSet<>(after));
        List<String> b = before.stream().filter(common::contains).toList();
        List<String> a = after.stream().filter(common::contains).toList();
        int[][] longest = new int[b.size() + 1][a.size() + 1];
        for (int i = b.size() - 1; i >= 0; i--) {
            for (int j = a.size() - 1; j >= 0; j--) {
                longest[i][j] = b.get(i).equals(a.get(j)) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        Set<String> moved = new LinkedHashSet<>(common);
        for (int i = 0, j = 0; i < b.size() && j < a.size();) {
            if (b.get(i).equals(a.get(j))) {
                moved.remove(b.get(i));
                i++;
                j++;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return moved;
    }

    /**
     * Puts {@code id} into {@code result} after the nearest entry before it in {@code source} that
     * {@code result} has (at the start when there is none), then past the entries {@code skip} names.
     */
    static void insertAfter(List<String> result, List<String> source, String id, Predicate<String> skip) {
        int at = 0;
        for (int j = source.indexOf(id) - 1; j >= 0; j--) {
            int found = result.indexOf(source.get(j));
            if (found >= 0) {
                at = found + 1;
                break;
            }
        }
        while (at < result.size() && skip.test(result.get(at))) {
            at++;
        }
        result.add(at, id);
    }

    /** The entry right before {@code id} in {@code ids}, null when it is the first. */
    static String predecessor(List<String> ids, String id) {
        int at = ids.indexOf(id);
        return at > 0 ? ids.get(at - 1) : null;
    }

    /** The nearest entry before {@code id} in {@code ids} that {@code among} has, null when there is none. */
    static String anchor(List<String> ids, String id, Set<String> among) {
        for (int j = ids.indexOf(id) - 1; j >= 0; j--) {
            if (among.contains(ids.get(j))) {
                return ids.get(j);
            }
        }
        return null;
    }

    /**
     * {@code other}'s entries named as in {@code base}: where the part allows, an entry whose key the base
     * lacks takes the key of the base entry at the same place, if {@code other} has no entry of that key.
     */
    static List<Node> align(Part part, List<Node> base, List<Node> other) {
        if (!part.byPosition()) {
            return other;
        }
        Set<String> baseIds = new HashSet<>(Node.ids(base));
        Set<String> otherIds = new HashSet<>(Node.ids(other));
        List<Node> aligned = new ArrayList<>();
        for (int i = 0; i < other.size(); i++) {
            Node node = other.get(i);
            if (!baseIds.contains(node.id()) && i < base.size() && !otherIds.contains(base.get(i).id())) {
                node = node.withId(base.get(i).id());
            }
            aligned.add(node);
        }
        return aligned;
    }
}
