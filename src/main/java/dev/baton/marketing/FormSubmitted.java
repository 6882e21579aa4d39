package dev.baton.marketing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Someone submitted a form; {@code newPerson} when the submission created them. */
public record FormSubmitted(String form, UUID person, boolean newPerson, Map<String, String> fields, Instant at) {
}
