package dev.baton.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import dev.baton.contacts.Address;
import dev.baton.contacts.Person;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.KeysetSort;

/** Reads people whole (emails, phones, tags, employments) in one round trip each. */
@Component
public class PersonReader {

    static final String SELECT = """
            select p.*,
              coalesce((select json_agg(json_build_object('address', e.address, 'primary', e.position = 0) order by e.position)
                        from person_emails e where e.person_id = p.id), '[]') as emails_json,
              coalesce((select json_agg(json_build_object('number', ph.e164, 'typed', ph.typed, 'kind', ph.kind) order by ph.position)
                        from person_phones ph where ph.person_id = p.id), '[]') as phones_json,
              coalesce((select json_agg(t.name order by lower(t.name))
                        from person_tags pt join tags t on t.id = pt.tag_id where pt.person_id = p.id), '[]') as tags_json,
              coalesce((select json_agg(json_build_object('organisationId', o.id, 'name', o.name, 'title', em.title,
                                                          'primary', em.is_primary) order by em.is_primary desc, o.name)
                        from employments em join organisations o on o.id = em.organisation_id
                        where em.person_id = p.id), '[]') as organisations_json
            from people p
            """;

    private static final TypeReference<List<Person.EmailAddress>> EMAILS = new TypeReference<>() { };
    private static final TypeReference<List<Person.Phone>> PHONES = new TypeReference<>() { };
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() { };
    private static final TypeReference<List<Person.Employment>> EMPLOYMENTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PersonReader(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Person> find(UUID id) {
        return jdbc.sql(SELECT + "where p.id = :id").param("id", id).query(this::person).optional();
    }

    public List<Person> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql(SELECT + "where p.id = any(:ids) order by p.id")
                .param("ids", ids.toArray(UUID[]::new)).query(this::person).list();
    }

    /** The orders a list of people can take: {@code created} (the default), {@code name}, {@code updated}. */
    public static final Map<String, String> SORTS = Map.of("created", "p.id",
            "name", "lower(p.last_name || ' ' || p.first_name)", "updated", "p.updated_at");

    /** People in creation order, optionally narrowed by a text search, a tag, a stage or an owner. */
    public CursorPage<Person> list(PeopleFilter filter, String cursor, int limit) {
        return list(filter, KeysetSort.parse(null, SORTS, "created"), cursor, limit);
    }

    /** People in the given order, optionally narrowed by a text search, a tag, a stage or an owner. */
    public CursorPage<Person> list(PeopleFilter filter, KeysetSort sort, String cursor, int limit) {
        UUID after = KeysetSort.cursor(cursor);
        List<Person> rows = jdbc.sql(SELECT + "where " + sort.after("people", "p") + """

                  and (cast(:q as text) is null
                       or lower(p.first_name || ' ' || p.last_name) like '%' || lower(:q) || '%'
                       or exists (select 1 from person_emails e where e.person_id = p.id and lower(e.address) like '%' || lower(:q) || '%'))
                  and (cast(:tag as text) is null
                       or exists (select 1 from person_tags pt join tags t on t.id = pt.tag_id
                                  where pt.person_id = p.id and lower(t.name) = lower(:tag)))
                  and (cast(:stage as text) is null or p.lifecycle_stage = :stage)
                  and (cast(:owner as uuid) is null or p.owner_id = :owner)
                  and (cast(:organisation as uuid) is null
                       or exists (select 1 from employments em where em.person_id = p.id and em.organisation_id = :organisation))
                """ + sort.orderBy("p") + " limit :limit")
                .param("after", after).param("q", blank(filter.q())).param("tag", blank(filter.tag()))
                .param("stage", blank(filter.stage())).param("owner", filter.owner())
                .param("organisation", filter.organisation()).param("limit", limit + 1)
                .query(this::person).list();
        return CursorPage.of(rows, limit, p -> p.id().toString());
    }

    /** What a list of people can be narrowed by; null means any. */
    public record PeopleFilter(String q, String tag, String stage, UUID owner, UUID organisation) {
        public static final PeopleFilter ANY = new PeopleFilter(null, null, null, null, null);
    }

    private Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("salutation"), rs.getString("pronouns"),
                json.readValue(rs.getString("emails_json"), EMAILS), json.readValue(rs.getString("phones_json"), PHONES),
                json.readValue(rs.getString("address"), Address.class), rs.getObject("owner_id", UUID.class),
                rs.getString("lifecycle_stage"), instant(rs.getTimestamp("lifecycle_changed_at")),
                new Person.Source(rs.getString("source"), rs.getString("source_detail"), instant(rs.getTimestamp("source_at"))),
                new Person.Consent(rs.getString("email_consent"), instant(rs.getTimestamp("consent_at")), rs.getString("consent_source")),
                json.readValue(rs.getString("tags_json"), TAGS), json.readValue(rs.getString("custom"), MAP),
                json.readValue(rs.getString("organisations_json"), EMPLOYMENTS), rs.getLong("version"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
