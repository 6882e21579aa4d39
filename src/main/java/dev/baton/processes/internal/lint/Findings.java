package dev.baton.processes.internal.lint;

import dev.baton.processes.LintProblem;
import java.util.ArrayList;
import java.util.List;

/** The problems found so far, in the order they were found. */
final class Findings {

    private final List<LintProblem> problems = new ArrayList<>();

    void error(String code, String where, String step, String message) {
        problems.add(LintProblem.error(code, where, step, message));
    }

    void warning(String code, String where, String step, String message) {
        problems.add(LintProblem.warning(code, where, step, message));
    }

    void error(String code, StepAt at, String field, String message) {
        error(code, field == null ? at.where() : at.where(field), at.key(), message);
    }

    void warning(String code, StepAt at, String field, String message) {
        warning(code, field == null ? at.where() : at.where(field), at.key(), message);
    }

    List<LintProblem> list() {
        return List.copyOf(problems);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether a value is one of the allowed ones; the lists of the model refuse to be asked about null. */
    static boolean oneOf(List<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }

    /** A value as a message quotes it, or "nothing" when there is none. */
    static String quote(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    static String or(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.getLast();
    }
}
