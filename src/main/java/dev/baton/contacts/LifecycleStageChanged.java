package dev.baton.contacts;

import java.time.Instant;
import java.util.UUID;

/** A person moved from one lifecycle stage to another (from is null for a new person). */
public record LifecycleStageChanged(UUID person, String from, String to, String by, Instant at) {
}
