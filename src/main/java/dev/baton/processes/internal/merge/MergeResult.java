package dev.baton.processes.internal.merge;

import dev.baton.processes.ProcessDocument;
import java.util.List;

/** The outcome of merging drafts into a base: the merged document, what is left to decide and what was taken. */
public record MergeResult(ProcessDocument document, List<Conflict> conflicts, List<AppliedChange> applied) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
        applied = List.copyOf(applied);
    }

    /** True when nothing is left for a person to decide. */
    public boolean clean() {
        return conflicts.isEmpty();
    }
}
