package dev.baton.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tag was removed from people who had it (published in batches of at most 1,000). */
public record PeopleUntagged(String tag, List<UUID> people, String by, Instant at) {
}
