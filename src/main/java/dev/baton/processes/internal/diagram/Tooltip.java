package dev.baton.processes.internal.diagram;

import dev.baton.processes.Step;

/** The tooltip of a step: its name, what kind of step it is and what it says to do. */
final class Tooltip {

    private static final int INSTRUCTIONS = 280;

    private Tooltip() {
    }

    static String of(Step step, Shape shape) {
        StringBuilder text = new StringBuilder(StepFigure.name(step));
        String what = switch (shape) {
            case START_EVENT -> "Starts when: " + event(step);
            case GOAL_EVENT -> "Goal: " + event(step);
            case TIMER_EVENT -> "Wait " + (StepFigure.blank(step.duration()) ? "until " + or(step.until()) : step.duration());
            case END_EVENT -> "Ends" + (StepFigure.blank(step.outcome()) ? "" : ": " + step.outcome());
            case USER_TASK -> "Task" + (StepFigure.blank(step.sla()) ? "" : ", within " + step.sla());
            case SERVICE_TASK -> "Automated" + (StepFigure.blank(step.action()) ? "" : ": " + step.action());
            case SUBPROCESS -> "Runs the process " + or(step.process());
            case EXCLUSIVE_GATEWAY -> "Decision: one branch is taken";
            case PARALLEL_GATEWAY -> Step.JOIN.equals(step.type()) ? "Waits for every branch" : "Every branch is taken at once";
            case TASK -> "Step of unknown type " + or(step.type());
        };
        text.append('\n').append(what);
        if (!StepFigure.blank(step.instructions())) {
            String instructions = step.instructions().strip();
            text.append('\n').append(instructions.length() > INSTRUCTIONS
                    ? instructions.substring(0, INSTRUCTIONS).stripTrailing() + TextFit.ELLIPSIS : instructions);
        }
        return text.toString();
    }

    private static String event(Step step) {
        String event = or(step.event()).replace('_', ' ');
        return StepFigure.blank(step.value()) ? event : event + " " + step.value();
    }

    private static String or(String text) {
        return StepFigure.blank(text) ? "(not given)" : text;
    }
}
