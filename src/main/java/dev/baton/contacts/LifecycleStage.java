package dev.baton.contacts;

/** A step of the configurable lifecycle (subscriber, lead, MQL … customer, dead), in order. */
public record LifecycleStage(String key, String name, int position) {
}
