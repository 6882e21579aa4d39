package dev.baton.tasks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** How urgent a task is, from low to urgent. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    /** The name used in the API and in the database. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
