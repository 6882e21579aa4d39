package dev.baton.platform.api;

import java.util.List;

/** A request the record's state does not allow now (409), optionally with the reasons one by one. */
public class ConflictException extends RuntimeException {

    private final List<?> errors;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<?> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** What stands in the way, item by item (lint problems, merge conflicts …); empty when the message says it all. */
    public List<?> errors() {
        return errors;
    }
}
