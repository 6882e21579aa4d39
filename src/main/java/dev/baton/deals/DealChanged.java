package dev.baton.deals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A deal's fields were changed: each changed field with its old and new value (custom fields as custom.&lt;key&gt;). */
public record DealChanged(UUID deal, String name, UUID organisation, List<UUID> people, Map<String, List<Object>> changes,
        String by, Instant at) {
}
