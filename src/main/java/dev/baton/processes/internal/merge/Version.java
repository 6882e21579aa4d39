package dev.baton.processes.internal.merge;

/** A draft's version of one node. */
record Version(String draft, Node node) {
}
