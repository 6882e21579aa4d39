package dev.baton.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.identity.RolesOfUserChanged;
import dev.baton.identity.User;
import dev.baton.identity.UserCreated;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;

/** The people who sign in, the roles they wear and their passwords. */
@Service
public class UserDirectory {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String SELECT = """
            select u.id, u.email, u.display_name, u.enabled, u.version, u.created_at,
                   coalesce(array(select r.key from user_roles ur join roles r on r.id = ur.role_id
                                  where ur.user_id = u.id order by r.key), '{}') as roles
            from users u
            """;

    /** A new account. */
    public record NewUser(String email, String displayName, String password, List<String> roles) {
    }

    /** The editable part of an account. */
    public record UserChange(String displayName, boolean enabled, List<String> roles) {
    }

    private final JdbcClient jdbc;
    private final RoleDirectory roles;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserDirectory(JdbcClient jdbc, RoleDirectory roles, PasswordEncoder passwords, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Users in creation order, optionally those whose name or email contains {@code q}. */
    public CursorPage<User> list(String q, String cursor, int limit) {
        UUID afterId = CursorPage.decodeId(cursor);
        List<User> rows = jdbc.sql(SELECT + """
                 where (cast(:q as text) is null or u.email ilike '%' || :q || '%' or u.display_name ilike '%' || :q || '%')
                   and (cast(:after as uuid) is null or u.id > :after)
                 order by u.id limit :limit""")
                .param("q", q == null || q.isBlank() ? null : q.trim())
                .param("after", afterId).param("limit", limit + 1)
                .query(UserDirectory::user).list();
        return CursorPage.of(rows, limit, u -> u.id().toString());
    }

    public Optional<User> find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UserDirectory::user).optional();
    }

    public Optional<User> findByEmail(String email) {
        return jdbc.sql(SELECT + " where lower(u.email) = lower(:email)").param("email", email).query(UserDirectory::user).optional();
    }

    public User get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /** Every user who can sign in, in name order: the people a record can be assigned to. */
    public List<User> enabled() {
        return jdbc.sql(SELECT + " where u.enabled order by u.display_name").query(UserDirectory::user).list();
    }

    /** Everyone who wears the role, in name order. */
    public List<User> wearing(String roleKey) {
        return jdbc.sql(SELECT + """
                 where exists (select 1 from user_roles ur join roles r on r.id = ur.role_id
                               where ur.user_id = u.id and r.key = :key)
                 order by u.display_name""").param("key", roleKey).query(UserDirectory::user).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    @Transactional
    public User create(NewUser user) {
        List<String> roleKeys = user.roles() == null ? List.of() : user.roles().stream().distinct().toList();
        Problems problems = new Problems();
        problems.require(user.email() != null && EMAIL.matcher(user.email().trim()).matches(), "email", user.email(),
                "must be an email address like name@example.com");
        problems.require(user.displayName() != null && !user.displayName().isBlank(), "displayName", user.displayName(),
                "must not be blank");
        roles.unknown(roleKeys).forEach(k -> problems.add("roles", k, "is not a role"));
        problems.throwIfAny();
        PasswordPolicy.check(user.password(), user.email());
        String email = user.email().trim();
        if (findByEmail(email).isPresent()) {
            throw new ConflictException("A user with the email " + email + " already exists.");
        }
        UUID id = Ids.next(clock);
        jdbc.sql("""
                insert into users (id, email, display_name, password_hash, created_at)
                values (:id, :email, :name, :hash, :at)""")
                .param("id", id).param("email", email).param("name", user.displayName().trim())
                .param("hash", passwords.encode(user.password()))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        assignRoles(id, roleKeys);
        audit.record("user.created", "user", id, Map.of("email", email, "displayName", user.displayName().trim(), "roles", roleKeys));
        events.publishEvent(new UserCreated(id, email, clock.instant()));
        return get(id);
    }

    @Transactional
    public User update(UUID id, UserChange change, Long expectedVersion) {
        User before = get(id);
        List<String> roleKeys = change.roles() == null ? before.roles() : change.roles().stream().distinct().sorted().toList();
        Problems problems = new Problems();
        problems.require(change.displayName() != null && !change.displayName().isBlank(), "displayName",
                change.displayName(), "must not be blank");
        roles.unknown(roleKeys).forEach(k -> problems.add("roles", k, "is not a role"));
        problems.throwIfAny();
        Versions.check("user " + id, expectedVersion, before.version());
        int updated = jdbc.sql("""
                update users set display_name = :name, enabled = :enabled, version = version + 1
                where id = :id and version = :version""")
                .param("name", change.displayName().trim()).param("enabled", change.enabled())
                .param("id", id).param("version", before.version())
                .update();
        if (updated == 0) {
            throw new StaleVersionException("user " + id, get(id).version());
        }
        jdbc.sql("delete from user_roles where user_id = :id").param("id", id).update();
        assignRoles(id, roleKeys);
        User after = get(id);
        Map<String, Object> diff = new LinkedHashMap<>();
        if (!before.displayName().equals(after.displayName())) {
            diff.put("displayName", List.of(before.displayName(), after.displayName()));
        }
        if (before.enabled() != after.enabled()) {
            diff.put("enabled", List.of(before.enabled(), after.enabled()));
        }
        if (!before.roles().equals(after.roles())) {
            diff.put("roles", List.of(before.roles(), after.roles()));
            events.publishEvent(new RolesOfUserChanged(id, after.roles(), clock.instant()));
        }
        audit.record("user.changed", "user", id, diff);
        return after;
    }

    @Transactional
    public void changePassword(UUID id, String password) {
        User user = get(id);
        PasswordPolicy.check(password, user.email());
        jdbc.sql("update users set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", passwords.encode(password)).param("id", id).update();
        audit.record("user.password-changed", "user", id, Map.of());
    }

    /** Adds roles to a user (used when loading data); unknown keys are ignored by the caller's check. */
    void assignRoles(UUID user, List<String> roleKeys) {
        if (roleKeys.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into user_roles (user_id, role_id)
                select :user, id from roles where key = any(:keys) on conflict do nothing""")
                .param("user", user).param("keys", roleKeys.toArray(String[]::new)).update();
    }

    static User user(ResultSet rs, int row) throws SQLException {
        return new User(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getBoolean("enabled"), List.of((String[]) rs.getArray("roles").getArray()), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
