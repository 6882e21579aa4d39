package dev.baton.processes.web;

import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.Lane;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A change to the shape of the editor's form, named by the button pressed: {@code add-step},
 * {@code remove-step:2}, {@code up:2}, {@code down:2}, {@code add-branch:2}, {@code remove-branch:2:1},
 * {@code add-lane}, {@code remove-lane:0}, {@code add-stakeholder}, {@code remove-stakeholder:0}, or
 * {@code refresh} (a step's type changed, so its fields do).
 */
final class FormEdit {

    private FormEdit() {
    }

    static DocumentForm apply(DocumentForm form, String op) {
        String[] parts = (op == null || op.isBlank() ? "refresh" : op).split(":");
        int i = parts.length > 1 ? index(op, parts[1]) : -1;
        return switch (parts[0]) {
            case "refresh" -> form;
            case "add-step" -> form.withSteps(added(form.steps(), newStep(form)));
            case "remove-step" -> form.withSteps(removed(form.steps(), i, op));
            case "up" -> form.withSteps(swapped(form.steps(), i - 1));
            case "down" -> form.withSteps(swapped(form.steps(), i));
            case "add-branch" -> form.withSteps(changed(form.steps(), i, op, StepForm::withBranchAdded));
            case "remove-branch" -> form.withSteps(changed(form.steps(), i, op,
                    s -> s.withBranches(removed(s.branches(), parts.length > 2 ? index(op, parts[2]) : -1, op))));
            case "add-lane" -> form.withLanes(added(form.lanes(), new DocumentForm.LaneForm(null, null, Lane.ROLE)));
            case "remove-lane" -> form.withLanes(removed(form.lanes(), i, op));
            case "add-stakeholder" -> form.withStakeholders(added(form.stakeholders(), new DocumentForm.StakeholderForm(null, "C")));
            case "remove-stakeholder" -> form.withStakeholders(removed(form.stakeholders(), i, op));
            default -> throw new InvalidInputException("op", op, "is not a change the editor knows");
        };
    }

    /** A new step at the end: the first is the trigger, the others tasks, in the lane of the step before or the first lane. */
    private static StepForm newStep(DocumentForm form) {
        List<String> keys = form.stepKeys();
        int n = form.steps().size() + 1;
        while (keys.contains("step-" + n)) {
            n++;
        }
        String lane = form.steps().isEmpty() ? null : Text.orNull(form.steps().getLast().lane());
        if (lane == null && !form.laneKeys().isEmpty()) {
            lane = form.laneKeys().getFirst();
        }
        return StepForm.blank("step-" + n, form.steps().isEmpty() ? Step.TRIGGER : Step.TASK, lane);
    }

    private static int index(String op, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("op", op, "names no position");
        }
    }

    private static <T> List<T> added(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    private static <T> List<T> removed(List<T> list, int i, String op) {
        check(list, i, op);
        List<T> fewer = new ArrayList<>(list);
        fewer.remove(i);
        return fewer;
    }

    /** Swaps the item at {@code i} with the one after it; at either end nothing moves. */
    private static <T> List<T> swapped(List<T> list, int i) {
        if (i < 0 || i + 1 >= list.size()) {
            return list;
        }
        List<T> moved = new ArrayList<>(list);
        moved.set(i, list.get(i + 1));
        moved.set(i + 1, list.get(i));
        return moved;
    }

    private static List<StepForm> changed(List<StepForm> steps, int i, String op, UnaryOperator<StepForm> change) {
        check(steps, i, op);
        List<StepForm> changed = new ArrayList<>(steps);
        changed.set(i, change.apply(steps.get(i)));
        return changed;
    }

    private static void check(List<?> list, int i, String op) {
        if (i < 0 || i >= list.size()) {
            throw new InvalidInputException("op", op, "names a position the form does not have (0 to " + (list.size() - 1) + ")");
        }
    }
}
