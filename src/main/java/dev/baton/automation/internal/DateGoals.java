package dev.baton.automation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.baton.automation.JourneyPlan;
import dev.baton.contacts.PeopleChanged;
import dev.baton.contacts.PersonChanged;
import dev.baton.contacts.PersonCreated;

/**
 * Goals on a person's date (a campaign's later {@code date_reached} trigger): the goal is reached
 * when the person's moment (the date, plus the offset, at the time of day; every year when yearly)
 * comes while they are before it in the campaign. As for campaigns that start on a date, nothing
 * polls people: each person with the date gets a row due at their next moment, made when the
 * campaign is deployed and moved when the date changes; when it comes due, whoever of them waits
 * before the goal (in any version of the campaign) goes on after it. A moment that had passed when
 * they entered does not count.
 */
@Component
class DateGoals {

    private static final Logger log = LoggerFactory.getLogger(DateGoals.class);

    /** A date goal of a campaign's newest version. */
    private record Goal(int journey, String step, DateTrigger date) {
    }

    private final JdbcClient jdbc;
    private final JourneyBook book;
    private final JourneyGoals journeyGoals;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int batchSize;

    DateGoals(JdbcClient jdbc, JourneyBook book, JourneyGoals journeyGoals, Clock clock, TransactionTemplate transaction,
            @Value("${baton.journeys.batch:1000}") int batchSize) {
        this.jdbc = jdbc;
        this.book = book;
        this.journeyGoals = journeyGoals;
        this.clock = clock;
        this.transaction = transaction;
        this.batchSize = batchSize;
    }

    @EventListener
    void on(JourneyDeployed deployed) {
        jdbc.sql("delete from journey_date_goals where journey_id = :j").param("j", deployed.journey()).update();
        goals(deployed.journey(), deployed.plan()).forEach(goal -> schedule(goal, null));
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        rescheduled(List.of(event));
    }

    @ApplicationModuleListener
    void on(PeopleChanged event) {
        rescheduled(event.changes());
    }

    @ApplicationModuleListener
    void on(PersonCreated event) {
        goals().forEach(goal -> schedule(goal, List.of(event.person())));
    }

    private void rescheduled(List<PersonChanged> changes) {
        for (Goal goal : goals()) {
            String key = "custom." + goal.date().field();
            List<UUID> people = changes.stream().filter(c -> c.changes().containsKey(key)).map(PersonChanged::person).toList();
            if (!people.isEmpty()) {
                jdbc.sql("delete from journey_date_goals where journey_id = :j and step = :step and person_id = any(:people)")
                        .param("j", goal.journey()).param("step", goal.step()).param("people", people.toArray(UUID[]::new)).update();
                schedule(goal, people);
            }
        }
    }

    @Scheduled(fixedDelayString = "${baton.journeys.poll:1s}", initialDelayString = "${baton.journeys.poll:1s}")
    void tick() {
        try {
            reachDue();
        } catch (RuntimeException e) {
            log.error("Reaching date goals failed; trying again at the next poll", e);
        }
    }

    /** Takes the due moments in batches ({@code FOR UPDATE SKIP LOCKED}) and moves their people past the goals; returns how many moved. */
    int reachDue() {
        int moved = 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                Map<List<Object>, List<UUID>> due = new LinkedHashMap<>();
                jdbc.sql("""
                        delete from journey_date_goals g
                        using (select journey_id, step, person_id from journey_date_goals where due_at <= :now
                               order by due_at limit :limit for update skip locked) d
                        where g.journey_id = d.journey_id and g.step = d.step and g.person_id = d.person_id
                        returning g.journey_id, g.step, g.person_id""")
                        .param("now", java.sql.Timestamp.from(clock.instant())).param("limit", batchSize)
                        .query((rs, n) -> due.computeIfAbsent(List.of(rs.getInt("journey_id"), rs.getString("step")),
                                k -> new ArrayList<>()).add(rs.getObject("person_id", UUID.class)))
                        .list();
                if (due.isEmpty()) {
                    return -1;
                }
                int reached = 0;
                List<Goal> goals = goals();
                for (var entry : due.entrySet()) {
                    int journey = (Integer) entry.getKey().get(0);
                    String step = (String) entry.getKey().get(1);
                    reached += journeyGoals.achieveGoalStep(journey, step, entry.getValue());
                    // a yearly date comes again: the next anniversary is scheduled
                    goals.stream().filter(g -> g.journey() == journey && g.step().equals(step) && g.date().yearly())
                            .forEach(g -> schedule(g, entry.getValue()));
                }
                return reached;
            });
            if (batch == null || batch < 0) {
                return moved;
            }
            moved += batch;
        }
    }

    /** The date goals of every journey's newest version. */
    private List<Goal> goals() {
        List<Goal> found = new ArrayList<>();
        jdbc.sql("""
                select j.id, v.id as version from journeys j
                join lateral (select id, plan from journey_versions v where v.journey_id = j.id order by version desc limit 1) v on true
                where exists (select 1 from jsonb_array_elements(v.plan -> 'nodes') n
                              where n ->> 'type' = 'goal' and n -> 'with' ->> 'event' = 'date_reached')""")
                .query((rs, n) -> new int[] {rs.getInt("id"), rs.getInt("version")}).list()
                .forEach(row -> found.addAll(goals(row[0], book.plan(row[1]).plan())));
        return found;
    }

    private static List<Goal> goals(int journey, JourneyPlan plan) {
        return plan.nodes().stream().filter(n -> "goal".equals(n.type()) && "date_reached".equals(n.with().get("event")))
                .map(n -> new Goal(journey, n.key(), DateTrigger.of(new JourneyPlan.Trigger("date_reached", n.with().get("value"),
                        n.with()))))
                .toList();
    }

    /** Those (of {@code only}, or everyone) with the date get a row due at their next moment, in one statement. */
    private void schedule(Goal goal, Collection<UUID> only) {
        Instant now = clock.instant();
        goal.date().bind(jdbc.sql("""
                insert into journey_date_goals (journey_id, step, person_id, due_at)
                select :journey, :step, x.id, x.moment from (select p.id, %s as moment from people p where %s %s) x
                where x.moment is not null
                on conflict (journey_id, step, person_id) do update set due_at = excluded.due_at"""
                .formatted(DateTrigger.NEXT_MOMENT, DateTrigger.HAS_DATE, only == null ? "" : "and p.id = any(:only)")), now,
                JourneyBook.zone())
                .param("journey", goal.journey()).param("step", goal.step())
                .param("only", only == null ? new UUID[0] : only.toArray(UUID[]::new)).update();
    }
}
