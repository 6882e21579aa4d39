package dev.baton.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.baton.BatonApplication;
import dev.baton.automation.JourneyPlan;
import dev.baton.automation.Journeys;
import dev.baton.automation.internal.JourneyRunner;
import dev.baton.automation.workflow.WorkflowBench;
import dev.baton.contacts.internal.OrganisationImport;
import dev.baton.contacts.internal.PeopleImport;
import dev.baton.marketing.internal.EmailTemplates;
import dev.baton.marketing.internal.Postman;
import dev.baton.processes.DocumentYaml;

/**
 * The journey runner at volume: enrolls N people (1M by default) in a five-step campaign (tag →
 * wait zero → email → tag → exit) and measures, in one run, the runner's contact-steps per second,
 * emails per second handed to a local SMTP sink, the database size per waiting enrollment, and — on a
 * sample (20,000 people) — the same campaign run on Flowable as one process instance per person.
 * Run with {@code ./mvnw -Pbench-journeys verify}; figures go to target/bench-journeys/results.txt. For profiling,
 * {@code -Dbench.statements=true} adds the database's statement times after the runner leg, and
 * {@code -Dbench.runner-only=true} stops after it.
 */
public final class JourneyBenchmark {

    /** The benchmark campaign as a workflow document: the same four steps for one person at a time. */
    private static final String FLOWABLE_CAMPAIGN = """
            key: bench-flowable
            name: Benchmark campaign, one instance per person
            level: L3
            kind: workflow
            lanes:
            - key: system
              name: Baton
              kind: system
            steps:
            - key: start
              type: trigger
              lane: system
              name: Started by hand
              event: manual
            - key: first-tag
              type: action
              lane: system
              name: Tag
              action: tag
              with:
                tag: bench-flowable-entered
            - key: no-wait
              type: wait
              lane: system
              name: Wait zero
              duration: PT0S
            - key: mail
              type: action
              lane: system
              name: Email
              action: email
              with:
                template: bench-mail
            - key: second-tag
              type: action
              lane: system
              name: Tag again
              action: tag
              with:
                tag: bench-flowable-mailed
            - key: done
              type: exit
              lane: system
              name: Done
              outcome: completed
            """;

    private final int people = Integer.getInteger("bench.people", 1_000_000);
    private final int workers = Integer.getInteger("bench.workers", 2);
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench-journeys"));
    private final CrmBenchmark.Report report = new CrmBenchmark.Report();
    /** With -Dbench.statements=true, the database's own account of where the runner's time went (pg_stat_statements). */
    private final boolean statements = Boolean.getBoolean("bench.statements");

    public static void main(String[] args) throws Exception {
        new JourneyBenchmark().run();
        System.exit(0);
    }

    void run() throws Exception {
        CrmBenchmark.deleteTree(dir.resolve("pg"));
        Files.createDirectories(dir);
        report.line("Baton journey benchmark, " + Instant.now() + " — " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap, Java " + Runtime.version());
        EmbeddedPostgres.Builder database = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "1GB").setServerConfig("max_wal_size", "8GB")
                .setServerConfig("synchronous_commit", "on").setPGStartupWait(Duration.ofMinutes(2));
        if (statements) {
            database.setServerConfig("shared_preload_libraries", "pg_stat_statements").setServerConfig("track_io_timing", "on");
        }
        try (SmtpSink sink = new SmtpSink(); EmbeddedPostgres pg = database.start()) {
            ConfigurableApplicationContext baton = new SpringApplication(BatonApplication.class).run(
                    "--baton.db.url=" + pg.getJdbcUrl("postgres", "postgres"), "--baton.db.user=postgres",
                    "--baton.demo=false", "--baton.bootstrap-token=" + CrmBenchmark.TOKEN, "--baton.admin.password=benchmark-admin-password",
                    "--server.port=0", "--logging.level.root=warn", "--baton.tasks.overdue-check=-",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + sink.port(),
                    // the benchmark drives the runner and the sender itself, on `workers` threads
                    "--baton.journeys.poll=1h", "--baton.mail.poll=1h", "--baton.mail.rate=0", "--baton.mail.batch=500", "--baton.db.pool=40",
                    // the engine's job executor looks for due timers often, as a team tuning it for campaigns would
                    "--baton.workflows.poll=100ms",
                    // the runner's batch (Baton's default unless -Dbench.batch says otherwise)
                    "--baton.journeys.batch=" + Integer.getInteger("bench.batch", 1000));
            try {
                measure(baton, sink);
            } finally {
                baton.close();
            }
        }
        report.write(dir.resolve("results.txt"));
    }

    private void measure(ConfigurableApplicationContext baton, SmtpSink sink) throws Exception {
        BenchData.defineFields(baton);
        BenchData data = new BenchData(baton, people, Math.max(1, people / 5), 0);
        List<UUID> orgIds = data.loadOrganisations(baton.getBean(OrganisationImport.class));
        List<UUID> personIds = data.loadPeople(baton.getBean(PeopleImport.class), orgIds);
        JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
        jdbc.execute("analyze");

        baton.getBean(EmailTemplates.class).create(new EmailTemplates.TemplateSpec("bench-mail", "Benchmark mail",
                "Hello {{person.first_name | \"there\"}}", "<p>Hello {{person.first_name | \"there\"}}, this is step three.</p>",
                null, "transactional"));
        Journeys journeys = baton.getBean(Journeys.class);
        journeys.deploy("bench", "Benchmark campaign", new JourneyPlan(List.of(
                JourneyPlan.Node.tag("first-tag", "bench-entered"), JourneyPlan.Node.waitFor("no-wait", "PT0S"),
                JourneyPlan.Node.email("mail", "bench-mail"), JourneyPlan.Node.tag("second-tag", "bench-mailed"),
                JourneyPlan.Node.exit("done", "completed"))), false);

        long start = System.nanoTime();
        int entered = 0;
        for (int from = 0; from < personIds.size(); from += 200_000) {
            entered += journeys.enroll("bench", personIds.subList(from, Math.min(personIds.size(), from + 200_000)));
        }
        report.line("Enrolled %d people in %.1f s (set-based, 200,000 per statement)", entered, CrmBenchmark.seconds(start));
        jdbc.execute("vacuum analyze enrollments");
        long bytes = jdbc.queryForObject("select pg_total_relation_size('enrollments')", Long.class);
        report.line("Database size per waiting enrollment: %.0f bytes (table and its indexes: %d MB for %d rows) — target <= 200 bytes",
                (double) bytes / entered, bytes >> 20, entered);

        JourneyRunner runner = baton.getBean(JourneyRunner.class);
        if (statements) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("select pg_stat_statements_reset()");
        }
        start = System.nanoTime();
        long steps = parallel(runner::runDue);
        double runSeconds = CrmBenchmark.seconds(start);
        long emailSteps = entered;
        report.line("Journey runner, %d workers: %d contact-steps in %.1f s = %.0f steps/s (the email step puts %d emails in the outbox)",
                workers, steps, runSeconds, steps / runSeconds, emailSteps);
        // The non-email steps' own rate: the email step's statements (its share of the workers' time, as the runner's
        // step timers measured it) taken out of the run; the batches' claim and bookkeeping stay with the non-email steps.
        MeterRegistry meters = baton.getBean(MeterRegistry.class);
        double emailSeconds = meters.find("baton.journeys.step.time").tag("type", "email").timers().stream()
                .mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum();
        double emailShare = emailSeconds / (workers * runSeconds);
        long otherSteps = steps - emailSteps;
        report.line("Non-email steps (tag, wait, tag): %d; the email step's statements took %.1f s of the %d workers' %.1f s (%.0f %%), "
                        + "so %.0f steps/s in the rest of the run (%.0f /s over the whole run) — target >= 20,000 steps/s",
                otherSteps, emailSeconds, workers, workers * runSeconds, 100 * emailShare, otherSteps / (runSeconds * (1 - emailShare)),
                otherSteps / runSeconds);

        if (statements) {
            reportStatements(jdbc);
        }
        if (Boolean.getBoolean("bench.runner-only")) {
            return;
        }

        Postman postman = baton.getBean(Postman.class);
        JavaMailSender sender = baton.getBean(JavaMailSender.class);
        start = System.nanoTime();
        long claimed = parallel(() -> {
            long sent = 0;
            for (int n; (n = postman.sendBatch(sender)) > 0; ) {
                sent += n;
            }
            return sent;
        });
        double mailSeconds = CrmBenchmark.seconds(start);
        long received = sink.messages();
        report.line("Outbox to the SMTP sink, %d workers: %d emails in %.1f s = %.0f emails/s (the sink received %d) — target >= 2,000/s",
                workers, claimed, mailSeconds, received / mailSeconds, received);
        Long duplicates = jdbc.queryForObject("""
                select count(*) - count(distinct idempotency_key) from email_outbox""", Long.class);
        Long notSent = jdbc.queryForObject("select count(*) from email_outbox where status <> 'sent'", Long.class);
        report.line("Outbox after the run: %d duplicate keys, %d not sent", duplicates, notSent);

        // The same campaign the way a team would run it with a BPMN engine alone: one Flowable
        // process instance per person, each step calling Baton's actions for that one person.
        int sample = Math.min(Integer.getInteger("bench.flowable.sample", 20_000), personIds.size());
        WorkflowBench flowable = new WorkflowBench(baton);
        String definition = flowable.deploy(DocumentYaml.read(FLOWABLE_CAMPAIGN));
        List<UUID> sampled = personIds.subList(0, sample);
        start = System.nanoTime();
        int perWorker = (sample + workers - 1) / workers;
        parallel(workers, w -> {
            for (UUID person : sampled.subList(Math.min(sample, w * perWorker), Math.min(sample, (w + 1) * perWorker))) {
                flowable.start(definition, person);
            }
            return 0L;
        });
        double startSeconds = CrmBenchmark.seconds(start);
        while (flowable.running(definition) > 0) {
            Thread.sleep(200);
        }
        double flowableSeconds = CrmBenchmark.seconds(start);
        long flowableSteps = 4L * flowable.finished(definition);
        double journeyRate = steps / runSeconds;
        double flowableRate = flowableSteps / flowableSeconds;
        report.line("Flowable, one process instance per person, %d-person sample: %d instances finished, %d contact-steps in %.1f s "
                        + "(starting them took %.1f s) = %.0f steps/s",
                sample, flowable.finished(definition), flowableSteps, flowableSeconds, startSeconds, flowableRate);
        report.line("Journey runner vs Flowable per person: %.0f× — target >= 50×", journeyRate / flowableRate);
    }

    /** The statements that took the database's time while the runner ran, most first. */
    private void reportStatements(JdbcTemplate jdbc) {
        report.line("Database time while the runner ran (pg_stat_statements, top 15):");
        jdbc.query("""
                select calls, rows, round(total_exec_time) as ms, round(shared_blk_write_time + shared_blk_read_time) as io_ms,
                       (wal_bytes / 1048576)::bigint as wal_mb, regexp_replace(left(query, 110), '\\s+', ' ', 'g') as query
                from pg_stat_statements order by total_exec_time desc limit 15""", rs -> {
            report.line("  %8d ms  %7d calls  %9d rows  io %6d ms  wal %5d MB  %s", rs.getLong("ms"), rs.getLong("calls"),
                    rs.getLong("rows"), rs.getLong("io_ms"), rs.getLong("wal_mb"), rs.getString("query"));
        });
    }

    /** Runs a task on every worker thread at once and adds up what they return. */
    private long parallel(java.util.concurrent.Callable<Long> task) throws Exception {
        return parallel(workers, worker -> task.call());
    }

    /** A task per worker, given the worker's number; adds up what they return. */
    private static long parallel(int workers, Worker task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int worker = i;
                results.add(pool.submit(() -> task.run(worker)));
            }
            long total = 0;
            for (Future<Long> result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    private interface Worker {
        long run(int worker) throws Exception;
    }
}
