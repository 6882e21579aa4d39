package dev.baton.automation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.baton.automation.JourneyPlan;
import dev.baton.contacts.PeopleChanged;
import dev.baton.contacts.PersonChanged;
import dev.baton.contacts.PersonCreated;

/**
 * Campaigns that start on a date ({@code date_reached}), without polling: the enrollment is made
 * ahead of time, at the first step, due at the moment (the date, plus the offset, at the time of
 * day; a first wait step begins there: a wait for a while adds to it, a wait until 09:00 or business
 * hours ends at the first such time from the moment), so the runner takes it when the moment comes. Deploying
 * enrolls everyone whose moment is ahead in one statement; a change of the date moves, makes or
 * removes the waiting enrollment. A yearly date (birthdays, renewals) takes the next anniversary
 * ahead, and when a person is through the campaign their next anniversary is enrolled.
 */
@Component
class DateTriggers {

    private final JdbcClient jdbc;
    private final JourneyBook book;
    private final Clock clock;

    DateTriggers(JdbcClient jdbc, JourneyBook book, Clock clock) {
        this.jdbc = jdbc;
        this.book = book;
        this.clock = clock;
    }

    @EventListener
    void on(JourneyDeployed deployed) {
        if (!startsOnDate(deployed.plan())) {
            return;
        }
        CompiledPlan plan = book.plan(deployed.version());
        // people still waiting for their date take the new version's settings
        unschedule(deployed.journey(), null, ahead(plan));
        schedule(new JourneyBook.Starting(deployed.journey(), deployed.key(), deployed.version(), deployed.reentry(),
                deployed.plan().triggers().get(0)), null);
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        rescheduled(List.of(event));
    }

    /** A date field set for many people (a campaign's set_field): their waiting rows move as for single edits. */
    @ApplicationModuleListener
    void on(PeopleChanged event) {
        rescheduled(event.changes());
    }

    /** Those whose date field of a date campaign changed wait for the new moment, per campaign in one statement each. */
    private void rescheduled(List<PersonChanged> changes) {
        for (JourneyBook.Starting starting : book.startingOn("date_reached")) {
            String key = "custom." + DateTrigger.of(starting.trigger()).field();
            List<UUID> people = changes.stream().filter(c -> c.changes().containsKey(key)).map(PersonChanged::person).toList();
            if (!people.isEmpty()) {
                unschedule(starting.journey(), people, ahead(book.plan(starting.version())));
                schedule(starting, people);
            }
        }
    }

    @ApplicationModuleListener
    void on(PersonCreated event) {
        for (JourneyBook.Starting starting : book.startingOn("date_reached")) {
            schedule(starting, List.of(event.person()));
        }
    }

    /** People went through a campaign (the runner's batch, by version): those of yearly dates are enrolled for their next anniversary. */
    void finished(Map<Integer, List<UUID>> peopleByVersion) {
        peopleByVersion.forEach((version, people) -> {
            JourneyPlan plan = book.plan(version).plan();
            if (!startsOnDate(plan) || !DateTrigger.of(plan.triggers().get(0)).yearly()) {
                return;
            }
            int journey = jdbc.sql("select journey_id from journey_versions where id = :v").param("v", version).query(Integer.class).single();
            book.startingOn("date_reached").stream().filter(s -> s.journey() == journey).findFirst()
                    .ifPresent(starting -> schedule(starting, people));
        });
    }

    private static boolean startsOnDate(JourneyPlan plan) {
        return plan.triggers() != null && !plan.triggers().isEmpty() && "date_reached".equals(plan.triggers().get(0).type());
    }

    /**
     * Enrolls those (of {@code only}, or everyone) whose moment is ahead, in one statement. A yearly
     * date comes back by design, so it enrolls whatever the campaign's re-entry setting. A first wait
     * for a while is added to the moment in the statement; a first wait until a time of day or
     * business hours begins at the moment, so each row's due is moved to that wait's end.
     */
    private void schedule(JourneyBook.Starting starting, Collection<UUID> only) {
        DateTrigger date = DateTrigger.of(starting.trigger());
        CompiledPlan plan = book.plan(starting.version());
        Instant now = clock.instant();
        ZoneId zone = JourneyBook.zone();
        List<Object[]> entered = date.bind(jdbc.sql("""
                insert into enrollments (version_id, journey_id, person_id, node, state, due_at)
                select :version, :journey, x.id, 0, 0, x.moment + make_interval(secs => :wait)
                from (select p.id, %s as moment from people p where %s %s) x
                where x.moment is not null
                  and (:reentry or not exists (select 1 from enrollments e where e.journey_id = :journey and e.person_id = x.id))
                on conflict (journey_id, person_id) where state = 0 do nothing
                returning id, due_at"""
                .formatted(DateTrigger.NEXT_MOMENT, DateTrigger.HAS_DATE, only == null ? "" : "and p.id = any(:only)")), now, zone)
                .param("version", starting.version()).param("journey", starting.journey())
                .param("wait", (double) plan.firstWaitSeconds()).param("reentry", starting.reentry() || date.yearly())
                .param("only", only == null ? new UUID[0] : only.toArray(UUID[]::new))
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getTimestamp("due_at").toInstant()}).list();
        if (waitsUntil(plan) && !entered.isEmpty()) {
            jdbc.sql("update enrollments e set due_at = x.due from unnest(:ids, :dues) as x(id, due) where e.id = x.id")
                    .param("ids", entered.stream().map(row -> (Long) row[0]).toArray(Long[]::new))
                    .param("dues", entered.stream().map(row -> Timestamp.from(plan.dueOnArrival(0, (Instant) row[1], zone)))
                            .toArray(Timestamp[]::new))
                    .update();
        }
        book.count(starting.version(), 0, entered.size(), 0, 0);
    }

    /** Whether the plan begins with a wait until a time of day or business hours (not for a while, not until a person's date). */
    private static boolean waitsUntil(CompiledPlan plan) {
        return plan.waits(0) && plan.node(0).duration() == null && plan.node(0).with().get("until") != null;
    }

    /**
     * The moment after which a waiting first row is surely still waiting for its date rather than in
     * the first wait: the end of that wait for someone arriving now (the wait's end only moves later
     * as the arrival does). With a first wait until a time of day or business hours, a row whose
     * moment falls between now and that end cannot be told from one already in the wait, and stays as
     * it is (on its version, due at that end) even when its date changes.
     */
    private Instant ahead(CompiledPlan plan) {
        return plan.dueOnArrival(0, clock.instant(), JourneyBook.zone());
    }

    /** Takes out those (of {@code people}, or everyone) still waiting for their date, so that they can be scheduled anew. */
    private void unschedule(int journey, Collection<UUID> people, Instant ahead) {
        jdbc.sql("""
                with gone as (
                    delete from enrollments
                    where journey_id = :journey and state = 0 and node = 0 and due_at > :ahead %s
                    returning version_id)
                select version_id, count(*) as n from gone group by version_id"""
                .formatted(people == null ? "" : "and person_id = any(:people)"))
                .param("journey", journey).param("ahead", Timestamp.from(ahead))
                .param("people", people == null ? new UUID[0] : people.toArray(UUID[]::new))
                .query((rs, n) -> new long[] {rs.getInt("version_id"), rs.getLong("n")}).list()
                .forEach(gone -> book.count((int) gone[0], 0, -gone[1], 0, 0));
    }
}
