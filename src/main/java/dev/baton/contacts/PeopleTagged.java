package dev.baton.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tag was applied to people who did not have it (published in batches of at most 1,000). */
public record PeopleTagged(String tag, List<UUID> people, String by, Instant at) {
}
