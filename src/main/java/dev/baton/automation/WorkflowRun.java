package dev.baton.automation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of a workflow for a record: the document version it runs on (it stays on it), whether it
 * is going or ended and with which outcome, the steps it waits at, the inbox tasks it waits for and
 * every step it went through. Step keys are the document's; the engine adds {@code <task>-sla} and
 * {@code <task>-escalate} for an SLA that passed, and {@code <step>-end} where a document ends without an exit.
 */
public record WorkflowRun(String id, String document, String name, int version, UUID record, String state, Instant startedAt,
        Instant endedAt, String outcome, List<String> waitingAt, List<OpenTask> tasks, List<StepVisit> steps) {

    /** A task in the tasks inbox that the run waits for. */
    public record OpenTask(String step, UUID task) {
    }

    /** A step the run reached, and when it left it (null while it is there). */
    public record StepVisit(String step, String type, Instant startedAt, Instant endedAt) {
    }
}
