package dev.baton.processes.internal.merge;

import dev.baton.processes.ProcessDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The structural difference between two versions or drafts of a process document: header fields, lanes,
 * stakeholders, glossary terms, steps and the branches of their gates added, removed, changed field by
 * field or moved. Lanes and steps are matched by key, branches by target and failing that by place; lists
 * of names (reads, writes, shared lanes, glossary) are compared as sets.
 */
public final class DocumentDiff {

    private DocumentDiff() {
    }

    /**
     * The changes that turn {@code before} into {@code after}: document fields, lanes, stakeholders,
     * glossary, then steps in the order of {@code after}, a removed one where it was.
     */
    public static List<Change> between(ProcessDocument before, ProcessDocument after) {
        Node root = DocumentTree.of(before);
        return of(Place.document(root.id()), root, DocumentTree.of(after));
    }

    /** The changes between two versions of one node and everything in it. */
    static List<Change> of(Place place, Node before, Node after) {
        List<Change> changes = new ArrayList<>();
        node(place, before, after, changes);
        return changes;
    }

    private static void node(Place place, Node before, Node after, List<Change> changes) {
        Set<String> names = new LinkedHashSet<>(before.fields().keySet());
        names.addAll(after.fields().keySet());
        for (String name : names) {
            if (!Objects.equals(before.field(name), after.field(name))) {
                changes.add(Changes.field(place, name, before.field(name), after.field(name)));
            }
        }
        Set<Part> parts = new LinkedHashSet<>(before.lists().keySet());
        parts.addAll(after.lists().keySet());
        for (Part part : parts) {
            list(place, part, before.list(part), after.list(part), changes);
        }
    }

    private static void list(Place owner, Part part, List<Node> before, List<Node> afterAsIs, List<Change> changes) {
        List<Node> after = Order.align(part, before, afterAsIs);
        Map<String, Node> was = byId(before);
        Map<String, Node> is = byId(after);
        List<String> beforeIds = Node.ids(before);
        List<String> afterIds = Node.ids(after);
        Set<String> moved = part.ordered() ? Order.moved(beforeIds, afterIds) : Set.of();
        for (String id : Order.union(beforeIds, afterIds)) {
            Node old = was.get(id);
            Node now = is.get(id);
            if (old == null) {
                changes.add(Changes.added(owner, part, now, Order.predecessor(afterIds, id)));
            } else if (now == null) {
                changes.add(Changes.removed(owner, part, old));
            } else {
                if (moved.contains(id)) {
                    changes.add(Changes.moved(owner, part, id, beforeIds, afterIds));
                }
                if (!part.items()) {
                    node(owner.child(part, id), old, now, changes);
                }
            }
        }
    }

    static Map<String, Node> byId(List<Node> nodes) {
        return nodes.stream().collect(Collectors.toMap(Node::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
