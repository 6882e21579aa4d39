package dev.baton.automation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.automation.WebhookDelivery;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.audit.AuditTrail;

/**
 * The webhook deliveries table: enqueueing a batch in one statement (a key seen before is skipped),
 * claiming due rows for a node, recording what the receivers answered, and a person's retry.
 */
@Repository
public class WebhookOutbox {

    static final Set<String> STATUSES = Set.of("pending", "delivered", "parked");

    /** A webhook call to make: its key makes it once only, whatever retries the step that made it. */
    public record NewDelivery(String idempotencyKey, String url, String payload, String process, String step, UUID person) {
    }

    /**
     * What became of one attempt: delivered, or failed with the receiver's status or the error; a
     * refused one (a private address) was not sent at all and is parked at once.
     */
    record Attempt(WebhookDelivery delivery, boolean delivered, Integer status, String error, boolean refused) {

        Attempt(WebhookDelivery delivery, boolean delivered, Integer status, String error) {
            this(delivery, delivered, status, error, false);
        }

        static Attempt refused(WebhookDelivery delivery, String why) {
            return new Attempt(delivery, false, null, why, true);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    WebhookOutbox(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Inserts the deliveries whose keys are new, in one statement; returns how many were new. */
    @Transactional
    public int enqueue(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            NewDelivery d = deliveries.get(i);
            if (d.idempotencyKey() == null || d.idempotencyKey().isBlank()) {
                problems.add(new FieldProblem("deliveries[" + i + "].idempotencyKey", null, "must name this call"));
            }
            if (!WebhookUrls.valid(d.url())) {
                problems.add(new FieldProblem("deliveries[" + i + "].url", d.url(), WebhookUrls.PROBLEM));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                insert into webhook_deliveries (id, idempotency_key, url, payload, process, step, person_id, status, next_attempt_at,
                                                created_at)
                select x.id, x.key, x.url, x.payload, x.process, x.step, x.person, 'pending', :now, :now
                from unnest(:ids, :keys, :urls, :payloads, :processes, :steps, :people)
                     as x(id, key, url, payload, process, step, person)
                on conflict (idempotency_key) do nothing""")
                .param("ids", deliveries.stream().map(d -> Ids.next(clock)).toArray(UUID[]::new))
                .param("keys", deliveries.stream().map(NewDelivery::idempotencyKey).toArray(String[]::new))
                .param("urls", deliveries.stream().map(NewDelivery::url).toArray(String[]::new))
                .param("payloads", deliveries.stream().map(NewDelivery::payload).toArray(String[]::new))
                .param("processes", deliveries.stream().map(NewDelivery::process).toArray(String[]::new))
                .param("steps", deliveries.stream().map(NewDelivery::step).toArray(String[]::new))
                .param("people", deliveries.stream().map(NewDelivery::person).toArray(UUID[]::new))
                .param("now", Timestamp.from(now)).update();
    }

    /**
     * Claims up to {@code limit} due deliveries for this node: counts the attempt and moves the due
     * time past the lease, committed before anything is sent. Should the node stop while sending,
     * the delivery is due again when the lease ends; the receiver drops a repeat by its key.
     */
    @Transactional
    public List<WebhookDelivery> claim(int limit, java.time.Duration lease) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update webhook_deliveries d set attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :lease
                where d.id in (select id from webhook_deliveries where status = 'pending' and next_attempt_at <= :now
                               order by next_attempt_at, id limit :limit for update skip locked)
                returning d.*""")
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(now.plus(lease))).param("limit", limit)
                .query(WebhookOutbox::delivery).list();
    }

    /**
     * Records a batch of attempts in one transaction: delivered, due again after its backoff, or
     * parked after the last attempt or when refused (and written to the audit trail). An attempt whose claim lapsed
     * and was taken again by another node is left to that node.
     */
    @Transactional
    void record(List<Attempt> attempts, WebhookSettings settings) {
        Instant now = clock.instant();
        for (Attempt attempt : attempts) {
            WebhookDelivery d = attempt.delivery();
            boolean park = !attempt.delivered() && (attempt.refused() || d.attempts() >= settings.maxAttempts());
            String status = attempt.delivered() ? "delivered" : park ? "parked" : "pending";
            int updated = jdbc.sql("""
                    update webhook_deliveries set status = :status, last_status = :code, last_error = :error,
                        next_attempt_at = :next, delivered_at = :delivered
                    where id = :id and status = 'pending' and attempts = :attempts""")
                    .param("status", status).param("code", attempt.status()).param("error", attempt.error())
                    .param("next", Timestamp.from(attempt.delivered() || park ? now
                            : waitFrom(d.lastAttemptAt(), now).plus(settings.delayAfter(d.attempts()))))
                    .param("delivered", attempt.delivered() ? Timestamp.from(now) : null)
                    .param("id", d.id()).param("attempts", d.attempts()).update();
            if (updated == 1 && park) {
                audit.record("webhook.parked", "webhook_delivery", d.id(), Map.of("url", d.url(), "attempts", d.attempts(),
                        "lastStatus", attempt.status() == null ? "" : attempt.status(), "lastError", attempt.error() == null ? "" : attempt.error()));
            }
        }
    }

    /** The wait is counted from the attempt's start, unless the clock went back since. */
    private static Instant waitFrom(Instant attempted, Instant now) {
        return attempted == null || attempted.isAfter(now) ? now : attempted;
    }

    /** Puts a parked delivery back in the queue, due now: one more attempt, by a person's decision. */
    @Transactional
    public WebhookDelivery retry(UUID id) {
        WebhookDelivery delivery = get(id);
        if (!"parked".equals(delivery.status())) {
            throw new ConflictException("Only a parked webhook delivery can be retried; this one is " + delivery.status() + ".");
        }
        jdbc.sql("update webhook_deliveries set status = 'pending', next_attempt_at = :now where id = :id and status = 'parked'")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        audit.record("webhook.retried", "webhook_delivery", id, Map.of("url", delivery.url(), "attempts", delivery.attempts()));
        return get(id);
    }

    public WebhookDelivery get(UUID id) {
        return jdbc.sql("select * from webhook_deliveries where id = :id").param("id", id).query(WebhookOutbox::delivery).optional()
                .orElseThrow(() -> new NotFoundException("webhook delivery", id));
    }

    /** Deliveries, newest first, optionally of one status. */
    public CursorPage<WebhookDelivery> list(String status, String cursor, int limit) {
        String wanted = status == null || status.isBlank() ? null : status.trim();
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw new InvalidInputException("status", status, "must be pending, delivered or parked");
        }
        UUID after = CursorPage.decodeId(cursor);
        List<WebhookDelivery> rows = jdbc.sql("""
                select * from webhook_deliveries
                where (cast(:status as text) is null or status = :status) and (cast(:after as uuid) is null or id < :after)
                order by id desc limit :limit""")
                .param("status", wanted).param("after", after).param("limit", limit + 1).query(WebhookOutbox::delivery).list();
        return CursorPage.of(rows, limit, d -> d.id().toString());
    }

    static WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
        return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getString("idempotency_key"), rs.getString("url"),
                rs.getString("process"), rs.getString("step"), rs.getObject("person_id", UUID.class), rs.getString("status"),
                rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("last_attempt_at")),
                rs.getObject("last_status", Integer.class), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("delivered_at")), rs.getString("payload"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
