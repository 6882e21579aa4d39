package dev.baton.activities;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of timeline entry. */
public enum ActivityType {
    EMAIL, CALL, MEETING, NOTE, FORM, WEB_VISIT, ORDER, INVOICE, CASE, TASK, STAGE_CHANGE, TAG_CHANGE, FIELD_CHANGE,
    CONSENT_CHANGE;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<ActivityType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    /** The kinds a person logs by hand; the others are written by Baton's modules. */
    public boolean loggedByPeople() {
        return this == EMAIL || this == CALL || this == MEETING || this == NOTE;
    }
}
