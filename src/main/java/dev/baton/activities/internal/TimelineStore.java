package dev.baton.activities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import dev.baton.activities.Activity;
import dev.baton.activities.NewActivity;
import dev.baton.activities.Timeline;
import dev.baton.platform.Ids;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.db.CopyWriter;

/** Writes and reads timeline entries, newest first, paged by (time, id). */
@Service
public class TimelineStore implements Timeline {

    private static final String INSERT = """
            insert into activities (id, occurred_at, person_id, organisation_id, type, summary, body, data, actor, created_at)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""";
    private static final List<String> COLUMNS = List.of("id", "occurred_at", "person_id", "organisation_id", "type", "summary", "body",
            "data", "actor", "created_at");
    /** From how many entries a write goes through COPY rather than a batch of inserts. */
    private static final int COPY_FROM = 20;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TimelinePartitions partitions;
    private final ObjectMapper json;
    private final Clock clock;
    private final CopyWriter copy;

    TimelineStore(JdbcClient jdbc, JdbcTemplate template, TimelinePartitions partitions, ObjectMapper json, Clock clock,
            CopyWriter copy) {
        this.copy = copy;
        this.jdbc = jdbc;
        this.template = template;
        this.partitions = partitions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID record(NewActivity activity) {
        return write(List.of(activity)).get(0).id();
    }

    /** Writes one entry and returns it as stored. */
    @Transactional
    public Activity add(NewActivity activity) {
        return write(List.of(activity)).get(0);
    }

    @Override
    @Transactional
    public int recordAll(List<NewActivity> activities) {
        return write(activities).size();
    }

    /** The bulk path: writes many entries with COPY (history imports, demo data). */
    @Transactional
    public long importAll(List<NewActivity> activities) {
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(activities.size());
        List<Instant> times = new ArrayList<>(activities.size());
        for (NewActivity a : activities) {
            Instant at = a.occurredAt() == null ? now : a.occurredAt();
            times.add(at);
            rows.add(new Object[] {Ids.next(clock), at, a.person(), a.organisation(), a.type().code(), a.summary(), a.body(),
                    json.writeValueAsString(a.data() == null ? Map.of() : a.data()), a.actor() == null ? "import" : a.actor(), now});
        }
        partitions.ensure(times);
        return copy.copy("activities", COLUMNS, rows);
    }

    private List<Activity> write(List<NewActivity> activities) {
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>();
        List<Activity> written = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (NewActivity a : activities) {
            if (a.person() == null && a.organisation() == null) {
                throw new InvalidInputException("person", null, "an entry is about a person, an organisation or both");
            }
            UUID id = Ids.next(clock);
            Instant at = a.occurredAt() == null ? now : a.occurredAt();
            String actor = a.actor() == null ? actor() : a.actor();
            Map<String, Object> data = a.data() == null ? Map.of() : a.data();
            written.add(new Activity(id, at, a.person(), a.organisation(), a.type().code(), a.summary(), a.body(), data, actor, now));
            times.add(at);
            rows.add(new Object[] {id, at, a.person(), a.organisation(), a.type().code(), a.summary(), a.body(),
                    json.writeValueAsString(data), actor, now});
        }
        partitions.ensure(times);
        if (rows.size() >= COPY_FROM) {
            // a campaign batch tags a thousand people at once: one COPY instead of a thousand inserts
            copy.copy("activities", COLUMNS, rows);
        } else {
            template.batchUpdate(INSERT, rows.stream().map(TimelineStore::withTimestamps).toList());
        }
        return written;
    }

    private static Object[] withTimestamps(Object[] row) {
        Object[] bound = row.clone();
        bound[1] = Timestamp.from((Instant) row[1]);
        bound[9] = Timestamp.from((Instant) row[9]);
        return bound;
    }

    /** A person's entries, newest first, optionally of some types only. */
    public CursorPage<Activity> ofPerson(UUID person, List<String> types, String cursor, int limit) {
        return page("person_id = :subject", person, types, cursor, limit);
    }

    /** An organisation's own entries and those of the people working there. */
    public CursorPage<Activity> ofOrganisation(UUID organisation, List<String> types, String cursor, int limit) {
        return page("(organisation_id = :subject or person_id in (select person_id from employments where organisation_id = :subject))",
                organisation, types, cursor, limit);
    }

    private CursorPage<Activity> page(String subject, UUID id, List<String> types, String cursor, int limit) {
        String after = CursorPage.decode(cursor);
        Timestamp afterAt = null;
        UUID afterId = null;
        if (after != null) {
            String[] parts = after.split("\\|");
            try {
                afterAt = Timestamp.from(Instant.parse(parts[0]));
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", cursor, "is not a cursor returned by this API");
            }
        }
        List<Activity> rows = jdbc.sql("select * from activities where " + subject + """
                 and (cast(:types as text[]) is null or type = any(:types))
                 and (cast(:afterAt as timestamptz) is null or (occurred_at, id) < (:afterAt, :afterId))
                order by occurred_at desc, id desc limit :limit""")
                .param("subject", id).param("types", types == null || types.isEmpty() ? null : types.toArray(String[]::new))
                .param("afterAt", afterAt).param("afterId", afterId).param("limit", limit + 1)
                .query(this::activity).list();
        return CursorPage.of(rows, limit, a -> a.occurredAt() + "|" + a.id());
    }

    private Activity activity(ResultSet rs, int row) throws SQLException {
        return new Activity(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("person_id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("type"),
                rs.getString("summary"), rs.getString("body"), json.readValue(rs.getString("data"), MAP), rs.getString("actor"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
