package dev.baton.processes.internal.merge;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a process document into the tree of nodes that diff and merge walk, and back. */
final class DocumentTree {

    private static final String WITH = "with.";

    private DocumentTree() {
    }

    static Node of(ProcessDocument document) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "key", document.key());
        put(fields, "name", document.name());
        put(fields, "level", document.level());
        put(fields, "parent", document.parent());
        put(fields, "owner", document.owner());
        put(fields, "kind", document.kind());
        put(fields, "purpose", document.purpose());
        Map<Part, List<Node>> lists = new LinkedHashMap<>();
        lists.put(Part.LANES, entries(document.lanes(), DocumentTree::lane));
        lists.put(Part.STAKEHOLDERS, entries(document.stakeholders(), DocumentTree::stakeholder));
        lists.put(Part.GLOSSARY, items(document.glossary()));
        lists.put(Part.STEPS, entries(document.steps(), DocumentTree::step));
        return new Node(document.key(), fields, lists);
    }

    static ProcessDocument document(Node node) {
        return new ProcessDocument(node.field("key"), node.field("name"), node.field("level"), node.field("parent"),
                node.field("owner"), node.field("kind"), node.field("purpose"), Node.ids(node.list(Part.GLOSSARY)),
                node.list(Part.STAKEHOLDERS).stream().map(n -> new Stakeholder(n.field("role"), n.field("raci"))).toList(),
                node.list(Part.LANES).stream().map(n -> new Lane(n.field("key"), n.field("name"), n.field("kind"))).toList(),
                node.list(Part.STEPS).stream().map(DocumentTree::step).toList());
    }

    private static Node lane(Lane lane) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "key", lane.key());
        put(fields, "name", lane.name());
        put(fields, "kind", lane.kind());
        return new Node(String.valueOf(lane.key()), fields, Map.of());
    }

    private static Node stakeholder(Stakeholder stakeholder) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "role", stakeholder.role());
        put(fields, "raci", stakeholder.raci());
        return new Node(String.valueOf(stakeholder.role()), fields, Map.of());
    }

    private static Node step(Step step) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "key", step.key());
        put(fields, "type", step.type());
        put(fields, "lane", step.lane());
        put(fields, "name", step.name());
        put(fields, "event", step.event());
        put(fields, "value", step.value());
        put(fields, "action", step.action());
        step.with().forEach((setting, value) -> put(fields, WITH + setting, value));
        put(fields, "duration", step.duration());
        put(fields, "until", step.until());
        put(fields, "instructions", step.instructions());
        put(fields, "sla", step.sla());
        put(fields, "template", step.template());
        put(fields, "process", step.process());
        put(fields, "outcome", step.outcome());
        put(fields, "next", step.next());
        Map<Part, List<Node>> lists = new LinkedHashMap<>();
        lists.put(Part.READS, items(step.reads()));
        lists.put(Part.WRITES, items(step.writes()));
        lists.put(Part.SHARED, items(step.shared()));
        lists.put(Part.BRANCHES, entries(step.branches(), DocumentTree::branch));
        return new Node(String.valueOf(step.key()), fields, lists);
    }

    private static Node branch(Branch branch) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "label", branch.label());
        put(fields, "term", branch.term());
        put(fields, "when", branch.when());
        if (branch.otherwise()) {
            fields.put("else", "true");
        }
        put(fields, "to", branch.to());
        return new Node("to=" + branch.to(), fields, Map.of());
    }

    private static Step step(Node node) {
        Map<String, String> with = new LinkedHashMap<>();
        node.fields().forEach((name, value) -> {
            if (name.startsWith(WITH)) {
                with.put(name.substring(WITH.length()), value);
            }
        });
        List<Branch> branches = node.list(Part.BRANCHES).stream()
                .map(n -> new Branch(n.field("label"), n.field("term"), n.field("when"), "true".equals(n.field("else")), n.field("to")))
                .toList();
        return new Step(node.field("key"), node.field("type"), node.field("lane"), node.field("name"), node.field("event"),
                node.field("value"), node.field("action"), with, node.field("duration"), node.field("until"),
                node.field("instructions"), node.field("sla"), node.field("template"), node.field("process"), branches,
                node.field("outcome"), Node.ids(node.list(Part.READS)), Node.ids(node.list(Part.WRITES)),
                Node.ids(node.list(Part.SHARED)), node.field("next"));
    }

    /** Entries keyed by their key; a repeated key is told apart by its count, so no entry is lost. */
    private static <T> List<Node> entries(List<T> values, Function<T, Node> toNode) {
        Map<String, Integer> seen = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (T value : values) {
            Node node = toNode.apply(value);
            int count = seen.merge(node.id(), 1, Integer::sum);
            nodes.add(count == 1 ? node : node.withId(node.id() + "#" + count));
        }
        return nodes;
    }

    /** Items are a set: a repeated one adds nothing. */
    private static List<Node> items(List<String> values) {
        return values.stream().distinct().map(Node::item).toList();
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
