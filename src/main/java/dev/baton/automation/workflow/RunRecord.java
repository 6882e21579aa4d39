package dev.baton.automation.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a run is about: {@code key} is the record there is one run per (a person, or a deal for a
 * process about deals), with the person and the deal its steps work on.
 */
record RunRecord(UUID key, UUID person, UUID deal) {

    static RunRecord ofPerson(UUID person) {
        return new RunRecord(person, person, null);
    }

    static RunRecord ofDeal(UUID deal, UUID person) {
        return new RunRecord(deal, person, deal);
    }

    /** The variables a run starts with. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        if (person != null) {
            variables.put(WorkflowCompiler.PERSON, person.toString());
        }
        if (deal != null) {
            variables.put(WorkflowCompiler.DEAL, deal.toString());
        }
        return variables;
    }
}
