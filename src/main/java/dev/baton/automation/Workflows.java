package dev.baton.automation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of workflows: what is deployed, the runs about a record, and a run started by hand. */
public interface Workflows {

    /** The newest deployed version of every workflow, with how many runs are going on each document. */
    List<WorkflowVersion> deployed();

    /** The runs about a record (a person or a deal), newest first, with the steps each went through. */
    List<WorkflowRun> runs(UUID record);

    /**
     * Starts a run of a published workflow for a person or a deal (a deal's run is about the deal);
     * empty when that record has a run of the document going already.
     */
    Optional<WorkflowRun> start(String document, UUID person, UUID deal);
}
