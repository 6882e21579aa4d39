package dev.baton.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fields of a person changed: each field with its value before and after. */
public record PersonChanged(UUID person, Map<String, List<Object>> changes, String by, Instant at) {
}
