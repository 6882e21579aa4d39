package dev.baton.processes.internal.merge;

import java.util.Locale;

/**
 * Where in a document a node sits, as changes and conflicts name it: the subject and key, the prefix of
 * its fields (a branch's fields are {@code branches[to=nurture].…} of its step) and how a person calls it.
 */
record Place(Subject subject, String key, String prefix, String what) {

    static Place document(String key) {
        return new Place(Subject.DOCUMENT, key, "", Subject.DOCUMENT.label());
    }

    /** The place of an entry of one of this node's lists; entries below the top level are addressed through their owner. */
    Place child(Part part, String id) {
        if (subject == Subject.DOCUMENT) {
            return new Place(part.subject(), id, "", part.subject().label() + " " + id);
        }
        return new Place(part.subject(), key, prefix + part.name() + "[" + id + "].",
                what + ", " + Wording.entry(part, id));
    }

    String field(String name) {
        return prefix + name;
    }

    /** The field that names this node as a whole: "" at the top level, {@code branches[to=nurture]} below. */
    String self() {
        return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
    }

    /** Derived from what it is about alone, so the same inputs give the same id on every call. */
    String conflictId(String field) {
        return subject.name().toLowerCase(Locale.ROOT) + ":" + key + (field.isEmpty() ? "" : ":" + field);
    }
}
