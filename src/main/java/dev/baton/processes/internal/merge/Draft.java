package dev.baton.processes.internal.merge;

import dev.baton.processes.ProcessDocument;
import java.util.Objects;

/** A change to a process document drafted in isolation, named for who drafted it or what it is for. */
public record Draft(String name, ProcessDocument document) {

    public Draft {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A draft needs a name");
        }
        if (ThreeWayMerge.BASE.equals(name)) {
            throw new IllegalArgumentException("A draft cannot be called \"" + ThreeWayMerge.BASE + "\": that name stands for the base");
        }
        Objects.requireNonNull(document, "draft " + name + " has no document");
    }
}
