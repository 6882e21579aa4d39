package dev.baton.segments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;
import dev.baton.segments.SearchObject;
import dev.baton.segments.Segment;

/** Saved searches; a query is checked when it is saved, so a saved search always reads. */
@Service
public class SavedSearches {

    private final JdbcClient jdbc;
    private final Matching search;
    private final AuditTrail audit;
    private final Clock clock;

    SavedSearches(JdbcClient jdbc, Matching search, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Segment> all() {
        return jdbc.sql("select * from segments order by lower(name)").query(SavedSearches::segment).list();
    }

    public Segment get(UUID id) {
        return jdbc.sql("select * from segments where id = :id").param("id", id).query(SavedSearches::segment).optional()
                .orElseThrow(() -> new NotFoundException("saved search", id));
    }

    @Transactional
    public Segment create(String name, SearchObject object, String query, String description, String by) {
        String checked = checkName(name);
        search.validate(object, query, by);
        if (taken(checked, null)) {
            throw new ConflictException("A saved search named '" + checked + "' already exists.");
        }
        UUID id = Ids.next(clock);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into segments (id, name, object, query, description, created_by, created_at, updated_at)
                values (:id, :name, :object, :query, :description, :by, :at, :at)""")
                .param("id", id).param("name", checked).param("object", object.key()).param("query", query.trim())
                .param("description", description == null ? "" : description).param("by", by)
                .param("at", Timestamp.from(now)).update();
        audit.record("segment.created", "segment", id, Map.of("name", checked, "object", object.key(), "query", query.trim()));
        return get(id);
    }

    /** Changes a saved search; no object keeps the one it has. */
    @Transactional
    public Segment update(UUID id, String name, SearchObject object, String query, String description, Long expectedVersion, String by) {
        Segment before = get(id);
        String checked = checkName(name);
        SearchObject selects = object == null ? SearchObject.of(before.object()) : object;
        Versions.check("saved search " + before.name(), expectedVersion, before.version());
        if (taken(checked, id)) {
            throw new ConflictException("A saved search named '" + checked + "' already exists.");
        }
        List<String> users = usedBy(before);
        if (!selects.key().equals(before.object()) && !users.isEmpty()) {
            throw new ConflictException("The saved search '" + before.name() + "' is used by " + String.join(", ", users)
                    + ", which select " + SearchObject.of(before.object()).plural() + "; it cannot select " + selects.plural() + ".");
        }
        Parser.parse(query);
        // the new text must read, including when other searches use this one
        String oldQuery = before.query();
        jdbc.sql("update segments set name = :name, object = :object, query = :query where id = :id")
                .param("name", checked).param("object", selects.key()).param("query", query.trim()).param("id", id).update();
        search.validate(selects, query, by);
        int updated = jdbc.sql("""
                update segments set description = :description, updated_at = :at, version = version + 1
                where id = :id and version = :version""")
                .param("description", description == null ? before.description() : description)
                .param("at", Timestamp.from(clock.instant())).param("id", id).param("version", before.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("saved search " + before.name(), get(id).version());
        }
        Map<String, Object> changes = new java.util.LinkedHashMap<>(Map.of("query", List.of(oldQuery, query.trim())));
        if (!selects.key().equals(before.object())) {
            changes.put("object", List.of(before.object(), selects.key()));
        }
        audit.record("segment.changed", "segment", id, changes);
        return get(id);
    }

    @Transactional
    public void delete(UUID id) {
        Segment segment = get(id);
        List<String> users = usedBy(segment);
        if (!users.isEmpty()) {
            throw new ConflictException("The saved search '" + segment.name() + "' is used by " + String.join(", ", users) + ".");
        }
        jdbc.sql("delete from segments where id = :id").param("id", id).update();
        audit.record("segment.deleted", "segment", id, Map.of("name", segment.name()));
    }

    /** The names of the other saved searches that use this one by name. */
    private List<String> usedBy(Segment segment) {
        return all().stream().filter(s -> !s.id().equals(segment.id()))
                .filter(s -> s.query().toLowerCase().matches(".*segment\\s+[\"']" + java.util.regex.Pattern.quote(segment.name().toLowerCase()) + "[\"'].*"))
                .map(Segment::name).toList();
    }

    private boolean taken(String name, UUID except) {
        return jdbc.sql("select count(*) from segments where lower(name) = lower(:name) and (cast(:except as uuid) is null or id <> :except)")
                .param("name", name).param("except", except).query(Long.class).single() > 0;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", name, "must be 1 to 100 characters");
        }
        return name.trim();
    }

    static Segment segment(ResultSet rs, int row) throws SQLException {
        return new Segment(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("object"), rs.getString("query"), rs.getString("description"),
                rs.getString("created_by"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
