package dev.baton.processes.internal.merge;

/**
 * One difference between two versions of a process document, field by field.
 *
 * @param subject     what kind of thing changed
 * @param key         its key: the step's, lane's or term's key, a stakeholder's role, the document's key for a
 *                    header field; for a branch, the key of its step
 * @param field       the field ({@code sla}, {@code with.template}, {@code reads},
 *                    {@code branches[to=nurture].term}); {@code ""} when the whole thing was added or removed,
 *                    {@code position} when it moved
 * @param kind        added, removed, changed or moved
 * @param oldValue    the value before as text, null when there was none
 * @param newValue    the value after as text, null when there is none
 * @param description one line a person reads: "Step qualify-call: SLA changed from 1 business day to 4 hours"
 */
public record Change(Subject subject, String key, String field, Kind kind, String oldValue, String newValue, String description) {

    /** How a thing changed; {@code MOVED} is a lane, step or branch whose place among its neighbours changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED
    }
}
