package dev.baton.processes.internal.bpmn;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out the ids of one BPMN file: each an XML NCName (so it is a valid {@code xsd:ID}) made from
 * a readable base such as a step key, and unique across the whole file, diagram included.
 */
final class BpmnIds {

    private final Set<String> taken = new HashSet<>();

    /** An id as close to {@code base} as an NCName allows, numbered when it is already taken. */
    String next(String base) {
        String id = ncName(base);
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "_" + n;
        }
        return candidate;
    }

    /** ASCII letters, digits, '.', '-' and '_' only, starting with a letter or '_'. */
    static String ncName(String base) {
        StringBuilder id = new StringBuilder();
        String text = base == null || base.isEmpty() ? "_" : base;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
            id.append(allowed ? c : '_');
        }
        char first = id.charAt(0);
        if (!(first < 128 && Character.isLetter(first)) && first != '_') {
            id.insert(0, '_');
        }
        return id.toString();
    }
}
