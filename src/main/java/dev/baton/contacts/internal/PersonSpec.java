package dev.baton.contacts.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.baton.contacts.Address;

/** The editable part of a person, as a caller writes it. */
public record PersonSpec(String firstName, String lastName, String salutation, String pronouns, List<String> emails,
        List<PhoneSpec> phones, Address address, UUID owner, String lifecycleStage, Map<String, Object> custom,
        List<EmploymentSpec> organisations) {

    /** A phone number as typed, and its kind. */
    public record PhoneSpec(String number, String kind) {
    }

    /** Works at an organisation, with a title; at most one is primary. */
    public record EmploymentSpec(UUID organisation, String title, Boolean primary) {
    }

    /** What only a new person carries: where they came from, their consent and first tags. */
    public record Arrival(String source, String sourceDetail, String emailConsent, String consentSource, List<String> tags) {
        public static final Arrival DIRECT = new Arrival("direct", null, null, null, List.of());
    }
}
