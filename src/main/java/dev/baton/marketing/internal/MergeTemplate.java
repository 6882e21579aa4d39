package dev.baton.marketing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A logic-less template: text with merge fields. It can show a value ({@code {{person.first_name}}}),
 * a value or a fallback ({@code {{person.first_name | "there"}}}), a part only when a value is
 * there ({@code {{#deal.name}}…{{/deal.name}}}) or only when it is not ({@code {{^…}}…{{/…}}}), and
 * comments ({@code {{! … }}}). Nothing else: no loops, no calls, no includes, so a template can do
 * no more than read the fields it is given. In HTML every value is escaped.
 */
public final class MergeTemplate {

    /** A problem in a template's text, at a 1-based line and column. */
    public static final class SyntaxProblem extends RuntimeException {

        private final int line;
        private final int column;

        SyntaxProblem(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** A merge field used by a template, where it first appears. */
    public record FieldUse(String path, int line, int column) {
    }

    private sealed interface Node permits Text, Value, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Value(String path, String fallback, int line, int column) implements Node {
    }

    private record Section(String path, boolean inverted, List<Node> body, int line, int column) implements Node {
    }

    private final List<Node> nodes;

    private MergeTemplate(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** Parses a template; a tag that does not read is a {@link SyntaxProblem} naming where. */
    public static MergeTemplate parse(String source) {
        return new MergeTemplate(new Parser(source == null ? "" : source).parse());
    }

    /** Every merge field the template reads, in order of first use. */
    public List<FieldUse> fields() {
        List<FieldUse> uses = new ArrayList<>();
        collect(nodes, uses);
        return uses;
    }

    private static void collect(List<Node> nodes, List<FieldUse> uses) {
        for (Node node : nodes) {
            switch (node) {
                case Value v -> add(uses, new FieldUse(v.path(), v.line(), v.column()));
                case Section s -> {
                    add(uses, new FieldUse(s.path(), s.line(), s.column()));
                    collect(s.body(), uses);
                }
                case Text t -> { }
            }
        }
    }

    private static void add(List<FieldUse> uses, FieldUse use) {
        if (uses.stream().noneMatch(u -> u.path().equals(use.path()))) {
            uses.add(use);
        }
    }

    /** Renders with the values of {@code fields} (nested maps, read by dotted path); html escapes every value. */
    public String render(Map<String, ?> fields, boolean html) {
        StringBuilder out = new StringBuilder();
        render(nodes, path -> lookup(fields, path), html, out);
        return out.toString();
    }

    private static void render(List<Node> nodes, Function<String, Object> values, boolean html, StringBuilder out) {
        for (Node node : nodes) {
            switch (node) {
                case Text t -> out.append(t.text());
                case Value v -> {
                    String value = shown(values.apply(v.path()));
                    String text = value.isEmpty() && v.fallback() != null ? v.fallback() : value;
                    out.append(html ? escape(text) : text);
                }
                case Section s -> {
                    if (present(values.apply(s.path())) != s.inverted()) {
                        render(s.body(), values, html, out);
                    }
                }
            }
        }
    }

    static Object lookup(Map<String, ?> fields, String path) {
        Object current = fields;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof Boolean b && !b) && !shown(value).isEmpty();
    }

    private static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.util.Collection<?> many) {
            return String.join(", ", many.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads the template text, tracking lines and columns for its messages. */
    private static final class Parser {

        private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

        private final String source;
        private int position;

        Parser(String source) {
            this.source = source;
        }

        List<Node> parse() {
            List<Node> nodes = new ArrayList<>();
            Section open = parseInto(nodes, null);
            if (open != null) {
                throw new SyntaxProblem(open.line(), open.column(), "{{" + (open.inverted() ? "^" : "#") + open.path()
                        + "}} is never closed with {{/" + open.path() + "}}");
            }
            return nodes;
        }

        /** Parses until the end, or until the closing tag of {@code section}; returns the section still open at the end. */
        private Section parseInto(List<Node> nodes, Section section) {
            while (position < source.length()) {
                int start = source.indexOf("{{", position);
                if (start < 0) {
                    nodes.add(new Text(source.substring(position)));
                    position = source.length();
                    break;
                }
                if (start > position) {
                    nodes.add(new Text(source.substring(position, start)));
                }
                int end = source.indexOf("}}", start + 2);
                int line = line(start);
                int column = column(start);
                if (end < 0) {
                    throw new SyntaxProblem(line, column, "a tag opened with {{ is never closed with }}");
                }
                String tag = source.substring(start + 2, end).trim();
                position = end + 2;
                if (tag.startsWith("!")) {
                    continue;
                }
                if (tag.startsWith("#") || tag.startsWith("^")) {
                    String path = path(tag.substring(1).trim(), line, column);
                    List<Node> body = new ArrayList<>();
                    Section inner = new Section(path, tag.startsWith("^"), body, line, column);
                    Section stillOpen = parseInto(body, inner);
                    if (stillOpen != null) {
                        return stillOpen;
                    }
                    nodes.add(inner);
                    continue;
                }
                if (tag.startsWith("/")) {
                    String path = tag.substring(1).trim();
                    if (section == null) {
                        throw new SyntaxProblem(line, column, "{{/" + path + "}} closes nothing");
                    }
                    if (!section.path().equals(path)) {
                        throw new SyntaxProblem(line, column, "expected {{/" + section.path() + "}} to close the part opened at line "
                                + section.line() + ", found {{/" + path + "}}");
                    }
                    return null;
                }
                if (tag.startsWith("{") || tag.startsWith("&") || tag.startsWith(">") || tag.startsWith("=")) {
                    throw new SyntaxProblem(line, column, "{{" + tag.charAt(0) + " is not supported: templates show escaped values only");
                }
                int bar = tag.indexOf('|');
                if (bar < 0) {
                    nodes.add(new Value(path(tag, line, column), null, line, column));
                } else {
                    nodes.add(new Value(path(tag.substring(0, bar).trim(), line, column),
                            fallback(tag.substring(bar + 1).trim(), line, column), line, column));
                }
            }
            return section;
        }

        private static String path(String text, int line, int column) {
            if (!PATH.matcher(text).matches()) {
                throw new SyntaxProblem(line, column, text.isEmpty() ? "expected a merge field name inside {{ }}"
                        : "\"" + text + "\" is not a merge field name: lower-case words joined by dots, such as person.first_name");
            }
            return text;
        }

        private static String fallback(String text, int line, int column) {
            if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
                throw new SyntaxProblem(line, column, "expected a fallback in double quotes after |, such as | \"there\"");
            }
            return text.substring(1, text.length() - 1);
        }

        private int line(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private int column(int offset) {
            int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
            return offset - lineStart + 1;
        }
    }
}
