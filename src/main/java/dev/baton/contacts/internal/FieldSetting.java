package dev.baton.contacts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import dev.baton.contacts.CustomField;
import dev.baton.contacts.PeopleChanged;
import dev.baton.contacts.PersonChanged;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.audit.AuditTrail;

/**
 * Sets one field to one value for many people in one statement (a process step's set_field):
 * who already has the value is left alone, and each change is published with its before and
 * after, as a single edit's is, so it reaches the timeline and the triggers on field changes.
 */
@Service
public class FieldSetting {

    /** The fields a process may set, besides custom.&lt;key&gt;, as processes name them (after "person."). */
    public static final List<String> SETTABLE = List.of("first_name", "last_name", "salutation", "pronouns", "owner", "lifecycle");

    /** A plain column: its name, and the field's name in change records. */
    private record Column(String column, String change, String sqlType) {
    }

    private static final Map<String, Column> COLUMNS = Map.of(
            "first_name", new Column("first_name", "firstName", "text"),
            "last_name", new Column("last_name", "lastName", "text"),
            "salutation", new Column("salutation", "salutation", "text"),
            "pronouns", new Column("pronouns", "pronouns", "text"),
            "owner", new Column("owner_id", "owner", "uuid"));

    private record Changed(UUID person, Object before) {
    }

    private final JdbcClient jdbc;
    private final CustomFieldDirectory fields;
    private final PeopleDirectory directory;
    private final LifecycleStages stages;
    private final Identity identity;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    FieldSetting(JdbcClient jdbc, CustomFieldDirectory fields, PeopleDirectory directory, LifecycleStages stages, Identity identity,
            AuditTrail audit, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.fields = fields;
        this.directory = directory;
        this.stages = stages;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Checks that a field can be set to a value; a 400 naming {@code field} or {@code value} says why not. */
    public void check(String field, String value) {
        set(field, value, List.of());
    }

    /** Sets the field for those of {@code people} who exist; returns how many changed. */
    @Transactional
    public int set(String field, String value, Collection<UUID> people) {
        String name = field == null ? "" : field.startsWith("person.") ? field.substring("person.".length()) : field;
        String text = value == null || value.isBlank() ? null : value.strip();
        UUID[] ids = new LinkedHashSet<>(people).toArray(UUID[]::new);
        if (name.startsWith("custom.")) {
            return custom(name.substring("custom.".length()), value, ids);
        }
        if ("lifecycle".equals(name)) {
            if (text == null) {
                throw new InvalidInputException("value", value, "a lifecycle stage cannot be cleared; name a stage");
            }
            stages.check("value", text);
            int moved = 0;
            for (UUID person : existing(ids)) {
                moved += directory.get(person).lifecycleStage().equals(text) ? 0 : 1;
                directory.moveToStage(person, text);
            }
            return moved;
        }
        Column column = COLUMNS.get(name);
        if (column == null) {
            throw new InvalidInputException("field", field, "a process can set person." + String.join(", person.", SETTABLE)
                    + " or person.custom.<key>");
        }
        Object stored = text;
        if ("owner".equals(name) && text != null) {
            stored = owner(text);
        } else if (text == null && ("first_name".equals(name) || "last_name".equals(name))) {
            throw new InvalidInputException("value", value, "a person's name cannot be cleared by a process");
        }
        if (ids.length == 0) {
            return 0;
        }
        List<Changed> changed = jdbc.sql("""
                with old as (select id, %1$s as before from people where id = any(:ids) for update)
                update people p set %1$s = cast(:value as %2$s), version = p.version + 1, updated_at = :at
                from old where p.id = old.id and old.before is distinct from cast(:value as %2$s)
                returning p.id, old.before""".formatted(column.column(), column.sqlType()))
                .param("ids", ids).param("value", stored == null ? null : stored.toString()).param("at", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Changed(rs.getObject(1, UUID.class), rs.getObject(2))).list();
        return published("person." + name, column.change(), stored, changed);
    }

    private int custom(String key, String value, UUID[] ids) {
        CustomField definition = fields.of("person").stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException("field", "person.custom." + key, "is not a custom field of people"));
        Object stored = CustomValues.fromText(definition, value);
        if (ids.length == 0) {
            return 0;
        }
        String storedJson = stored == null ? null : json.writeValueAsString(stored);
        List<Changed> changed = jdbc.sql("""
                with old as (select id, custom -> :key as before from people where id = any(:ids) for update)
                update people p set custom = case when cast(:value as jsonb) is null then p.custom - :key
                                                  else jsonb_set(p.custom, array[:key], cast(:value as jsonb)) end,
                    version = p.version + 1, updated_at = :at
                from old where p.id = old.id and old.before is distinct from cast(:value as jsonb)
                returning p.id, cast(old.before as text)""")
                .param("key", key).param("ids", ids).param("value", storedJson).param("at", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Changed(rs.getObject(1, UUID.class),
                        rs.getString(2) == null ? null : json.readValue(rs.getString(2), Object.class))).list();
        return published("person.custom." + key, "custom." + key, stored, changed);
    }

    private int published(String field, String change, Object after, List<Changed> changed) {
        if (changed.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        String by = actor();
        List<PersonChanged> changes = new ArrayList<>();
        for (Changed c : changed) {
            changes.add(new PersonChanged(c.person(), Map.of(change, Arrays.asList(c.before(), after)), by, now));
        }
        for (int from = 0; from < changes.size(); from += Tagging.EVENT_BATCH) {
            events.publishEvent(new PeopleChanged(field, List.copyOf(changes.subList(from, Math.min(changes.size(), from + Tagging.EVENT_BATCH)))));
        }
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("value", after);
        details.put("people", changed.size());
        audit.record("people.field_set", "field", field, details);
        return changed.size();
    }

    private UUID owner(String user) {
        return identity.userNamed(user).filter(User::enabled).map(User::id)
                .orElseThrow(() -> new InvalidInputException("value", user, "is not a user of Baton: name the owner by email"));
    }

    private List<UUID> existing(UUID[] ids) {
        return ids.length == 0 ? List.of() : jdbc.sql("select id from people where id = any(:ids) order by id").param("ids", ids)
                .query(UUID.class).list();
    }

    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
