package dev.baton.platform.api;

/** The request clashes with the current state, e.g. a duplicate or an illegal transition: 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
