package dev.baton.processes.internal.merge;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One run of a three-way merge: walks the base and the drafts' versions of a node together, field by field. */
final class NodeMerge {

    private final Ledger ledger;
    private final Map<String, Set<String>> leadsTo;

    /** @param leadsTo by draft, the steps it leads to (by {@code next} or a branch) where the base did not */
    NodeMerge(Ledger ledger, Map<String, Set<String>> leadsTo) {
        this.ledger = ledger;
        this.leadsTo = Map.copyOf(leadsTo);
    }

    /** The merged node, given the base and the versions of every draft that still has it. */
    Node node(Place place, Node base, List<Version> versions) {
        Set<String> names = new LinkedHashSet<>(base.fields().keySet());
        versions.forEach(v -> names.addAll(v.node().fields().keySet()));
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : names) {
            String value = field(place, name, base.field(name), versions);
            if (value != null) {
                fields.put(name, value);
            }
        }
        Map<Part, List<Node>> lists = new LinkedHashMap<>();
        for (Part part : base.lists().keySet()) {
            lists.put(part, new ListMerge(this, ledger, place, part, base.list(part), versions).merge());
        }
        return new Node(base.id(), fields, lists);
    }

    /** Whether a draft newly leads to an entry another draft removes, which a merge must not leave dangling. */
    boolean leadsTo(String draft, Part part, String id) {
        return part == Part.STEPS && leadsTo.getOrDefault(draft, Set.of()).contains(id);
    }

    private String field(Place place, String name, String base, List<Version> versions) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (Version version : versions) {
            String value = version.node().field(name);
            if (!Objects.equals(value, base)) {
                changed.put(version.draft(), value);
            }
        }
        if (changed.isEmpty()) {
            return base;
        }
        if (new HashSet<>(changed.values()).size() == 1) {
            String value = changed.values().iterator().next();
            ledger.apply(Changes.field(place, name, base, value), changed.keySet());
            return value;
        }
        String field = place.field(name);
        List<String> each = changed.entrySet().stream().map(e -> e.getKey() + " (" + Wording.show(e.getValue()) + ")").toList();
        Conflict conflict = new Conflict(place.conflictId(field), place.subject(), place.key(), field, base, changed,
                place.what() + ": " + Wording.label(name) + " changed differently by " + Wording.names(each) + "; stays "
                        + Wording.show(base) + " until resolved");
        return ledger.winner(conflict).map(draft -> {
            ledger.apply(Changes.field(place, name, base, changed.get(draft)), List.of(draft));
            return changed.get(draft);
        }).orElse(base);
    }
}
