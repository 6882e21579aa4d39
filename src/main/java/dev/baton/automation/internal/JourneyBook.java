package dev.baton.automation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import dev.baton.automation.JourneyPlan;
import dev.baton.automation.JourneyStatus;
import dev.baton.segments.Searches;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.audit.AuditTrail;

/** Journeys, their versions (plans are immutable once deployed), enrollment and the step counts; goals are {@link JourneyGoals}. */
@Service
public class JourneyBook {

    /** A journey as stored. */
    record Journey(int id, String key, String name, String status, boolean reentry) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;
    private final Searches searches;
    private final PlanReferences references;
    private final ApplicationEventPublisher events;
    private final Map<Integer, CompiledPlan> plans = new ConcurrentHashMap<>();

    JourneyBook(JdbcClient jdbc, ObjectMapper json, AuditTrail audit, Clock clock, Searches searches, PlanReferences references,
            ApplicationEventPublisher events) {
        this.references = references;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.searches = searches;
    }

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** The keys of active journeys whose newest version starts on this trigger (one with no target value, see below). */
    public List<String> triggered(String type, String value) {
        return triggered(type, value, null);
    }

    /**
     * The keys of active journeys whose newest version starts on this trigger and, when {@code to} is
     * given, whose target value ({@code with.to}: a field changing to a value) it is; without
     * {@code to}, only triggers without a target value. No value (a task_completed trigger on any
     * task) matches an empty value.
     */
    public List<String> triggered(String type, String value, String to) {
        return jdbc.sql("""
                select j.key from journeys j
                join lateral (select plan from journey_versions v where v.journey_id = j.id order by version desc limit 1) v on true
                where j.status = 'active'
                  and exists (select 1 from jsonb_array_elements(coalesce(v.plan -> 'triggers', '[]'::jsonb)) t
                              where t ->> 'type' = :type and lower(coalesce(t ->> 'value', '')) = lower(coalesce(:value, ''))
                                and ((cast(:to as text) is null and t -> 'with' ->> 'to' is null)
                                     or lower(t -> 'with' ->> 'to') = lower(cast(:to as text))))""")
                .param("type", type).param("value", value).param("to", to).query(String.class).list();
    }

    /** A trigger that starts an active journey, with the journey and its newest version. */
    record Starting(int journey, String key, int version, boolean reentry, JourneyPlan.Trigger trigger) {
    }

    /** The triggers of this type that start active journeys (their newest versions' first triggers). */
    List<Starting> startingOn(String type) {
        List<Starting> found = new ArrayList<>();
        jdbc.sql("""
                select j.id, j.key, j.reentry, v.id as version from journeys j
                join lateral (select id, plan from journey_versions v where v.journey_id = j.id order by version desc limit 1) v on true
                where j.status = 'active' and v.plan -> 'triggers' -> 0 ->> 'type' = :type""")
                .param("type", type)
                .query((rs, n) -> new Starting(rs.getInt("id"), rs.getString("key"), rs.getInt("version"), rs.getBoolean("reentry"), null))
                .list()
                .forEach(s -> found.add(new Starting(s.journey(), s.key(), s.version(), s.reentry(),
                        plan(s.version()).plan().triggers().get(0))));
        return found;
    }

    @Transactional
    public int deploy(String key, String name, JourneyPlan plan, boolean reentry) {
        if (key == null || !key.matches("[a-z][a-z0-9-]{0,79}")) {
            throw new InvalidInputException("key", key, "must be lower-case letters, digits and -, starting with a letter");
        }
        CompiledPlan.of(plan);
        references.check(plan);
        Instant now = clock.instant();
        int journey = jdbc.sql("""
                insert into journeys (key, name, reentry, created_at) values (:key, :name, :reentry, :at)
                on conflict (key) do update set name = excluded.name, reentry = excluded.reentry returning id""")
                .param("key", key).param("name", name == null || name.isBlank() ? key : name.trim()).param("reentry", reentry)
                .param("at", Timestamp.from(now)).query(Integer.class).single();
        int version = jdbc.sql("""
                insert into journey_versions (journey_id, version, plan, created_at)
                select :journey, coalesce(max(version), 0) + 1, cast(:plan as jsonb), :at from journey_versions where journey_id = :journey
                returning version""")
                .param("journey", journey).param("plan", json.writeValueAsString(plan)).param("at", Timestamp.from(now))
                .query(Integer.class).single();
        audit.record("journey.deployed", "journey", key, Map.of("version", version, "steps", plan.nodes().size()));
        events.publishEvent(new JourneyDeployed(journey, key, newestVersion(journey), reentry, plan));
        return version;
    }

    Journey journey(String key) {
        return jdbc.sql("select id, key, name, status, reentry from journeys where key = :key").param("key", key)
                .query((rs, n) -> new Journey(rs.getInt("id"), rs.getString("key"), rs.getString("name"), rs.getString("status"),
                        rs.getBoolean("reentry")))
                .optional().orElseThrow(() -> new NotFoundException("journey", key));
    }

    /**
     * "Never enrolled before" is one index probe per person. While a table is still small or its
     * statistics old (a first campaign of a million people), the planner takes a scan of the whole
     * table per person to be cheaper, which the rows the statement itself inserts make quadratic:
     * for the enrolling statement, it uses the index. Returns the setting to put back.
     */
    private String probeByIndex() {
        return jdbc.sql("select current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
                .query((rs, n) -> rs.getString(1)).single();
    }

    /** The plan of a version, read once per node. */
    CompiledPlan plan(int versionId) {
        return plans.computeIfAbsent(versionId, id -> CompiledPlan.of(json.readValue(
                jdbc.sql("select plan from journey_versions where id = :id").param("id", id).query(String.class).single(),
                JourneyPlan.class)));
    }

    private int newestVersion(int journey) {
        return jdbc.sql("select id from journey_versions where journey_id = :j order by version desc limit 1").param("j", journey)
                .query(Integer.class).single();
    }

    /** Enrolls people in the newest version in one statement. */
    @Transactional
    public int enroll(String key, Collection<UUID> people) {
        Journey journey = journey(key);
        if (people.isEmpty()) {
            return 0;
        }
        int version = newestVersion(journey.id());
        CompiledPlan plan = plan(version);
        Instant now = clock.instant();
        String seqscan = probeByIndex();
        int entered = jdbc.sql("""
                insert into enrollments (version_id, journey_id, person_id, node, state, due_at)
                select :version, :journey, g.id, 0, 0, :due from unnest(:ids) as g(id)
                where :reentry or not exists (select 1 from enrollments e where e.journey_id = :journey and e.person_id = g.id)
                on conflict (journey_id, person_id) where state = 0 do nothing""")
                .param("version", version).param("journey", journey.id())
                .param("ids", new LinkedHashSet<>(people).toArray(UUID[]::new)).param("reentry", journey.reentry())
                .param("due", Timestamp.from(plan.dueOnArrival(0, now, zone()))).update();
        jdbc.sql("select set_config('enable_seqscan', :value, true)").param("value", seqscan).query(String.class).single();
        count(version, 0, entered, 0, 0);
        return entered;
    }

    /** What enrolling the people of a query did: how many matched and how many of them entered. */
    public record Enrolled(long requested, long entered) {
    }

    /**
     * Enrolls everyone a query over people matches in the newest version, in one statement (the
     * query's condition selects them in the database, however many they are).
     */
    @Transactional
    public Enrolled enrollMatching(String key, String query) {
        Journey journey = journey(key);
        Searches.PeopleCondition condition = searches.peopleCondition(query);
        int version = newestVersion(journey.id());
        CompiledPlan plan = plan(version);
        Instant now = clock.instant();
        Enrolled enrolled = jdbc.sql("""
                with matching as (select p.id from people p where %s),
                entered as (
                    insert into enrollments (version_id, journey_id, person_id, node, state, due_at)
                    select :version, :journey, m.id, 0, 0, :due from matching m
                    where :reentry or not exists (select 1 from enrollments e where e.journey_id = :journey and e.person_id = m.id)
                    on conflict (journey_id, person_id) where state = 0 do nothing returning 1)
                select (select count(*) from matching) as requested, (select count(*) from entered) as entered""".formatted(condition.where()))
                .params(condition.params()).param("version", version).param("journey", journey.id()).param("reentry", journey.reentry())
                .param("due", Timestamp.from(plan.dueOnArrival(0, now, zone())))
                .query((rs, n) -> new Enrolled(rs.getLong("requested"), rs.getLong("entered"))).single();
        count(version, 0, enrolled.entered(), 0, 0);
        return enrolled;
    }

    @Transactional
    public void setStatus(String key, String status) {
        Journey journey = journey(key);
        jdbc.sql("update journeys set status = :status where id = :id").param("status", status).param("id", journey.id()).update();
        audit.record("journey." + status, "journey", key, Map.of());
    }

    /** The versions of paused journeys: the runner leaves their people where they are. */
    List<Integer> pausedVersions() {
        return jdbc.sql("select v.id from journey_versions v join journeys j on j.id = v.journey_id where j.status = 'paused'")
                .query(Integer.class).list();
    }

    /** Adds to a step's counts (one statement; the runner gives a whole batch at once through {@link #countAll}). */
    void count(int version, int node, long entered, long done, long failed) {
        if (entered == 0 && done == 0 && failed == 0) {
            return;
        }
        countAll(List.of(new StepDelta(version, node, entered, done, failed)));
    }

    record StepDelta(int version, int node, long entered, long done, long failed) {
    }

    void countAll(List<StepDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into journey_step_counts (version_id, node, entered, done, failed)
                select v, n, e, d, f from unnest(:versions, :nodes, :entered, :done, :failed) as x(v, n, e, d, f)
                on conflict (version_id, node) do update set entered = journey_step_counts.entered + excluded.entered,
                    done = journey_step_counts.done + excluded.done, failed = journey_step_counts.failed + excluded.failed""")
                .param("versions", deltas.stream().map(StepDelta::version).toArray(Integer[]::new))
                .param("nodes", deltas.stream().map(d -> (short) d.node()).toArray(Short[]::new))
                .param("entered", deltas.stream().map(StepDelta::entered).toArray(Long[]::new))
                .param("done", deltas.stream().map(StepDelta::done).toArray(Long[]::new))
                .param("failed", deltas.stream().map(StepDelta::failed).toArray(Long[]::new)).update();
    }

    public Optional<JourneyStatus> status(String key) {
        Journey journey;
        try {
            journey = journey(key);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        List<JourneyStatus.StepCount> steps = new ArrayList<>();
        List<int[]> versions = jdbc.sql("select id, version from journey_versions where journey_id = :j order by version")
                .param("j", journey.id()).query((rs, n) -> new int[] {rs.getInt("id"), rs.getInt("version")}).list();
        int newest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1)[1];
        for (int[] row : versions) {
            CompiledPlan plan = plan(row[0]);
            Map<Integer, long[]> counts = new java.util.HashMap<>();
            jdbc.sql("select node, entered, done, failed from journey_step_counts where version_id = :v").param("v", row[0])
                    .query((rs, n) -> counts.put((int) rs.getShort("node"), new long[] {rs.getLong("entered"), rs.getLong("done"),
                            rs.getLong("failed")})).list();
            boolean anyone = counts.values().stream().anyMatch(c -> c[0] > 0);
            if (!anyone && row[1] != newest) {
                continue;
            }
            for (int i = 0; i < plan.size(); i++) {
                long[] c = counts.getOrDefault(i, new long[3]);
                steps.add(new JourneyStatus.StepCount(row[1], plan.node(i).key(), plan.node(i).type(), c[0], c[0] - c[1] - c[2], c[1], c[2]));
            }
        }
        return Optional.of(new JourneyStatus(journey.key(), journey.name(), journey.status(), journey.reentry(), newest, steps));
    }

    /** A person's newest enrollment in a journey: the version, the step they are at, waiting, done or failed, and when it is due. */
    public record Enrollment(String journey, UUID person, int version, String step, String state, Instant due) {
    }

    public Optional<Enrollment> enrollment(String key, UUID person) {
        Journey journey = journey(key);
        return jdbc.sql("""
                select e.version_id, v.version, e.node, e.state, e.due_at from enrollments e join journey_versions v on v.id = e.version_id
                where e.journey_id = :journey and e.person_id = :person order by e.id desc limit 1""")
                .param("journey", journey.id()).param("person", person)
                .query((rs, n) -> new Enrollment(key, person, rs.getInt("version"), plan(rs.getInt("version_id")).node(rs.getShort("node")).key(),
                        rs.getShort("state") == 0 ? "waiting" : rs.getShort("state") == 2 ? "failed" : "done", rs.getTimestamp("due_at").toInstant()))
                .optional();
    }

    public List<String> keys() {
        return jdbc.sql("select key from journeys order by key").query(String.class).list();
    }

}
