package dev.baton.tasks;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a task still needs doing. */
public enum TaskStatus {
    OPEN, DONE;

    /** The name used in the API and in the database. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
