package dev.baton.processes.internal.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** How changes and conflicts put fields, values and entries into words a person reads. */
final class Wording {

    private static final int SHORT = 60;
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("sla", "SLA"), Map.entry("value", "event value"),
            Map.entry("process", "subprocess"), Map.entry("next", "next step"), Map.entry("parent", "parent document"),
            Map.entry("raci", "RACI"), Map.entry("when", "condition"), Map.entry("else", "otherwise"), Map.entry("to", "target"),
            Map.entry("shared", "shared lanes"));

    private Wording() {
    }

    /** "SLA", "pipeline setting" for {@code with.pipeline}, otherwise the field's own name. */
    static String label(String field) {
        if (field.startsWith("with.")) {
            return field.substring("with.".length()) + " setting";
        }
        return LABELS.getOrDefault(field, field);
    }

    /** A value as a description quotes it: shortened when long, "nothing" when there is none. */
    static String show(String value) {
        if (value == null) {
            return "nothing";
        }
        return value.length() <= SHORT ? value : value.substring(0, SHORT - 1).stripTrailing() + "…";
    }

    /** An entry of a nested list as a person calls it: "branch to nurture". */
    static String entry(Part part, String id) {
        String name = part.subject() == null ? part.name() : part.subject().label().toLowerCase(Locale.ROOT);
        return name + " " + id.replace("to=", "to ");
    }

    /** Where an entry stands, named by the one before it. */
    static String position(Part part, String predecessor) {
        if (predecessor == null) {
            return "first";
        }
        return "after " + (part.subject() == Subject.BRANCH ? entry(part, predecessor) : predecessor);
    }

    /** What an added or removed entry is, in a few words: {@code task "Call back" in lane sdr}. */
    static String summary(Subject subject, Node node) {
        List<String> words = new ArrayList<>();
        switch (subject) {
            case STEP -> {
                words.add(node.field("type"));
                words.add(quoted(node.field("name")));
                words.add(node.field("lane") == null ? null : "in lane " + node.field("lane"));
            }
            case LANE -> {
                words.add(quoted(node.field("name")));
                words.add(node.field("kind") == null ? null : "(" + node.field("kind") + ")");
            }
            case STAKEHOLDER -> words.add(node.field("raci") == null ? null : "RACI " + node.field("raci"));
            case BRANCH -> {
                words.add(quoted(node.field("label")));
                words.add(condition(node));
            }
            default -> {
                // a glossary term or the document says all in its key
            }
        }
        return words.stream().filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    /** All of an entry as text, for a conflict's values: its fields, then its lists. */
    static String render(Node node) {
        if (node.fields().isEmpty() && node.lists().values().stream().allMatch(List::isEmpty)) {
            return node.id();
        }
        List<String> parts = new ArrayList<>();
        node.fields().forEach((name, value) -> parts.add(name + ": " + value));
        node.lists().forEach((part, entries) -> {
            if (!entries.isEmpty()) {
                parts.add(part.name() + ": [" + entries.stream().map(Wording::render).collect(Collectors.joining(" | ")) + "]");
            }
        });
        return String.join("; ", parts);
    }

    /** Names drafts in a sentence: "alice", "alice and bob", "alice, bob and carol". */
    static String names(List<String> drafts) {
        if (drafts.size() <= 1) {
            return String.join("", drafts);
        }
        return String.join(", ", drafts.subList(0, drafts.size() - 1)) + " and " + drafts.getLast();
    }

    private static String condition(Node branch) {
        if (branch.field("term") != null) {
            return "when " + branch.field("term");
        }
        if (branch.field("when") != null) {
            return "when " + branch.field("when");
        }
        return "true".equals(branch.field("else")) ? "otherwise" : null;
    }

    private static String quoted(String text) {
        return text == null ? null : "\"" + show(text) + "\"";
    }
}
