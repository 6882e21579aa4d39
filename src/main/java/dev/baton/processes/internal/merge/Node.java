package dev.baton.processes.internal.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document, lane, step, branch or item reduced to what diff and merge compare: an identity, the
 * fields that have a value, and nested lists. Diff and merge then treat every part of a document alike.
 */
record Node(String id, Map<String, String> fields, Map<Part, List<Node>> lists) {

    Node {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    }

    static Node item(String id) {
        return new Node(id, Map.of(), Map.of());
    }

    String field(String name) {
        return fields.get(name);
    }

    List<Node> list(Part part) {
        return lists.getOrDefault(part, List.of());
    }

    Node withId(String newId) {
        return new Node(newId, fields, lists);
    }

    static List<String> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }
}
