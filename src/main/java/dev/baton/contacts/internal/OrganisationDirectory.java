package dev.baton.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import dev.baton.contacts.Address;
import dev.baton.contacts.Organisation;
import dev.baton.contacts.OrganisationChanged;
import dev.baton.identity.Identity;
import dev.baton.platform.Ids;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.KeysetSort;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;

/** Organisations, their types and their relationships with each other. */
@Service
public class OrganisationDirectory {

    static final Set<String> TYPES = Set.of("prospect", "customer", "channel_partner", "systems_integrator", "supplier");
    static final Set<String> RELATIONSHIPS = Set.of("partner_of", "integrator_of", "supplier_of");
    private static final String SELECT = """
            select o.*,
              coalesce((select json_agg(t.name order by lower(t.name)) from organisation_tags ot join tags t on t.id = ot.tag_id
                        where ot.organisation_id = o.id), '[]') as tags_json,
              coalesce((select json_agg(json_build_object('kind', r.kind, 'of', r.of_id, 'ofName', x.name) order by x.name)
                        from organisation_relationships r join organisations x on x.id = r.of_id
                        where r.organisation_id = o.id), '[]') as relationships_json
            from organisations o
            """;

    /** The editable part of an organisation. */
    public record OrganisationSpec(String name, String type, String domain, String phone, Address address, UUID owner,
            Map<String, Object> custom) {
    }

    private final JdbcClient jdbc;
    private final PhoneNumbers phones;
    private final CustomValues customValues;
    private final Identity identity;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    OrganisationDirectory(JdbcClient jdbc, PhoneNumbers phones, CustomValues customValues, Identity identity, AuditTrail audit,
            ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.customValues = customValues;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql(SELECT + "where o.id = :id").param("id", id).query(this::organisation).optional();
    }

    /** The organisations with these ids that exist, in one query. */
    public List<Organisation> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where o.id = any(:ids)").param("ids", ids.toArray(UUID[]::new)).query(this::organisation).list();
    }

    public Organisation get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    /** The orders a list of organisations can take: {@code created} (the default), {@code name}, {@code updated}. */
    public static final Map<String, String> SORTS = Map.of("created", "o.id", "name", "lower(o.name)", "updated", "o.updated_at");

    public CursorPage<Organisation> list(String q, String type, String cursor, int limit) {
        return list(q, type, KeysetSort.parse(null, SORTS, "created"), cursor, limit);
    }

    /** Organisations in the given order, optionally those whose name contains {@code q} or of a type. */
    public CursorPage<Organisation> list(String q, String type, KeysetSort sort, String cursor, int limit) {
        UUID after = KeysetSort.cursor(cursor);
        List<Organisation> rows = jdbc.sql(SELECT + "where " + sort.after("organisations", "o") + """

                  and (cast(:q as text) is null or lower(o.name) like '%' || lower(:q) || '%')
                  and (cast(:type as text) is null or o.type = :type)
                """ + sort.orderBy("o") + " limit :limit")
                .param("after", after).param("q", q == null || q.isBlank() ? null : q.trim())
                .param("type", type == null || type.isBlank() ? null : type).param("limit", limit + 1)
                .query(this::organisation).list();
        return CursorPage.of(rows, limit, o -> o.id().toString());
    }

    @Transactional
    public Organisation create(OrganisationSpec spec) {
        Checked o = check(spec);
        UUID id = Ids.next(clock);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into organisations (id, name, type, domain, phone, phone_e164, address, owner_id, custom, created_at, updated_at)
                values (:id, :name, :type, :domain, :phone, :e164, cast(:address as jsonb), :owner, cast(:custom as jsonb), :at, :at)""")
                .param("id", id).param("name", o.name()).param("type", o.type()).param("domain", o.domain())
                .param("phone", o.phone()).param("e164", o.e164()).param("address", json.writeValueAsString(o.address()))
                .param("owner", o.owner()).param("custom", json.writeValueAsString(o.custom())).param("at", Timestamp.from(now))
                .update();
        Organisation created = get(id);
        audit.record("organisation.created", "organisation", id, Map.of("name", o.name(), "type", o.type()));
        events.publishEvent(new OrganisationChanged(id, Map.of("name", Arrays.asList(null, o.name())), actor(), now));
        return created;
    }

    @Transactional
    public Organisation update(UUID id, OrganisationSpec spec, Long expectedVersion) {
        Organisation before = get(id);
        Checked o = check(spec);
        Versions.check("organisation " + id, expectedVersion, before.version());
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update organisations set name = :name, type = :type, domain = :domain, phone = :phone, phone_e164 = :e164,
                    address = cast(:address as jsonb), owner_id = :owner, custom = cast(:custom as jsonb), updated_at = :at,
                    version = version + 1
                where id = :id and version = :version""")
                .param("name", o.name()).param("type", o.type()).param("domain", o.domain()).param("phone", o.phone())
                .param("e164", o.e164()).param("address", json.writeValueAsString(o.address())).param("owner", o.owner())
                .param("custom", json.writeValueAsString(o.custom())).param("at", Timestamp.from(now))
                .param("id", id).param("version", before.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("organisation " + id, get(id).version());
        }
        Organisation after = get(id);
        Map<String, List<Object>> changes = diff(before, after);
        if (!changes.isEmpty()) {
            audit.record("organisation.changed", "organisation", id, changes);
            events.publishEvent(new OrganisationChanged(id, changes, actor(), now));
        }
        return after;
    }

    /** Records that an organisation is a partner, integrator or supplier of another. */
    @Transactional
    public Organisation relate(UUID id, String kind, UUID of) {
        get(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!RELATIONSHIPS.contains(String.valueOf(kind))) {
            problems.add(new FieldProblem("kind", kind, "must be one of partner_of, integrator_of, supplier_of"));
        }
        if (of == null || find(of).isEmpty()) {
            problems.add(new FieldProblem("of", String.valueOf(of), "is not an organisation"));
        } else if (of.equals(id)) {
            problems.add(new FieldProblem("of", of.toString(), "an organisation cannot be related to itself"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("insert into organisation_relationships (organisation_id, kind, of_id, since) values (:id, :kind, :of, :at) on conflict do nothing")
                .param("id", id).param("kind", kind).param("of", of).param("at", Timestamp.from(clock.instant())).update();
        audit.record("organisation.related", "organisation", id, Map.of("kind", kind, "of", of.toString()));
        return get(id);
    }

    private record Checked(String name, String type, String domain, String phone, String e164, Address address, UUID owner,
            Map<String, Object> custom) {
    }

    private Checked check(OrganisationSpec spec) {
        List<FieldProblem> problems = new ArrayList<>();
        if (spec.name() == null || spec.name().isBlank()) {
            problems.add(new FieldProblem("name", spec.name(), "must not be blank"));
        }
        String type = spec.type() == null ? "prospect" : spec.type();
        if (!TYPES.contains(type)) {
            problems.add(new FieldProblem("type", type, "must be one of customer, prospect, channel_partner, systems_integrator, supplier"));
        }
        if (spec.owner() != null && identity.user(spec.owner()).isEmpty()) {
            problems.add(new FieldProblem("owner", spec.owner().toString(), "is not a user"));
        }
        String e164 = null;
        if (spec.phone() != null && !spec.phone().isBlank()) {
            try {
                e164 = phones.normalise("phone", spec.phone());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        Map<String, Object> custom = Map.of();
        try {
            custom = customValues.check("organisation", spec.custom());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(spec.name().trim(), type, blankToNull(spec.domain()), blankToNull(spec.phone()), e164,
                spec.address() == null ? Address.NONE : spec.address(), spec.owner(), custom);
    }

    private static Map<String, List<Object>> diff(Organisation before, Organisation after) {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        Map<String, Object[]> fields = Map.of("name", new Object[] {before.name(), after.name()},
                "type", new Object[] {before.type(), after.type()}, "domain", new Object[] {before.domain(), after.domain()},
                "phone", new Object[] {before.phone(), after.phone()}, "address", new Object[] {before.address(), after.address()},
                "owner", new Object[] {before.owner(), after.owner()}, "custom", new Object[] {before.custom(), after.custom()});
        fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !Objects.equals(e.getValue()[0], e.getValue()[1]))
                .forEach(e -> changes.put(e.getKey(), Arrays.asList(e.getValue())));
        return changes;
    }

    private Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("type"), rs.getString("domain"),
                rs.getString("phone_e164"), rs.getString("phone"), json.readValue(rs.getString("address"), Address.class),
                rs.getObject("owner_id", UUID.class), json.readValue(rs.getString("tags_json"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("custom"), new TypeReference<Map<String, Object>>() { }),
                json.readValue(rs.getString("relationships_json"), new TypeReference<List<Organisation.Relationship>>() { }),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
