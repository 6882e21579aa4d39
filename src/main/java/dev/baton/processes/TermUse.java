package dev.baton.processes;

/** Where a glossary term is used: a document that lists it, a gate of a document that tests it, or a saved search. */
public record TermUse(String kind, String document, String documentName, Integer version, String step, String stepName) {
}
