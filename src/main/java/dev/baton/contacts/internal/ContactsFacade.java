package dev.baton.contacts.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Organisation;
import dev.baton.contacts.Person;

@Service
class ContactsFacade implements Contacts {

    private final PersonReader people;
    private final OrganisationDirectory organisations;
    private final CustomFieldDirectory fields;
    private final LifecycleStages stages;
    private final CustomValues customValues;
    private final PeopleDirectory directory;
    private final Tagging tagging;
    private final JdbcClient jdbc;
    private final FieldSetting setting;

    ContactsFacade(PersonReader people, OrganisationDirectory organisations, CustomFieldDirectory fields, LifecycleStages stages,
            CustomValues customValues, PeopleDirectory directory, Tagging tagging, JdbcClient jdbc, FieldSetting setting) {
        this.setting = setting;
        this.tagging = tagging;
        this.directory = directory;
        this.customValues = customValues;
        this.people = people;
        this.organisations = organisations;
        this.fields = fields;
        this.stages = stages;
        this.jdbc = jdbc;
    }

    @Override
    public List<dev.baton.contacts.CustomField> customFields(String object) {
        return fields.of(object);
    }

    @Override
    public Optional<UUID> personByEmail(String email) {
        return directory.idByEmail(email);
    }

    @Override
    public Person addFromForm(String firstName, String lastName, String email, String phone, String source, String sourceDetail) {
        List<PersonSpec.PhoneSpec> phones = phone == null || phone.isBlank() ? List.of() : List.of(new PersonSpec.PhoneSpec(phone, null));
        return directory.create(new PersonSpec(firstName, lastName, null, null, email == null ? List.of() : List.of(email), phones,
                null, null, null, null, null), new PersonSpec.Arrival(source, sourceDetail, null, null, List.of()));
    }

    @Override
    public void assignOwner(UUID person, UUID owner) {
        directory.assignOwner(person, owner);
    }

    @Override
    public void moveToStage(UUID person, String stage) {
        directory.moveToStage(person, stage);
    }

    @Override
    public int tag(String tag, List<UUID> people) {
        return tagging.tagExisting(tag, people);
    }

    @Override
    public int untag(String tag, List<UUID> people) {
        return tagging.untagExisting(tag, people);
    }

    @Override
    public Person optOut(UUID person, String source) {
        return directory.consent(person, "opted_out", source);
    }

    @Override
    public java.util.Map<String, Object> checkCustomValues(String object, java.util.Map<String, Object> values) {
        return customValues.check(object, values);
    }

    @Override
    public List<dev.baton.contacts.LifecycleStage> lifecycleStages() {
        return stages.all();
    }

    @Override
    public Optional<Person> person(UUID id) {
        return people.find(id);
    }

    @Override
    public List<Person> people(java.util.Collection<UUID> ids) {
        return people.byIds(ids);
    }

    @Override
    public List<Person> findPeople(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return people.list(new PersonReader.PeopleFilter(text.strip(), null, null, null, null),
                dev.baton.platform.api.KeysetSort.parse("name", PersonReader.SORTS, "created"), null, limit).items();
    }

    @Override
    public dev.baton.platform.api.CursorPage<Person> people(String cursor, int limit) {
        return people.list(PersonReader.PeopleFilter.ANY, cursor, limit);
    }

    @Override
    public Optional<Organisation> organisation(UUID id) {
        return organisations.find(id);
    }

    @Override
    public List<UUID> peopleAt(UUID organisation) {
        return jdbc.sql("select person_id from employments where organisation_id = :org order by person_id")
                .param("org", organisation).query(UUID.class).list();
    }

    @Override
    public List<Organisation> organisations(Collection<UUID> ids) {
        return organisations.findAll(ids);
    }

    @Override
    public Map<UUID, UUID> primaryOrganisationsOf(Collection<UUID> people) {
        Map<UUID, UUID> employers = new HashMap<>();
        if (people.isEmpty()) {
            return employers;
        }
        jdbc.sql("select person_id, organisation_id from employments where person_id = any(:people) and is_primary")
                .param("people", people.toArray(UUID[]::new))
                .query((rs, n) -> employers.put(rs.getObject("person_id", UUID.class), rs.getObject("organisation_id", UUID.class)))
                .list();
        return employers;
    }

    @Override
    public Optional<UUID> primaryOrganisationOf(UUID person) {
        return jdbc.sql("select organisation_id from employments where person_id = :p and is_primary")
                .param("p", person).query(UUID.class).optional();
    }

    @Override
    public int setField(String field, String value, java.util.Collection<UUID> people) {
        return setting.set(field, value, people);
    }

    @Override
    public void checkField(String field, String value) {
        setting.check(field, value);
    }
}
