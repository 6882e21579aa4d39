package dev.baton.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person as Baton knows them: how to reach them, where they work, where they stand. */
public record Person(UUID id, String firstName, String lastName, String salutation, String pronouns,
        List<EmailAddress> emails, List<Phone> phones, Address address, UUID owner, String lifecycleStage,
        Instant lifecycleChangedAt, Source source, Consent consent, List<String> tags, Map<String, Object> custom,
        List<Employment> organisations, long version, Instant createdAt, Instant updatedAt) {

    /** An email address; the first is the primary one. */
    public record EmailAddress(String address, boolean primary) {
    }

    /** A phone number in E.164 with what was typed, and its kind (work, mobile, home, other). */
    public record Phone(String number, String typed, String kind) {
    }

    /** Where the person first came from; set at the first contact and never overwritten. */
    public record Source(String original, String detail, Instant at) {
    }

    /** Email consent: unknown, opted_in or opted_out, with when and how it was given. */
    public record Consent(String email, Instant at, String source) {
    }

    /** The person works at an organisation with a title. */
    public record Employment(UUID organisationId, String name, String title, boolean primary) {
    }

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }

    public String primaryEmail() {
        return emails.isEmpty() ? null : emails.get(0).address();
    }
}
