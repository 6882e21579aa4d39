package dev.baton.platform.api;

/** What is wrong with one field of a request: the field, the value given and what is allowed. */
public record FieldProblem(String field, String value, String message) {
}
