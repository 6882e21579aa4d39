package dev.baton.tasks.internal;

import java.util.ArrayList;
import java.util.List;

import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

/** Collects every problem with a request, so that one answer names them all. */
final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    Problems add(String field, Object value, String message) {
        found.add(new FieldProblem(field, value == null ? null : String.valueOf(value), message));
        return this;
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
