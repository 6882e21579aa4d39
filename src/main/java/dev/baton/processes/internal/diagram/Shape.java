package dev.baton.processes.internal.diagram;

import dev.baton.processes.Step;

/** The BPMN shape a step is drawn as; {@link #id()} is what the SVG's {@code data-shape} says. */
enum Shape {
    START_EVENT, GOAL_EVENT, TIMER_EVENT, END_EVENT, USER_TASK, SERVICE_TASK, SUBPROCESS, EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY, TASK;

    /**
     * The shape of a step. A trigger that opens the document starts the process; a trigger later on is a
     * goal the process waits to catch. A step of no known type is a plain task.
     */
    static Shape of(Step step, boolean firstStep) {
        return switch (step.type() == null ? "" : step.type()) {
            case Step.TRIGGER -> firstStep ? START_EVENT : GOAL_EVENT;
            case Step.WAIT -> TIMER_EVENT;
            case Step.EXIT -> END_EVENT;
            case Step.TASK -> USER_TASK;
            case Step.ACTION -> SERVICE_TASK;
            case Step.SUBPROCESS -> SUBPROCESS;
            case Step.GATE -> EXCLUSIVE_GATEWAY;
            case Step.PARALLEL, Step.JOIN -> PARALLEL_GATEWAY;
            default -> TASK;
        };
    }

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    boolean isEvent() {
        return this == START_EVENT || this == GOAL_EVENT || this == TIMER_EVENT || this == END_EVENT;
    }

    boolean isGateway() {
        return this == EXCLUSIVE_GATEWAY || this == PARALLEL_GATEWAY;
    }

    /** Whether the name goes under the shape rather than inside it. */
    boolean labelledBelow() {
        return isEvent() || isGateway();
    }
}
