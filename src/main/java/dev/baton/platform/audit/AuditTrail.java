package dev.baton.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

import dev.baton.platform.api.CursorPage;

/**
 * The audit trail every module writes to inside its own transaction, so a change and its record
 * commit or roll back together.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /** Records a change by the signed-in user (or "system" outside a request). */
    public void record(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        jdbc.sql("""
                insert into audit_log (at, actor, action, subject_type, subject_id, details)
                values (:at, :actor, :action, :type, :id, cast(:details as jsonb))""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", currentActor())
                .param("action", action)
                .param("type", subjectType)
                .param("id", String.valueOf(subjectId))
                .param("details", json.writeValueAsString(details))
                .update();
    }

    /** The newest entries first, optionally for one subject. */
    public CursorPage<AuditEntry> entries(String subjectType, String subjectId, String cursor, int limit) {
        String after = CursorPage.decode(cursor);
        List<AuditEntry> rows = jdbc.sql("""
                select id, at, actor, action, subject_type, subject_id, details::text as details from audit_log
                where (cast(:type as text) is null or subject_type = :type)
                  and (cast(:subject as text) is null or subject_id = :subject)
                  and (cast(:after as bigint) is null or id < cast(:after as bigint))
                order by id desc limit :limit""")
                .param("type", subjectType)
                .param("subject", subjectId)
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("details")))
                .list();
        return CursorPage.of(rows, limit, e -> String.valueOf(e.id()));
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
