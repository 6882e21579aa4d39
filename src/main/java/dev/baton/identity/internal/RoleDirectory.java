package dev.baton.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.identity.Permission;
import dev.baton.identity.Role;
import dev.baton.identity.RoleKind;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;

/** The roles of the org chart: what each grants and whom it reports to. */
@Service
public class RoleDirectory {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final String SELECT = """
            select r.id, r.key, r.name, r.description, r.kind, r.permissions, b.key as reports_to, r.version, r.created_at
            from roles r left join roles b on b.id = r.reports_to
            """;

    /** What a caller says a role should be; a blank key is made from the name. */
    public record RoleSpec(String key, String name, String description, String kind, List<String> permissions,
            String reportsTo) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RoleDirectory(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public CursorPage<Role> list(String cursor, int limit) {
        String after = CursorPage.decode(cursor);
        List<Role> rows = jdbc.sql(SELECT + " where (cast(:after as text) is null or r.key > :after) order by r.key limit :limit")
                .param("after", after).param("limit", limit + 1)
                .query(RoleDirectory::role).list();
        return CursorPage.of(rows, limit, Role::key);
    }

    public List<Role> all() {
        return jdbc.sql(SELECT + " order by r.key").query(RoleDirectory::role).list();
    }

    public Optional<Role> find(String key) {
        return jdbc.sql(SELECT + " where r.key = :key").param("key", key).query(RoleDirectory::role).optional();
    }

    public Role get(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("role", key));
    }

    @Transactional
    public Role create(RoleSpec spec) {
        String key = spec.key() == null || spec.key().isBlank() ? keyFrom(spec.name()) : spec.key();
        validate(key, spec, null);
        if (find(key).isPresent()) {
            throw new ConflictException("A role with the key '" + key + "' already exists.");
        }
        if (nameTaken(spec.name(), null)) {
            throw new ConflictException("A role named '" + spec.name() + "' already exists.");
        }
        UUID id = Ids.next(clock);
        jdbc.sql("""
                insert into roles (id, key, name, description, kind, permissions, reports_to, created_at)
                values (:id, :key, :name, :description, :kind, :permissions, (select id from roles where key = :reportsTo), :at)""")
                .param("id", id).param("key", key).param("name", spec.name().trim())
                .param("description", spec.description() == null ? "" : spec.description())
                .param("kind", kind(spec.kind()).code())
                .param("permissions", permissions(spec.permissions()))
                .param("reportsTo", blankToNull(spec.reportsTo()))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        Role created = get(key);
        audit.record("role.created", "role", key, describe(created));
        return created;
    }

    @Transactional
    public Role update(String key, RoleSpec spec, Long expectedVersion) {
        Role before = get(key);
        validate(key, spec, before);
        Versions.check("role " + key, expectedVersion, before.version());
        if (nameTaken(spec.name(), before.id())) {
            throw new ConflictException("A role named '" + spec.name() + "' already exists.");
        }
        int updated = jdbc.sql("""
                update roles set name = :name, description = :description, kind = :kind, permissions = :permissions,
                    reports_to = (select id from roles where key = :reportsTo), version = version + 1
                where key = :key and version = :version""")
                .param("name", spec.name().trim())
                .param("description", spec.description() == null ? "" : spec.description())
                .param("kind", kind(spec.kind()).code())
                .param("permissions", permissions(spec.permissions()))
                .param("reportsTo", blankToNull(spec.reportsTo()))
                .param("key", key).param("version", before.version())
                .update();
        if (updated == 0) {
            throw new dev.baton.platform.api.StaleVersionException("role " + key, get(key).version());
        }
        Role after = get(key);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", describe(before));
        change.put("after", describe(after));
        audit.record("role.changed", "role", key, change);
        return after;
    }

    /** The keys among {@code keys} that name no role. */
    public List<String> unknown(List<String> keys) {
        Set<String> known = new HashSet<>(jdbc.sql("select key from roles where key = any(:keys)")
                .param("keys", keys.toArray(String[]::new)).query(String.class).list());
        return keys.stream().filter(k -> !known.contains(k)).toList();
    }

    private void validate(String key, RoleSpec spec, Role existing) {
        Problems problems = new Problems();
        problems.require(key != null && KEY.matcher(key).matches(), "key", key,
                "must start with a letter and use only lower-case letters, digits and '-' (at most 40)");
        problems.require(spec.name() != null && !spec.name().isBlank(), "name", spec.name(), "must not be blank");
        if (spec.kind() != null && !spec.kind().isBlank() && Arrays.stream(RoleKind.values()).noneMatch(k -> k.code().equals(spec.kind()))) {
            problems.add("kind", spec.kind(), "must be one of internal, external, persona");
        }
        for (String code : spec.permissions() == null ? List.<String>of() : spec.permissions()) {
            problems.require(Permission.ofCode(code).isPresent(), "permissions", code, "is not a permission; known: "
                    + Arrays.stream(Permission.values()).map(Permission::code).collect(Collectors.joining(", ")));
        }
        String boss = blankToNull(spec.reportsTo());
        if (boss != null) {
            if (boss.equals(key)) {
                problems.add("reportsTo", boss, "a role cannot report to itself");
            } else if (find(boss).isEmpty()) {
                problems.add("reportsTo", boss, "is not a role");
            } else if (existing != null && chainAbove(boss).contains(key)) {
                problems.add("reportsTo", boss, "would make a loop: " + boss + " already reports (indirectly) to " + key);
            }
        }
        problems.throwIfAny();
    }

    /** The keys of a role and every role above it. */
    private List<String> chainAbove(String key) {
        return jdbc.sql("""
                with recursive up(id, key, reports_to) as (
                    select id, key, reports_to from roles where key = :key
                    union select r.id, r.key, r.reports_to from roles r join up on r.id = up.reports_to)
                select key from up""").param("key", key).query(String.class).list();
    }

    private boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from roles where lower(name) = lower(:name) and (cast(:except as uuid) is null or id <> :except)")
                .param("name", name.trim()).param("except", except).query(Long.class).single() > 0;
    }

    static String keyFrom(String name) {
        if (name == null) {
            return null;
        }
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return key.length() > 40 ? key.substring(0, 40) : key;
    }

    private static RoleKind kind(String kind) {
        return kind == null || kind.isBlank() ? RoleKind.INTERNAL : RoleKind.valueOf(kind.toUpperCase(Locale.ROOT));
    }

    private static String[] permissions(List<String> permissions) {
        return permissions == null ? new String[0] : permissions.stream().distinct().sorted().toArray(String[]::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Map<String, Object> describe(Role role) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", role.name());
        map.put("kind", role.kind().code());
        map.put("permissions", role.permissions());
        map.put("reportsTo", role.reportsTo());
        map.put("description", role.description());
        return map;
    }

    static Role role(ResultSet rs, int row) throws SQLException {
        Array permissions = rs.getArray("permissions");
        return new Role(rs.getObject("id", UUID.class), rs.getString("key"), rs.getString("name"), rs.getString("description"),
                RoleKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                List.of((String[]) permissions.getArray()), rs.getString("reports_to"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
