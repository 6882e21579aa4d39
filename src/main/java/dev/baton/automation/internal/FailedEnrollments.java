package dev.baton.automation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
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
     * Sets the failed enrollments of a journey (at {@code step} only, when given: a step's key; of the
     * version numbered {@code version} only, when given, else of any) back to waiting at their step,
     * due now; returns how many.
     */
    @Transactional
    public int retry(String key, String step, Integer version) {
        JourneyBook.Journey journey = book.journey(key);
        List<Integer> versions = jdbc.sql("""
                select id from journey_versions where journey_id = :j and (cast(:number as int) is null or version = :number)
                order by version""")
                .param("j", journey.id()).param("number", version).query(Integer.class).list();
        if (versions.isEmpty()) {
            throw new InvalidInputException("version", String.valueOf(version), "is not a version of the campaign " + key);
        }
        List<Integer> stepVersions = new ArrayList<>();
        List<Short> stepNodes = new ArrayList<>();
        if (step != null) {
            for (int id : versions) {
                CompiledPlan plan = book.plan(id);
                for (int i = 0; i < plan.size(); i++) {
                    if (step.equals(plan.node(i).key())) {
                        stepVersions.add(id);
                        stepNodes.add((short) i);
                    }
                }
            }
            if (stepVersions.isEmpty()) {
                throw new InvalidInputException("step", step, "is not a step of the campaign " + key
                        + (version == null ? "" : " in version " + version));
            }
        }
        List<long[]> retried = jdbc.sql("""
                with again as (
                    update enrollments e set state = 0, due_at = :now
                    where e.journey_id = :journey and e.state = 2 and e.version_id = any(:versions)
                      and (cast(:step as text) is null
                           or (e.version_id, e.node) in (select v, n from unnest(:stepVersions, :stepNodes) as x(v, n)))
                    returning e.version_id, e.node)
                select version_id, node, count(*) as n from again group by version_id, node""")
                .param("now", Timestamp.from(clock.instant())).param("journey", journey.id()).param("step", step)
                .param("versions", versions.toArray(Integer[]::new))
                .param("stepVersions", stepVersions.toArray(Integer[]::new)).param("stepNodes", stepNodes.toArray(Short[]::new))
                .query((rs, n) -> new long[] {rs.getInt("version_id"), rs.getShort("node"), rs.getLong("n")}).list();
        // waiting is entered less done and failed: taking from failed makes them waiting again
        book.countAll(retried.stream().map(r -> new JourneyBook.StepDelta((int) r[0], (int) r[1], 0, 0, -r[2])).toList());
        int total = (int) retried.stream().mapToLong(r -> r[2]).sum();
        if (total > 0) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("people", total);
            if (step != null) {
                details.put("step", step);
            }
            if (version != null) {
                details.put("version", version);
            }
            audit.record("journey.failed_retried", "journey", key, details);
        }
        return total;
    }
}
