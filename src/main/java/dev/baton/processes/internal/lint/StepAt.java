package dev.baton.processes.internal.lint;

import dev.baton.processes.Step;

/** A step with its place in the document, for paths and messages. */
record StepAt(int index, Step step) {

    String where() {
        return "steps[" + index + "]";
    }

    String where(String field) {
        return where() + "." + field;
    }

    String key() {
        return step.key();
    }

    /** How a message names the step: its name and key, {@code "Call the lead" (qualify-call)}. */
    String label() {
        return label(step, index);
    }

    static String label(Step step, int index) {
        boolean named = step.name() != null && !step.name().isBlank();
        boolean keyed = step.key() != null && !step.key().isBlank();
        if (named && keyed) {
            return "\"" + step.name().strip() + "\" (" + step.key() + ")";
        }
        if (named) {
            return "\"" + step.name().strip() + "\" (steps[" + index + "])";
        }
        return keyed ? step.key() : "the step at steps[" + index + "]";
    }
}
