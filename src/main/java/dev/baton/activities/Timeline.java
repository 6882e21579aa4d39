package dev.baton.activities;

import java.util.List;
import java.util.UUID;

/** How any module writes to the timeline. */
public interface Timeline {

    /** Writes one entry; returns its id. */
    UUID record(NewActivity activity);

    /** Writes many entries in one statement (imports, bulk changes). */
    int recordAll(List<NewActivity> activities);
}
