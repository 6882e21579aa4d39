package dev.baton.contacts;

import java.time.Instant;
import java.util.UUID;

/** A person opted in to or out of a channel (email). */
public record ConsentChanged(UUID person, String channel, String status, String source, String by, Instant at) {
}
