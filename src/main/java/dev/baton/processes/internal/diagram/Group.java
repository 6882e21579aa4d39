package dev.baton.processes.internal.diagram;

import java.util.Map;

/**
 * A part of the drawing that belongs together: its {@code data-} attributes (name without the prefix),
 * a tooltip and a link, any of which may be empty.
 */
record Group(Map<String, String> data, String title, String href) {

    Group {
        data = data == null ? Map.of() : data;
    }

    static Group of(Map<String, String> data) {
        return new Group(data, null, null);
    }
}
