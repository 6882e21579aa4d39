package dev.baton.activities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.audit.AuditTrail;

/** Standardised notes: templates with named fields, and the values a note made from one keeps. */
@Service
public class NoteTemplates {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Set<String> TYPES = Set.of("text", "number", "boolean", "choice");

    /** A named field of a template: text, number, boolean, or a choice among options. */
    public record TemplateField(String key, String label, String type, List<String> options, Boolean required) {
    }

    /** A note template. */
    public record NoteTemplate(UUID id, String name, String description, List<TemplateField> fields, long version) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    NoteTemplates(JdbcClient jdbc, AuditTrail audit, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public List<NoteTemplate> all() {
        return jdbc.sql("select * from note_templates order by lower(name)").query(this::template).list();
    }

    public NoteTemplate get(UUID id) {
        return jdbc.sql("select * from note_templates where id = :id").param("id", id).query(this::template).optional()
                .orElseThrow(() -> new NotFoundException("note template", id));
    }

    @Transactional
    public NoteTemplate create(String name, String description, List<TemplateField> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", name, "must not be blank"));
        }
        List<TemplateField> given = fields == null ? List.of() : fields;
        if (given.isEmpty()) {
            problems.add(new FieldProblem("fields", null, "a template needs at least one field"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            TemplateField f = given.get(i);
            if (f.key() == null || !KEY.matcher(f.key()).matches() || !keys.add(f.key())) {
                problems.add(new FieldProblem("fields[" + i + "].key", f.key(), "must be unique, start with a letter and use a-z, 0-9 and _"));
            }
            if (!TYPES.contains(String.valueOf(f.type()))) {
                problems.add(new FieldProblem("fields[" + i + "].type", f.type(), "must be one of text, number, boolean, choice"));
            } else if ("choice".equals(f.type()) && (f.options() == null || f.options().isEmpty())) {
                problems.add(new FieldProblem("fields[" + i + "].options", null, "a choice needs options"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (jdbc.sql("select count(*) from note_templates where lower(name) = lower(:name)").param("name", name.trim())
                .query(Long.class).single() > 0) {
            throw new ConflictException("A note template named '" + name.trim() + "' already exists.");
        }
        UUID id = Ids.next(clock);
        jdbc.sql("insert into note_templates (id, name, description, fields, created_at) values (:id, :name, :d, cast(:f as jsonb), :at)")
                .param("id", id).param("name", name.trim()).param("d", description == null ? "" : description)
                .param("f", json.writeValueAsString(given)).param("at", Timestamp.from(clock.instant())).update();
        audit.record("note-template.created", "note-template", id, Map.of("name", name.trim()));
        return get(id);
    }

    /** Checks the values of a note against its template; returns them in the template's order. */
    public Map<String, Object> check(NoteTemplate template, Map<String, Object> values) {
        Map<String, Object> given = values == null ? Map.of() : values;
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (template.fields().stream().noneMatch(f -> f.key().equals(key))) {
                problems.add(new FieldProblem("values." + key, String.valueOf(given.get(key)), "is not a field of " + template.name()));
            }
        }
        for (TemplateField field : template.fields()) {
            Object value = given.get(field.key());
            if (value == null || (value instanceof String s && s.isBlank())) {
                if (Boolean.TRUE.equals(field.required())) {
                    problems.add(new FieldProblem("values." + field.key(), null, "is required"));
                }
                continue;
            }
            boolean ok = switch (field.type()) {
                case "number" -> value instanceof Number;
                case "boolean" -> value instanceof Boolean;
                case "choice" -> field.options().contains(String.valueOf(value));
                default -> value instanceof String;
            };
            if (!ok) {
                problems.add(new FieldProblem("values." + field.key(), String.valueOf(value), "choice".equals(field.type())
                        ? "must be one of " + String.join(", ", field.options()) : "must be a " + field.type()));
            } else {
                kept.put(field.key(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kept;
    }

    private NoteTemplate template(ResultSet rs, int row) throws SQLException {
        return new NoteTemplate(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                json.readValue(rs.getString("fields"), new TypeReference<List<TemplateField>>() { }), rs.getLong("version"));
    }
}
