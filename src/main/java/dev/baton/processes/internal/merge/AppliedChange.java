package dev.baton.processes.internal.merge;

import java.util.List;

/** A change a merge took into the merged document, and the drafts that made it. */
public record AppliedChange(Change change, List<String> drafts) {

    public AppliedChange {
        drafts = List.copyOf(drafts);
    }
}
