package dev.baton.platform.api;

/** The thing asked for does not exist (or is not visible to the caller): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
