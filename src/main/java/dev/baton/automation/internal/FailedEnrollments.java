package dev.baton.automation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.audit.AuditTrail;

/**
 * People held at a step that failed (a role deleted since, a value the step could not use): once
 * the cause is mended, a marketer sends them through the step again. They wait at it, due now, and
 * the step's failed count becomes waiting; the runner takes them at its next poll.
 */
@Service
public class FailedEnrollments {

    private final JdbcClient jdbc;
    private final JourneyBook book;
    private final AuditTrail audit;
    private final Clock clock;

    FailedEnrollments(JdbcClient jdbc, JourneyBook book, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets the failed enrollments of a journey (at {@code step} only, when given: a step's key in any
     * of its versions) back to waiting at their step, due now; returns how many.
     */
    @Transactional
    public int retry(String key, String step) {
        JourneyBook.Journey journey = book.journey(key);
        List<Integer> versions = jdbc.sql("select id from journey_versions where journey_id = :j order by version")
                .param("j", journey.id()).query(Integer.class).list();
        Map<Integer, Short> nodes = new LinkedHashMap<>();
        if (step != null) {
            for (int version : versions) {
                CompiledPlan plan = book.plan(version);
                for (int i = 0; i < plan.size(); i++) {
                    if (step.equals(plan.node(i).key())) {
                        nodes.put(version, (short) i);
                    }
                }
            }
            if (nodes.isEmpty()) {
                throw new InvalidInputException("step", step, "is not a step of the campaign " + key);
            }
        }
        List<long[]> retried = jdbc.sql("""
                with again as (
                    update enrollments e set state = 0, due_at = :now
                    where e.journey_id = :journey and e.state = 2
                      and (cast(:step as text) is null
                           or (e.version_id, e.node) in (select v, n from unnest(:versions, :nodes) as x(v, n)))
                    returning e.version_id, e.node)
                select version_id, node, count(*) as n from again group by version_id, node""")
                .param("now", Timestamp.from(clock.instant())).param("journey", journey.id()).param("step", step)
                .param("versions", nodes.keySet().toArray(Integer[]::new)).param("nodes", nodes.values().toArray(Short[]::new))
                .query((rs, n) -> new long[] {rs.getInt("version_id"), rs.getShort("node"), rs.getLong("n")}).list();
        // waiting is entered less done and failed: taking from failed makes them waiting again
        book.countAll(retried.stream().map(r -> new JourneyBook.StepDelta((int) r[0], (int) r[1], 0, 0, -r[2])).toList());
        int total = (int) retried.stream().mapToLong(r -> r[2]).sum();
        audit.record("journey.failed_retried", "journey", key, step == null ? Map.of("people", total)
                : Map.of("people", total, "step", step));
        return total;
    }
}
