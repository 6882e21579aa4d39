package dev.baton.automation.workflow;

import org.flowable.engine.delegate.DelegateExecution;

/**
 * The idempotency key of a workflow step's side effect on one visit: {@code workflow:<run>:<step>:<visit>}.
 * A run counts its visits of each step in a process variable, set in the transaction of the step's
 * job: a job that fails and is retried rolls the count back with everything else and keeps its key,
 * while a loop that brings the run back to the step makes a new visit and a new key (a nurture loop
 * sends its email each time round). Flowable 8 gives a delegate no activity instance id to use instead.
 */
final class StepVisits {

    /** The name of the variable counting a step's visits. */
    static String variable(String step) {
        return "visits." + step;
    }

    private StepVisits() {
    }

    /** Counts this visit of the execution's current step and returns its key. */
    static String key(DelegateExecution execution) {
        String step = execution.getCurrentActivityId();
        Object counted = execution.getVariable(variable(step));
        int visit = (counted instanceof Number n ? n.intValue() : 0) + 1;
        execution.setVariable(variable(step), visit);
        return "workflow:" + execution.getProcessInstanceId() + ":" + step + ":" + visit;
    }
}
