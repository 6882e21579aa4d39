package dev.baton.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An organisation was created (changes from null) or fields of it changed, before and after. */
public record OrganisationChanged(UUID organisation, Map<String, List<Object>> changes, String by, Instant at) {
}
