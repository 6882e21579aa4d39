package dev.baton.platform.demo;

import java.util.List;

/**
 * A module's part of the Arcadia Storage demo workspace. Parts load in {@link #order()} on the
 * first start of an empty database, each in its own transaction.
 */
public interface DemoData {

    /** Lower loads first; a part loads after the parts it refers to. */
    int order();

    void load();

    /** Lines for the start-up banner, e.g. the demo logins. */
    default List<String> banner() {
        return List.of();
    }
}
