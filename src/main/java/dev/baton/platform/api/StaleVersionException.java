package dev.baton.platform.api;

/** If-Match named a version that is no longer current: 412. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, long current) {
        super("The " + what + " was changed by someone else; its current version is " + current
                + ". Read it again and repeat the change.");
    }
}
