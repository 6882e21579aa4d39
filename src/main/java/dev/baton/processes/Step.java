package dev.baton.processes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a process, in a lane. What a step holds depends on its type:
 * <ul>
 * <li>{@code trigger} — {@code event} (one of: form_submitted, tag_applied, tag_removed, stage_changed,
 *     field_changed, deal_stage_changed, task_completed, date_reached, entered_search, goal, manual,
 *     link_clicked) and its {@code value} (the form, tag, stage …; for link_clicked an email template, or
 *     empty for any email the process sends). A trigger after the first step is a goal.</li>
 * <li>{@code task} — work for the lane's role: {@code instructions}, {@code sla}, {@code template}.</li>
 * <li>{@code action} — automated: {@code action} (email, tag, untag, set_field, stage, create_task,
 *     notify, webhook, create_deal, start_process, assign_owner) with its settings in {@code with}.</li>
 * <li>{@code wait} — {@code duration} ("2 days", "1 business day", P3D) or {@code until} (a date field
 *     or a time of day).</li>
 * <li>{@code gate} — {@code branches} with conditions; {@code parallel} — {@code branches} all taken;
 *     {@code join} — waits for every branch of its split.</li>
 * <li>{@code subprocess} — {@code process}: another document's key.</li>
 * <li>{@code exit} — {@code outcome}: completed, won, lost, disqualified, recycled.</li>
 * </ul>
 * Every step but an exit, a gate and a split goes on to {@code next}, or when that is empty to the
 * step after it in the list. {@code reads} and {@code writes} name the fields the step uses
 * ({@code person.email}, {@code custom.budget}, {@code deal.amount}). {@code sla} on a step that
 * another lane's step hands to is the hand-off's allowance. {@code shared} names further lanes a
 * step is shared with, which leaves it without a single owner.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"key", "type", "lane", "name", "event", "value", "action", "with", "duration", "until", "instructions", "sla",
        "template", "process", "branches", "outcome", "reads", "writes", "shared", "next"})
public record Step(String key, String type, String lane, String name, String event, String value, String action,
        Map<String, String> with, String duration, String until, String instructions, String sla, String template,
        String process, List<Branch> branches, String outcome, List<String> reads, List<String> writes, List<String> shared,
        String next) {

    public static final String TRIGGER = "trigger";
    public static final String TASK = "task";
    public static final String ACTION = "action";
    public static final String WAIT = "wait";
    public static final String GATE = "gate";
    public static final String PARALLEL = "parallel";
    public static final String JOIN = "join";
    public static final String SUBPROCESS = "subprocess";
    public static final String EXIT = "exit";
    public static final List<String> TYPES = List.of(TRIGGER, TASK, ACTION, WAIT, GATE, PARALLEL, JOIN, SUBPROCESS, EXIT);
    public static final List<String> OUTCOMES = List.of("completed", "won", "lost", "disqualified", "recycled");

    public Step {
        with = with == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(with));
        branches = branches == null ? List.of() : List.copyOf(branches);
        reads = reads == null ? List.of() : List.copyOf(reads);
        writes = writes == null ? List.of() : List.copyOf(writes);
        shared = shared == null ? List.of() : List.copyOf(shared);
    }

    /** A step with the essentials; the rest is filled in with the {@code with…} methods. */
    public static Step of(String key, String type, String lane, String name) {
        return new Step(key, type, lane, name, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public static Step trigger(String key, String lane, String name, String event, String value) {
        return of(key, TRIGGER, lane, name).withEvent(event, value);
    }

    public static Step task(String key, String lane, String name, String instructions, String sla) {
        return new Step(key, TASK, lane, name, null, null, null, null, null, null, instructions, sla, null, null, null, null, null,
                null, null, null);
    }

    public static Step action(String key, String lane, String name, String action, Map<String, String> with) {
        return new Step(key, ACTION, lane, name, null, null, action, with, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public static Step waitFor(String key, String lane, String name, String duration) {
        return new Step(key, WAIT, lane, name, null, null, null, null, duration, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public static Step gate(String key, String lane, String name, List<Branch> branches) {
        return new Step(key, GATE, lane, name, null, null, null, null, null, null, null, null, null, null, branches, null, null,
                null, null, null);
    }

    public static Step exit(String key, String lane, String name, String outcome) {
        return new Step(key, EXIT, lane, name, null, null, null, null, null, null, null, null, null, null, null, outcome, null,
                null, null, null);
    }

    public Step withEvent(String newEvent, String eventValue) {
        return new Step(key, type, lane, name, newEvent, eventValue, action, with, duration, until, instructions, sla, template,
                process, branches, outcome, reads, writes, shared, next);
    }

    public Step withNext(String step) {
        return new Step(key, type, lane, name, event, value, action, with, duration, until, instructions, sla, template, process,
                branches, outcome, reads, writes, shared, step);
    }

    public Step withFields(List<String> read, List<String> written) {
        return new Step(key, type, lane, name, event, value, action, with, duration, until, instructions, sla, template, process,
                branches, outcome, read, written, shared, next);
    }

    public Step withName(String newName) {
        return new Step(key, type, lane, newName, event, value, action, with, duration, until, instructions, sla, template, process,
                branches, outcome, reads, writes, shared, next);
    }

    public Step withLane(String newLane) {
        return new Step(key, type, newLane, name, event, value, action, with, duration, until, instructions, sla, template, process,
                branches, outcome, reads, writes, shared, next);
    }

    public Step withSla(String newSla) {
        return new Step(key, type, lane, name, event, value, action, with, duration, until, instructions, newSla, template, process,
                branches, outcome, reads, writes, shared, next);
    }

    public Step withTemplate(String newTemplate) {
        return new Step(key, type, lane, name, event, value, action, with, duration, until, instructions, sla, newTemplate, process,
                branches, outcome, reads, writes, shared, next);
    }

    public Step withProcess(String newProcess) {
        return new Step(key, type, lane, name, event, value, action, with, duration, until, instructions, sla, template, newProcess,
                branches, outcome, reads, writes, shared, next);
    }

    public Step withShared(List<String> lanes) {
        return new Step(key, type, lane, name, event, value, action, with, duration, until, instructions, sla, template, process,
                branches, outcome, reads, writes, lanes, next);
    }
}
