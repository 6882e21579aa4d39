package dev.baton.automation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals, as Keap has them: people waiting anywhere before a goal step leave where they are and go
 * on after it when the goal is reached — by the API, by an event (a tag applied, a link clicked, a
 * field taking a value …) or by the person's own moment (a date). One statement per goal of each
 * journey version that has it.
 */
@Service
public class JourneyGoals {

    private final JdbcClient jdbc;
    private final JourneyBook book;
    private final Clock clock;

    JourneyGoals(JdbcClient jdbc, JourneyBook book, Clock clock) {
        this.jdbc = jdbc;
        this.book = book;
        this.clock = clock;
    }

    /** An API goal (a later trigger on {@code goal}, or a goal step without an event) reached by people; returns how many moved. */
    @Transactional
    public int achieveGoal(String goal, Collection<UUID> people) {
        return pass(people, """
                select v.id from journey_versions v
                where exists (select 1 from jsonb_array_elements(v.plan -> 'nodes') n where n ->> 'type' = 'goal' and n ->> 'goal' = :goal)""",
                Map.of("goal", goal), plan -> plan.goal(goal));
    }

    /**
     * An event happened to people: goals on that event and value are reached. An empty goal value
     * takes any value (see {@link CompiledPlan#goalsOn}).
     */
    @Transactional
    public int achieveGoals(String event, String value, Collection<UUID> people) {
        return achieveGoals(event, value, null, people);
    }

    /** The same for a field that changed to a value: goals with a target ({@code with.to}) only when it is that value. */
    @Transactional
    public int achieveGoals(String event, String value, String to, Collection<UUID> people) {
        return pass(people, """
                select v.id from journey_versions v
                where exists (select 1 from jsonb_array_elements(v.plan -> 'nodes') n
                              where n ->> 'type' = 'goal' and n -> 'with' ->> 'event' = :event
                                and (coalesce(n -> 'with' ->> 'value', '') = '' or lower(n -> 'with' ->> 'value') = lower(:value)))""",
                Map.of("event", event, "value", value == null ? "" : value), plan -> plan.goalsOn(event, value, to));
    }

    /** The goal step {@code step} of a journey (in any of its versions) reached: a goal whose moment is the person's own (a date). */
    @Transactional
    public int achieveGoalStep(int journey, String step, Collection<UUID> people) {
        return pass(people, "select id from journey_versions where journey_id = :journey", Map.of("journey", journey),
                plan -> java.util.stream.IntStream.range(0, plan.size())
                        .filter(at -> "goal".equals(plan.node(at).type()) && step.equals(plan.node(at).key())).boxed().toList());
    }

    /** The values of the goals on an event in any journey version (a task title's fragment, a saved search), each once. */
    List<String> goalValues(String event) {
        return jdbc.sql("""
                select distinct coalesce(n -> 'with' ->> 'value', '') from journey_versions v, jsonb_array_elements(v.plan -> 'nodes') n
                where n ->> 'type' = 'goal' and n -> 'with' ->> 'event' = :event""")
                .param("event", event).query(String.class).list();
    }

    /** Passes the goals {@code goals} finds in each version the query names, for those of {@code people} waiting before them. */
    private int pass(Collection<UUID> people, String versionsQuery, Map<String, ?> params, Function<CompiledPlan, List<Integer>> goals) {
        if (people.isEmpty()) {
            return 0;
        }
        List<Integer> versions = jdbc.sql(versionsQuery).params(params).query(Integer.class).list();
        int moved = 0;
        Instant now = clock.instant();
        UUID[] ids = new LinkedHashSet<>(people).toArray(UUID[]::new);
        for (int version : versions) {
            CompiledPlan plan = book.plan(version);
            for (int at : goals.apply(plan)) {
                moved += passGoal(version, plan, at, ids, now);
            }
        }
        return moved;
    }

    /** Moves those of {@code ids} waiting before the goal at node {@code at} of a version to the step after it; returns how many. */
    private int passGoal(int version, CompiledPlan plan, int at, UUID[] ids, Instant now) {
        int after = plan.next()[at];
        List<Integer> from = jdbc.sql("""
                with moving as (
                    select id, node from enrollments
                    where version_id = :version and state = 0 and node < :goal and person_id = any(:ids) for update)
                update enrollments e set node = :after, due_at = :due from moving
                where e.id = moving.id returning moving.node""")
                .param("version", version).param("goal", at).param("ids", ids).param("after", after)
                .param("due", Timestamp.from(plan.dueOnArrival(after, now, JourneyBook.zone()))).query(Integer.class).list();
        if (from.isEmpty()) {
            return 0;
        }
        List<JourneyBook.StepDelta> deltas = new ArrayList<>();
        for (int node : new LinkedHashSet<>(from)) {
            deltas.add(new JourneyBook.StepDelta(version, node, 0, from.stream().filter(n -> n == node).count(), 0));
        }
        deltas.add(new JourneyBook.StepDelta(version, at, from.size(), from.size(), 0));
        deltas.add(new JourneyBook.StepDelta(version, after, from.size(), 0, 0));
        book.countAll(deltas);
        return from.size();
    }
}
