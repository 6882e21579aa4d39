package dev.baton.automation.workflow;

import java.util.List;
import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import dev.baton.segments.Searches;

/**
 * Decides a gate's branches for the record a run is about: a glossary term is the query
 * {@code term "key"}, so a gate means by "MQL" what a saved search and a report mean by it. A run
 * about a deal asks it of the deal's people (any of them).
 */
@Component(WorkflowCompiler.GATES)
public class WorkflowGates {

    private final Searches searches;
    private final RunRecords records;

    WorkflowGates(Searches searches, RunRecords records) {
        this.searches = searches;
        this.records = records;
    }

    /** True when the run's person meets the glossary term's criterion. */
    public boolean term(DelegateExecution execution, String term) {
        return query(execution, "term \"" + term + "\"");
    }

    /** True when the run's person matches a query over people. */
    public boolean query(DelegateExecution execution, String query) {
        List<UUID> people = records.people(execution);
        return !people.isEmpty() && !searches.matchingPeople(query, people).isEmpty();
    }
}
