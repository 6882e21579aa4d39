package dev.baton.automation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.baton.automation.JourneyPlan;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.segments.Searches;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;
import dev.baton.tasks.Tasks;
import dev.baton.marketing.Emails;
import dev.baton.marketing.OutgoingEmail;

/**
 * Runs due journey steps in batches. One transaction claims due enrollments ({@code FOR UPDATE
 * SKIP LOCKED}, so runners on several nodes take different rows), runs each step for everyone in
 * the batch at that step at once (one tag insert, one outbox insert), follows immediate steps on
 * in the same transaction, and writes where everyone now is and the step counts. A crash rolls the
 * whole batch back: no step's side effect is kept without its advance, or the other way round, and
 * every outbox email carries the key (enrollment, step) besides.
 */
@Component
public class JourneyRunner {

    private static final Logger log = LoggerFactory.getLogger(JourneyRunner.class);

    private final JdbcClient jdbc;
    private final JourneyBook book;
    private final Contacts contacts;
    private final Emails emails;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final Tasks tasks;
    private final Searches searches;
    private final OwnerRotation owners;
    private final DateTriggers dates;
    private final JourneyWebhooks webhooks;
    private final CampaignActions actions;
    private final MeterRegistry meters;

    JourneyRunner(JdbcClient jdbc, JourneyBook book, Contacts contacts, Emails emails, TransactionTemplate transaction, Clock clock,
            @Value("${baton.journeys.batch:1000}") int batchSize, Tasks tasks, Searches searches, OwnerRotation owners,
            DateTriggers dates, JourneyWebhooks webhooks, CampaignActions actions, MeterRegistry meters) {
        this.meters = meters;
        this.dates = dates;
        this.webhooks = webhooks;
        this.actions = actions;
        this.tasks = tasks;
        this.searches = searches;
        this.owners = owners;
        this.jdbc = jdbc;
        this.book = book;
        this.contacts = contacts;
        this.emails = emails;
        this.transaction = transaction;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${baton.journeys.poll:1s}", initialDelayString = "${baton.journeys.poll:1s}")
    void tick() {
        try {
            runDue();
        } catch (RuntimeException e) {
            log.error("Running journey steps failed; trying again at the next poll", e);
        }
    }

    /** Runs batches until nothing is due; returns how many steps ran. */
    public long runDue() {
        long steps = 0;
        while (true) {
            long ran = runBatch();
            if (ran < 0) {
                return steps;
            }
            steps += ran;
        }
    }

    private record Due(long id, int version, int node, UUID person) {
    }

    /** Where one enrollment ends up after a batch. */
    private record Position(long id, int node, int state, Instant due) {
    }

    /** Runs one batch; returns the steps it ran, or -1 when nothing was due. */
    public long runBatch() {
        Long ran = transaction.execute(status -> {
            Instant now = clock.instant();
            List<Integer> paused = book.pausedVersions();
            List<Due> due = jdbc.sql("""
                    select id, version_id, node, person_id from enrollments
                    where state = 0 and due_at <= :now and version_id <> all(:paused)
                    order by due_at limit :limit for update skip locked""")
                    .param("now", Timestamp.from(now)).param("paused", paused.toArray(Integer[]::new)).param("limit", batchSize)
                    .query((rs, n) -> new Due(rs.getLong("id"), rs.getInt("version_id"), rs.getShort("node"),
                            rs.getObject("person_id", UUID.class)))
                    .list();
            if (due.isEmpty()) {
                return -1L;
            }
            Map<Long, Due> current = new LinkedHashMap<>();
            due.forEach(d -> current.put(d.id(), d));
            List<Position> positions = new ArrayList<>();
            Map<String, long[]> deltas = new LinkedHashMap<>();
            long steps = 0;
            // step everyone on together, one node at a time, until each waits or is done
            while (!current.isEmpty()) {
                Map<String, List<Due>> groups = new LinkedHashMap<>();
                current.values().forEach(d -> groups.computeIfAbsent(d.version() + ":" + d.node(), k -> new ArrayList<>()).add(d));
                current.clear();
                for (List<Due> group : groups.values()) {
                    int version = group.get(0).version();
                    int node = group.get(0).node();
                    CompiledPlan plan = book.plan(version);
                    Set<UUID> yes;
                    Map<UUID, Instant> held;
                    // a step that fails (a role deleted since, a value the step cannot use) fails its group, not the batch:
                    // the others go on, and the failed ones stay at the step, counted as failed, for a person to look at
                    Object savepoint = status.createSavepoint();
                    long started = System.nanoTime();
                    try {
                        yes = run(plan, node, group, now);
                        // a wait until a person's date keeps who has not reached it here, each until their own date
                        held = actions.holds(plan.node(node), group.stream().map(Due::person).toList(), now, JourneyBook.zone());
                        status.releaseSavepoint(savepoint);
                        measure(plan.node(node).type(), group.size(), System.nanoTime() - started);
                    } catch (RuntimeException e) {
                        status.rollbackToSavepoint(savepoint);
                        log.warn("The journey step {} (version {}) failed for {} people, who stay at it as failed: {}",
                                plan.node(node).key(), version, group.size(), e.toString());
                        steps += group.size();
                        delta(deltas, version, node, 0, 0, group.size());
                        group.forEach(d -> positions.add(new Position(d.id(), node, 2, now)));
                        continue;
                    }
                    steps += group.size();
                    delta(deltas, version, node, 0, group.size() - held.size());
                    for (Due d : group) {
                        if (held.containsKey(d.person())) {
                            positions.add(new Position(d.id(), node, 0, held.get(d.person())));
                            continue;
                        }
                        int next = yes == null || yes.contains(d.person()) ? plan.next()[node] : plan.otherwise()[node];
                        if (next == CompiledPlan.NONE) {
                            positions.add(new Position(d.id(), node, 1, now));
                            continue;
                        }
                        delta(deltas, version, next, 1, 0);
                        if ("exit".equals(plan.node(next).type())) {
                            delta(deltas, version, next, 0, 1);
                            positions.add(new Position(d.id(), next, 1, now));
                        } else if (plan.waits(next)) {
                            positions.add(new Position(d.id(), next, 0, plan.dueOnArrival(next, now, JourneyBook.zone())));
                        } else {
                            current.put(d.id(), new Due(d.id(), version, next, d.person()));
                        }
                    }
                }
            }
            jdbc.sql("""
                    update enrollments e set node = x.node, state = x.state, due_at = cast(x.due as timestamptz)
                    from unnest(:ids, :nodes, :states, :dues) as x(id, node, state, due) where e.id = x.id""")
                    .param("ids", positions.stream().map(Position::id).toArray(Long[]::new))
                    .param("nodes", positions.stream().map(p -> (short) p.node()).toArray(Short[]::new))
                    .param("states", positions.stream().map(p -> (short) p.state()).toArray(Short[]::new))
                    .param("dues", positions.stream().map(p -> p.due().toString()).toArray(String[]::new)).update();
            book.countAll(deltas.entrySet().stream().map(e -> {
                String[] key = e.getKey().split(":");
                return new JourneyBook.StepDelta(Integer.parseInt(key[0]), Integer.parseInt(key[1]), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2]);
            }).toList());
            // those through a campaign on a yearly date wait for their next anniversary
            Set<Long> through = positions.stream().filter(p -> p.state() == 1).map(Position::id).collect(java.util.stream.Collectors.toSet());
            dates.finished(due.stream().filter(d -> through.contains(d.id())).collect(java.util.stream.Collectors.groupingBy(Due::version,
                    java.util.stream.Collectors.mapping(Due::person, java.util.stream.Collectors.toList()))));
            return steps;
        });
        return ran == null ? -1 : ran;
    }

    /**
     * How long each type of step takes to run for its group, and for how many people: the time of
     * the step itself (its statements), not the batch's claim and bookkeeping around it.
     */
    private void measure(String type, int people, long nanos) {
        meters.timer("baton.journeys.step.time", "type", type).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        meters.counter("baton.journeys.steps", "type", type).increment(people);
    }

    private static void delta(Map<String, long[]> deltas, int version, int node, long entered, long done) {
        delta(deltas, version, node, entered, done, 0);
    }

    private static void delta(Map<String, long[]> deltas, int version, int node, long entered, long done, long failed) {
        long[] d = deltas.computeIfAbsent(version + ":" + node, k -> new long[3]);
        d[0] += entered;
        d[1] += done;
        d[2] += failed;
    }

    /**
     * The idempotency key of a step's side effect for one enrollment on one visit: the batch's
     * instant tells apart the visits of a plan that loops back (a nurture step every week), and a
     * batch that runs again after a crash left nothing behind to collide with.
     */
    static String key(long enrollment, String node, Instant visit) {
        return "journey:" + enrollment + ":" + node + ":" + visit.toEpochMilli();
    }

    /**
     * One step's side effect for everyone in the group, in one statement where the step allows.
     * A decision returns who matched (the others take its other way); other steps return null.
     */
    private Set<UUID> run(CompiledPlan plan, int index, List<Due> group, Instant now) {
        JourneyPlan.Node node = plan.node(index);
        List<UUID> people = group.stream().map(Due::person).toList();
        switch (node.type()) {
            case "tag" -> contacts.tag(node.tag(), people);
            case "untag" -> contacts.untag(node.tag(), people);
            case "email" -> emails.enqueue(group.stream()
                    .map(d -> new OutgoingEmail(key(d.id(), node.key(), now), d.person(), node.template(), null)).toList());
            case "stage" -> people.forEach(p -> contacts.moveToStage(p, node.stage()));
            case "assign_owner" -> owners.assign(node.role(), people);
            case "task" -> {
                Instant due = plan.taskDue(index, now, JourneyBook.zone());
                for (Person person : contacts.people(people)) {
                    Assignee assignee = "owner".equals(node.role()) && person.owner() != null ? Assignee.ofUser(person.owner())
                            : "owner".equals(node.role()) ? null : Assignee.ofRole(node.role());
                    if (assignee == null) {
                        continue;
                    }
                    tasks.create(new NewTask(node.title() + ": " + person.displayName(), "From the journey step " + node.key() + ".",
                            due, Priority.NORMAL, assignee, person.id(), null, null));
                }
            }
            case "decide" -> {
                return searches.matchingPeople(node.query(), people);
            }
            case "webhook" -> {
                Map<Long, UUID> enrollments = new LinkedHashMap<>();
                group.forEach(d -> enrollments.put(d.id(), d.person()));
                webhooks.call(group.get(0).version(), node, enrollments, now);
            }
            case "set_field", "notify", "create_deal", "start_process" -> actions.run(node,
                    group.stream().map(d -> new CampaignActions.At(d.id(), d.person(), key(d.id(), node.key(), now))).toList());
            default -> { }
        }
        return null;
    }
}
