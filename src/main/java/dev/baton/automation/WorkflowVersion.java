package dev.baton.automation;

import java.time.Instant;

/** A version of a workflow-kind document deployed to the engine: what starts new work on it, and how many runs are going. */
public record WorkflowVersion(String document, String name, int version, String trigger, Instant publishedAt, long running) {
}
