package dev.baton.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.contacts.CustomField;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;

/** Definitions of custom fields for people, organisations and deals. */
@Service
public class CustomFieldDirectory {

    static final Set<String> OBJECTS = Set.of("person", "organisation", "deal");
    static final Set<String> TYPES = Set.of("text", "number", "date", "boolean", "select", "multiselect");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    /** What a caller says a field should be. */
    public record FieldSpec(String object, String key, String label, String type, boolean required, String pattern,
            List<String> options) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CustomFieldDirectory(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CustomField> of(String object) {
        return jdbc.sql("select * from custom_fields where object = :object order by position, key")
                .param("object", object).query(CustomFieldDirectory::field).list();
    }

    public List<CustomField> all() {
        return jdbc.sql("select * from custom_fields order by object, position, key").query(CustomFieldDirectory::field).list();
    }

    public CustomField get(UUID id) {
        return jdbc.sql("select * from custom_fields where id = :id").param("id", id)
                .query(CustomFieldDirectory::field).optional().orElseThrow(() -> new NotFoundException("custom field", id));
    }

    @Transactional
    public CustomField create(FieldSpec spec) {
        validate(spec);
        boolean taken = jdbc.sql("select count(*) from custom_fields where object = :object and key = :key")
                .param("object", spec.object()).param("key", spec.key()).query(Long.class).single() > 0;
        if (taken) {
            throw new ConflictException("The " + spec.object() + " custom field '" + spec.key() + "' already exists.");
        }
        UUID id = Ids.next(clock);
        jdbc.sql("""
                insert into custom_fields (id, object, key, label, type, required, pattern, options, position, created_at)
                values (:id, :object, :key, :label, :type, :required, :pattern, :options,
                        (select coalesce(max(position), 0) + 10 from custom_fields where object = :object), :at)""")
                .param("id", id).param("object", spec.object()).param("key", spec.key()).param("label", spec.label().trim())
                .param("type", spec.type()).param("required", spec.required()).param("pattern", blankToNull(spec.pattern()))
                .param("options", options(spec)).param("at", Timestamp.from(clock.instant())).update();
        audit.record("custom-field.created", "custom-field", id, Map.of("object", spec.object(), "key", spec.key(), "type", spec.type()));
        return get(id);
    }

    /** Changes label, rules and options; object, key and type stay (values are stored under them). */
    @Transactional
    public CustomField update(UUID id, FieldSpec spec, Long expectedVersion) {
        CustomField before = get(id);
        FieldSpec merged = new FieldSpec(before.object(), before.key(), spec.label(), before.type(), spec.required(),
                spec.pattern(), spec.options());
        validate(merged);
        Versions.check("custom field " + before.key(), expectedVersion, before.version());
        int updated = jdbc.sql("""
                update custom_fields set label = :label, required = :required, pattern = :pattern, options = :options,
                    version = version + 1 where id = :id and version = :version""")
                .param("label", spec.label().trim()).param("required", spec.required())
                .param("pattern", blankToNull(spec.pattern())).param("options", options(merged))
                .param("id", id).param("version", before.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("custom field " + before.key(), get(id).version());
        }
        audit.record("custom-field.changed", "custom-field", id, Map.of("label", List.of(before.label(), spec.label().trim()),
                "required", List.of(before.required(), spec.required())));
        return get(id);
    }

    private static void validate(FieldSpec spec) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (spec.object() == null || !OBJECTS.contains(spec.object())) {
            problems.add(new FieldProblem("object", spec.object(), "must be one of person, organisation, deal"));
        }
        if (spec.key() == null || !KEY.matcher(spec.key()).matches()) {
            problems.add(new FieldProblem("key", spec.key(), "must start with a letter and use only a-z, 0-9 and _ (at most 40)"));
        }
        if (spec.label() == null || spec.label().isBlank()) {
            problems.add(new FieldProblem("label", spec.label(), "must not be blank"));
        }
        if (spec.type() == null || !TYPES.contains(spec.type())) {
            problems.add(new FieldProblem("type", spec.type(), "must be one of text, number, date, boolean, select, multiselect"));
        }
        boolean choice = "select".equals(spec.type()) || "multiselect".equals(spec.type());
        if (choice && (spec.options() == null || spec.options().isEmpty())) {
            problems.add(new FieldProblem("options", null, "a " + spec.type() + " field needs at least one option"));
        }
        if (spec.pattern() != null && !spec.pattern().isBlank()) {
            if (!"text".equals(spec.type())) {
                problems.add(new FieldProblem("pattern", spec.pattern(), "only text fields have a pattern"));
            }
            try {
                Pattern.compile(spec.pattern());
            } catch (PatternSyntaxException e) {
                problems.add(new FieldProblem("pattern", spec.pattern(), "is not a regular expression: " + e.getDescription()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String[] options(FieldSpec spec) {
        return spec.options() == null ? new String[0] : spec.options().stream().map(String::trim).distinct().toArray(String[]::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static CustomField field(ResultSet rs, int row) throws SQLException {
        return new CustomField(rs.getObject("id", UUID.class), rs.getString("object"), rs.getString("key"), rs.getString("label"),
                rs.getString("type"), rs.getBoolean("required"), rs.getString("pattern"),
                Arrays.asList((String[]) rs.getArray("options").getArray()), rs.getInt("position"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
