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
import dev.baton.segments.Segment;

/** Saved searches; a query is checked when it is saved, so a saved search always reads. */
@Service
public class SavedSearches {

    private final JdbcClient jdbc;
    private final PeopleSearch search;
    private final AuditTrail audit;
    private final Clock clock;

    SavedSearches(JdbcClient jdbc, PeopleSearch search, AuditTrail audit, Clock clock) {
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
    public Segment create(String name, String query, String description, String by) {
        String checked = checkName(name);
        search.validate(query, by);
        if (taken(checked, null)) {
            throw new ConflictException("A saved search named '" + checked + "' already exists.");
        }
        UUID id = Ids.next(clock);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into segments (id, name, query, description, created_by, created_at, updated_at)
                values (:id, :name, :query, :description, :by, :at, :at)""")
                .param("id", id).param("name", checked).param("query", query.trim())
                .param("description", description == null ? "" : description).param("by", by)
                .param("at", Timestamp.from(now)).update();
        audit.record("segment.created", "segment", id, Map.of("name", checked, "query", query.trim()));
        return get(id);
    }

    @Transactional
    public Segment update(UUID id, String name, String query, String description, Long expectedVersion, String by) {
        Segment before = get(id);
        String checked = checkName(name);
        Versions.check("saved search " + before.name(), expectedVersion, before.version());
        if (taken(checked, id)) {
            throw new ConflictException("A saved search named '" + checked + "' already exists.");
        }
        // the new text must read, including when other searches use this one
        String oldQuery = before.query();
        jdbc.sql("update segments set name = :name, query = :query where id = :id")
                .param("name", checked).param("query", query.trim()).param("id", id).update();
        search.validate(query, by);
        int updated = jdbc.sql("""
                update segments set description = :description, updated_at = :at, version = version + 1
                where id = :id and version = :version""")
                .param("description", description == null ? before.description() : description)
                .param("at", Timestamp.from(clock.instant())).param("id", id).param("version", before.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("saved search " + before.name(), get(id).version());
        }
        audit.record("segment.changed", "segment", id, Map.of("query", List.of(oldQuery, query.trim())));
        return get(id);
    }

    @Transactional
    public void delete(UUID id) {
        Segment segment = get(id);
        List<String> users = all().stream().filter(s -> !s.id().equals(id))
                .filter(s -> s.query().toLowerCase().matches(".*segment\\s+[\"']" + java.util.regex.Pattern.quote(segment.name().toLowerCase()) + "[\"'].*"))
                .map(Segment::name).toList();
        if (!users.isEmpty()) {
            throw new ConflictException("The saved search '" + segment.name() + "' is used by " + String.join(", ", users) + ".");
        }
        jdbc.sql("delete from segments where id = :id").param("id", id).update();
        audit.record("segment.deleted", "segment", id, Map.of("name", segment.name()));
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
        return new Segment(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("query"), rs.getString("description"),
                rs.getString("created_by"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
