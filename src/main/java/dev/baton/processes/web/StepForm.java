package dev.baton.processes.web;

import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One step as the editor's fields, all text: {@code with} one setting a line, {@code reads},
 * {@code writes} and {@code shared} with commas between the names.
 */
record StepForm(String key, String type, String lane, String name, String event, String value, String action, String with,
        String duration, String until, String instructions, String sla, String template, String process, String outcome,
        String reads, String writes, String shared, String next, List<BranchForm> branches) {

    /** The fields each type of step is written with; any other field shows only when it holds something. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            Step.TRIGGER, Set.of("event", "value"),
            Step.TASK, Set.of("instructions", "sla", "template"),
            Step.ACTION, Set.of("action", "with"),
            Step.WAIT, Set.of("duration", "until"),
            Step.GATE, Set.of("branches"),
            Step.PARALLEL, Set.of("branches"),
            Step.SUBPROCESS, Set.of("process"),
            Step.EXIT, Set.of("outcome"));

    StepForm {
        branches = branches == null ? List.of() : branches.stream().filter(Objects::nonNull).toList();
    }

    static StepForm of(Step s) {
        return new StepForm(s.key(), s.type(), s.lane(), s.name(), s.event(), s.value(), s.action(), Text.settings(s.with()),
                s.duration(), s.until(), s.instructions(), s.sla(), s.template(), s.process(), s.outcome(), Text.words(s.reads()),
                Text.words(s.writes()), Text.words(s.shared()), s.next(), s.branches().stream().map(BranchForm::of).toList());
    }

    static StepForm blank(String key, String type, String lane) {
        return new StepForm(key, type, lane, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, type.equals(Step.GATE) || type.equals(Step.PARALLEL) ? List.of(BranchForm.empty(), BranchForm.empty()) : null);
    }

    Step step() {
        return new Step(Text.orNull(key), Text.orNull(type), Text.orNull(lane), Text.orNull(name), Text.orNull(event), Text.orNull(value),
                Text.orNull(action), Text.settings(with), Text.orNull(duration), Text.orNull(until), Text.orNull(instructions),
                Text.orNull(sla), Text.orNull(template), Text.orNull(process), branches.stream().map(BranchForm::branch).toList(),
                Text.orNull(outcome), Text.words(reads), Text.words(writes), Text.words(shared), Text.orNull(next));
    }

    /**
     * Whether the editor shows a field: the step's type is written with it, or it holds something that
     * must not be lost. The methods the templates call are public.
     */
    public boolean shows(String field) {
        if (FIELDS.getOrDefault(type == null ? "" : type, Set.of()).contains(field)) {
            return true;
        }
        return switch (field) {
            case "event" -> event != null && !event.isBlank();
            case "value" -> value != null && !value.isBlank();
            case "action" -> action != null && !action.isBlank();
            case "with" -> with != null && !with.isBlank();
            case "duration" -> duration != null && !duration.isBlank();
            case "until" -> until != null && !until.isBlank();
            case "instructions" -> instructions != null && !instructions.isBlank();
            case "sla" -> sla != null && !sla.isBlank();
            case "template" -> template != null && !template.isBlank();
            case "process" -> process != null && !process.isBlank();
            case "outcome" -> outcome != null && !outcome.isBlank();
            case "branches" -> !branches.isEmpty();
            case "next" -> !Step.EXIT.equals(type) && !Step.GATE.equals(type) && !Step.PARALLEL.equals(type)
                    || next != null && !next.isBlank();
            default -> false;
        };
    }

    /** Whether the details (fields read and written, sharing, an explicit next step) hold anything, to open them. */
    public boolean hasDetails() {
        return Text.orNull(reads) != null || Text.orNull(writes) != null || Text.orNull(shared) != null || Text.orNull(next) != null;
    }

    StepForm withBranches(List<BranchForm> newBranches) {
        return new StepForm(key, type, lane, name, event, value, action, with, duration, until, instructions, sla, template, process,
                outcome, reads, writes, shared, next, newBranches);
    }

    StepForm withBranchAdded() {
        List<BranchForm> more = new ArrayList<>(branches);
        more.add(BranchForm.empty());
        return withBranches(more);
    }
}
