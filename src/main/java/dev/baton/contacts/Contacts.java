package dev.baton.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of contacts. */
public interface Contacts {

    Optional<Person> person(UUID id);

    /** The people with these ids, in id order (unknown ids are left out). */
    List<Person> people(java.util.Collection<UUID> ids);

    /** People whose name or email address contains the text (any letter case), by name, at most {@code limit}. */
    List<Person> findPeople(String text, int limit);

    /** Every person, in creation order, a page at a time. */
    dev.baton.platform.api.CursorPage<Person> people(String cursor, int limit);

    Optional<Organisation> organisation(UUID id);

    /** The custom field definitions of people, organisations or deals. */
    List<CustomField> customFields(String object);

    /**
     * Checks custom values against the definitions of an object's fields and returns them as stored
     * (numbers as numbers, dates as yyyy-mm-dd); an unknown field, a wrong type or a missing
     * required field is a 400 naming {@code custom.<key>}.
     */
    java.util.Map<String, Object> checkCustomValues(String object, java.util.Map<String, Object> values);

    /** Records that a person opted out of email, with how (e.g. "unsubscribe link"); on their timeline like any consent change. */
    Person optOut(UUID person, String source);

    /** Tags those of these people who exist, creating the tag on first use; returns how many gained it (events for those). */
    int tag(String tag, List<UUID> people);

    /** Takes a tag off people; returns how many carried it (events for those). */
    int untag(String tag, List<UUID> people);

    /** The person with this email address (any letter case), if any. */
    Optional<UUID> personByEmail(String email);

    /**
     * Adds a person who arrived through a form (their source is kept for good); an invalid email or
     * phone is a 400 naming the field.
     */
    Person addFromForm(String firstName, String lastName, String email, String phone, String source, String sourceDetail);

    /** Makes a user the owner of a person. */
    void assignOwner(UUID person, UUID owner);

    /** Moves a person to a lifecycle stage (recorded with its time; an event for automations). */
    void moveToStage(UUID person, String stage);

    /** The lifecycle stages in order. */
    List<LifecycleStage> lifecycleStages();

    /** The ids of the people working at an organisation. */
    List<UUID> peopleAt(UUID organisation);

    /** The organisation a person works at primarily, if any. */
    Optional<UUID> primaryOrganisationOf(UUID person);

    /** The organisations with these ids that exist (one query). */
    List<Organisation> organisations(Collection<UUID> ids);

    /** The organisation each of these people works at primarily, for those who have one (one query). */
    Map<UUID, UUID> primaryOrganisationsOf(Collection<UUID> people);

    /**
     * Sets one field of people in one statement (a process step): {@code person.first_name},
     * {@code last_name}, {@code salutation}, {@code pronouns}, {@code owner} (a user's email),
     * {@code lifecycle} or {@code person.custom.<key>}; empty text clears it. Each change is on the
     * person's timeline. Returns how many people changed; a field or value that cannot be set is a 400.
     */
    int setField(String field, String value, java.util.Collection<UUID> people);

    /** Checks that a field can be set to a value, as {@link #setField} would; a 400 says why not. */
    void checkField(String field, String value);
}
