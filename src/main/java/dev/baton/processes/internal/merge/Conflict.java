package dev.baton.processes.internal.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A place where drafts disagree, left for a person to decide; until then the merged document keeps the base.
 *
 * @param id          stable for the same base and drafts, to post a resolution back with
 * @param subject     what kind of thing it is about
 * @param key         its key, as in {@link Change#key()}
 * @param field       as in {@link Change#field()}; {@code ""} when drafts disagree on the whole thing
 * @param base        the base's value as text, null when the base has none
 * @param values      each disagreeing draft's value by draft name, null where the draft removed it
 * @param description one line a person reads
 */
public record Conflict(String id, Subject subject, String key, String field, String base, Map<String, String> values,
        String description) {

    public Conflict {
        // a draft that removed the thing has no value: kept as a null entry, which Map.copyOf refuses
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
