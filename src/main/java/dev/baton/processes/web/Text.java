package dev.baton.processes.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the editor writes lists and settings into form fields and reads them back. */
final class Text {

    private Text() {
    }

    /**
     * Trimmed, with a browser's CRLF line ends made LF, or null when nothing is left: an empty field
     * means the value is not set.
     */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
    }

    /** Field names, glossary keys or lanes written with commas or spaces between them. */
    static List<String> words(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,\\s]+")).filter(w -> !w.isEmpty()).toList();
    }

    static String words(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** An action's settings, one {@code name: value} a line; a line without a colon names a setting with an empty value. */
    static Map<String, String> settings(String value) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (value == null) {
            return settings;
        }
        for (String line : value.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = (colon < 0 ? line : line.substring(0, colon)).strip();
            if (!name.isEmpty()) {
                settings.put(name, colon < 0 ? "" : line.substring(colon + 1).strip());
            }
        }
        return settings;
    }

    static String settings(Map<String, String> settings) {
        StringBuilder text = new StringBuilder();
        settings.forEach((name, v) -> text.append(text.isEmpty() ? "" : "\n").append(name).append(": ").append(v == null ? "" : v));
        return text.toString();
    }
}
