package dev.baton.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.identity.Team;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;

/** Teams: named groups of users. */
@Service
public class TeamDirectory {

    private static final String SELECT = """
            select t.id, t.name, t.description, t.version, t.created_at,
                   coalesce(array(select m.user_id from team_members m join users u on u.id = m.user_id
                                  where m.team_id = t.id order by u.display_name), '{}') as members
            from teams t
            """;

    /** What a caller says a team should be. */
    public record TeamSpec(String name, String description, List<UUID> members) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    TeamDirectory(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public CursorPage<Team> list(String cursor, int limit) {
        UUID after = CursorPage.decodeId(cursor);
        List<Team> rows = jdbc.sql(SELECT + " where (cast(:after as uuid) is null or t.id > :after) order by t.id limit :limit")
                .param("after", after).param("limit", limit + 1).query(TeamDirectory::team).list();
        return CursorPage.of(rows, limit, t -> t.id().toString());
    }

    public Optional<Team> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(TeamDirectory::team).optional();
    }

    public Team get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("team", id));
    }

    @Transactional
    public Team create(TeamSpec spec) {
        List<UUID> members = validate(spec);
        if (nameTaken(spec.name(), null)) {
            throw new ConflictException("A team named '" + spec.name().trim() + "' already exists.");
        }
        UUID id = Ids.next(clock);
        jdbc.sql("insert into teams (id, name, description, created_at) values (:id, :name, :description, :at)")
                .param("id", id).param("name", spec.name().trim())
                .param("description", spec.description() == null ? "" : spec.description())
                .param("at", Timestamp.from(clock.instant())).update();
        setMembers(id, members);
        audit.record("team.created", "team", id, Map.of("name", spec.name().trim(), "members", members));
        return get(id);
    }

    @Transactional
    public Team update(UUID id, TeamSpec spec, Long expectedVersion) {
        Team before = get(id);
        List<UUID> members = validate(spec);
        Versions.check("team " + id, expectedVersion, before.version());
        if (nameTaken(spec.name(), id)) {
            throw new ConflictException("A team named '" + spec.name().trim() + "' already exists.");
        }
        int updated = jdbc.sql("""
                update teams set name = :name, description = :description, version = version + 1
                where id = :id and version = :version""")
                .param("name", spec.name().trim()).param("description", spec.description() == null ? "" : spec.description())
                .param("id", id).param("version", before.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("team " + id, get(id).version());
        }
        jdbc.sql("delete from team_members where team_id = :id").param("id", id).update();
        setMembers(id, members);
        audit.record("team.changed", "team", id, Map.of("name", List.of(before.name(), spec.name().trim()),
                "members", List.of(before.members(), members)));
        return get(id);
    }

    private List<UUID> validate(TeamSpec spec) {
        List<UUID> members = spec.members() == null ? List.of() : spec.members().stream().distinct().toList();
        Problems problems = new Problems();
        problems.require(spec.name() != null && !spec.name().isBlank(), "name", spec.name(), "must not be blank");
        Set<UUID> known = new HashSet<>(jdbc.sql("select id from users where id = any(:ids)")
                .param("ids", members.toArray(UUID[]::new)).query(UUID.class).list());
        members.stream().filter(m -> !known.contains(m)).forEach(m -> problems.add("members", m, "is not a user"));
        problems.throwIfAny();
        return members;
    }

    private void setMembers(UUID team, List<UUID> members) {
        if (!members.isEmpty()) {
            jdbc.sql("insert into team_members (team_id, user_id) select :team, unnest(:members)")
                    .param("team", team).param("members", members.toArray(UUID[]::new)).update();
        }
    }

    private boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from teams where lower(name) = lower(:name) and (cast(:except as uuid) is null or id <> :except)")
                .param("name", name.trim()).param("except", except).query(Long.class).single() > 0;
    }

    static Team team(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                Arrays.asList((UUID[]) rs.getArray("members").getArray()), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
