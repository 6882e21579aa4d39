package dev.baton.automation.workflow;

import java.util.List;

/** A document that cannot run as a workflow, and why. */
class WorkflowCompileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    WorkflowCompileException(String document, List<String> problems) {
        super("The process " + document + " cannot run as a workflow: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
