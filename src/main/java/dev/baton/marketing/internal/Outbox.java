package dev.baton.marketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.marketing.OutboxEntry;
import dev.baton.marketing.OutgoingEmail;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;

/** The outbox table: enqueueing in sets, claiming due rows for a sender, and recording what happened. */
@Repository
public class Outbox {

    static final String SELECT = """
            select o.*, t.key as template_key from email_outbox o left join email_templates t on t.id = o.template_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts the emails whose keys are new, in one statement; returns how many were new. */
    @Transactional
    public int enqueue(List<OutgoingEmail> emails) {
        if (emails.isEmpty()) {
            return 0;
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> templates = new LinkedHashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            OutgoingEmail email = emails.get(i);
            if (email.idempotencyKey() == null || email.idempotencyKey().isBlank()) {
                problems.add(new FieldProblem("emails[" + i + "].idempotencyKey", null, "must name this sending"));
            }
            if (email.person() == null) {
                problems.add(new FieldProblem("emails[" + i + "].person", null, "must be given"));
            }
            templates.add(email.template());
        }
        List<String> known = jdbc.sql("select key from email_templates where key = any(:keys)")
                .param("keys", templates.stream().filter(t -> t != null).toArray(String[]::new)).query(String.class).list();
        templates.stream().filter(t -> !known.contains(t))
                .forEach(t -> problems.add(new FieldProblem("template", t, "is not an email template")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                insert into email_outbox (id, idempotency_key, person_id, template_id, deal_id, purpose, status, next_attempt_at,
                                          created_at)
                select x.id, x.key, x.person, t.id, x.deal, t.purpose, 'queued', :now, :now
                from unnest(:ids, :keys, :people, :templates, :deals) as x(id, key, person, template, deal)
                join email_templates t on t.key = x.template
                on conflict (idempotency_key) do nothing""")
                .param("ids", emails.stream().map(e -> Ids.next(clock)).toArray(UUID[]::new))
                .param("keys", emails.stream().map(OutgoingEmail::idempotencyKey).toArray(String[]::new))
                .param("people", emails.stream().map(OutgoingEmail::person).toArray(UUID[]::new))
                .param("templates", emails.stream().map(OutgoingEmail::template).toArray(String[]::new))
                .param("deals", emails.stream().map(OutgoingEmail::deal).toArray(UUID[]::new))
                .param("now", Timestamp.from(now)).update();
    }

    /** Claims up to {@code limit} due emails for this sender, marking them sending (committed before any is sent). */
    @Transactional
    public List<OutboxEntry> claim(int limit) {
        Instant now = clock.instant();
        return jdbc.sql("""
                with claimed as (
                    update email_outbox o set status = 'sending', claimed_at = :now, attempts = attempts + 1
                    where o.id in (select id from email_outbox where status = 'queued' and next_attempt_at <= :now
                                   order by next_attempt_at, id limit :limit for update skip locked)
                    returning o.*)
                select c.*, t.key as template_key from claimed c left join email_templates t on t.id = c.template_id
                order by c.next_attempt_at, c.id""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Outbox::entry).list();
    }

    /** What became of a claimed email. */
    record Outcome(UUID id, String status, String to, String subject, String reason, String messageId, Instant retryAt) {
    }

    /** Records the outcomes of a batch in one statement. */
    void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                update email_outbox o set status = x.status, to_address = coalesce(x.address, o.to_address),
                    subject = coalesce(x.subject, o.subject), reason = x.reason, message_id = x.message_id,
                    next_attempt_at = coalesce(cast(x.retry_at as timestamptz), o.next_attempt_at), claimed_at = null,
                    sent_at = case when x.status = 'sent' then cast(:now as timestamptz) else o.sent_at end
                from unnest(:ids, :statuses, :addresses, :subjects, :reasons, :messageIds, :retries)
                     as x(id, status, address, subject, reason, message_id, retry_at)
                where o.id = x.id and o.status = 'sending'""")
                .param("ids", outcomes.stream().map(Outcome::id).toArray(UUID[]::new))
                .param("statuses", outcomes.stream().map(Outcome::status).toArray(String[]::new))
                .param("addresses", outcomes.stream().map(Outcome::to).toArray(String[]::new))
                .param("subjects", outcomes.stream().map(Outcome::subject).toArray(String[]::new))
                .param("reasons", outcomes.stream().map(Outcome::reason).toArray(String[]::new))
                .param("messageIds", outcomes.stream().map(Outcome::messageId).toArray(String[]::new))
                .param("retries", outcomes.stream().map(o -> o.retryAt() == null ? null : o.retryAt().toString())
                        .toArray(String[]::new))
                .param("now", Timestamp.from(now)).update();
    }

    /**
     * Emails left "sending" longer than {@code timeout} — their node stopped while handing them to
     * the mail server — are parked as unconfirmed: sending them again could send them twice.
     */
    @Transactional
    public List<OutboxEntry> parkAbandoned(Duration timeout) {
        Instant now = clock.instant();
        return jdbc.sql("""
                with parked as (
                    update email_outbox set status = 'unconfirmed', claimed_at = null,
                        reason = 'Baton stopped while handing this email to the mail server; it may or may not have gone out'
                    where status = 'sending' and claimed_at < :before returning *)
                select p.*, t.key as template_key from parked p left join email_templates t on t.id = p.template_id""")
                .param("before", Timestamp.from(now.minus(timeout))).query(Outbox::entry).list();
    }

    /** Puts a failed or unconfirmed email back in the queue, by a person's decision. */
    @Transactional
    public OutboxEntry retry(UUID id) {
        OutboxEntry entry = get(id);
        if (!List.of("failed", "unconfirmed").contains(entry.status())) {
            throw new ConflictException("Only a failed or unconfirmed email can be retried; this one is " + entry.status() + ".");
        }
        jdbc.sql("update email_outbox set status = 'queued', next_attempt_at = :now, reason = null where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        return get(id);
    }

    public OutboxEntry get(UUID id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(Outbox::entry).optional()
                .orElseThrow(() -> new NotFoundException("email", id));
    }

    /** Outbox entries, newest first, optionally of one status or one person. */
    public CursorPage<OutboxEntry> list(String status, UUID person, String cursor, int limit) {
        UUID after = CursorPage.decodeId(cursor);
        List<OutboxEntry> rows = jdbc.sql(SELECT + """
                 where (cast(:status as text) is null or o.status = :status)
                   and (cast(:person as uuid) is null or o.person_id = :person)
                   and (cast(:after as uuid) is null or o.id < :after)
                 order by o.id desc limit :limit""")
                .param("status", status == null || status.isBlank() ? null : status).param("person", person)
                .param("after", after).param("limit", limit + 1).query(Outbox::entry).list();
        return CursorPage.of(rows, limit, e -> e.id().toString());
    }

    static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getObject("id", UUID.class), rs.getString("idempotency_key"), rs.getObject("person_id", UUID.class),
                rs.getString("template_key"), rs.getObject("deal_id", UUID.class), rs.getString("purpose"),
                rs.getString("to_address"), rs.getString("subject"), rs.getString("status"), rs.getString("reason"),
                rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), rs.getString("message_id"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
