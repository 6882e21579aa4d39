package dev.baton.processes;

/** A process document in lists and in the hierarchy: what its newest version says and its published number, if any. */
public record ProcessSummary(String key, String name, String level, String parent, String owner, String kind, Integer published) {
}
