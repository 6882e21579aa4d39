package dev.baton.processes.internal.bpmn;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Turns the names and ids another modeler chose into Baton keys: lower-case words joined by dashes, unique. */
final class Slugs {

    private final Set<String> taken = new HashSet<>();

    /** The slug of {@code text}, or of {@code fallback} when that gives nothing, numbered when already taken. */
    String next(String text, String fallback) {
        String slug = slug(text);
        if (slug.isEmpty()) {
            slug = slug(fallback);
        }
        if (slug.isEmpty()) {
            slug = "unnamed";
        }
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    /** Keeps a key that is already chosen from being handed out again. */
    void reserve(String key) {
        taken.add(key);
    }

    /** {@code "Qualify the Lead"} and {@code "qualifyTheLead"} both give {@code qualify-the-lead}. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = plain.replaceAll("([a-z0-9])([A-Z])", "$1-$2");
        return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
