package dev.baton.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.baton.BatonApplication;
import dev.baton.activities.internal.TimelineStore;
import dev.baton.contacts.internal.OrganisationImport;
import dev.baton.contacts.internal.PeopleImport;
import dev.baton.platform.db.CopyWriter;

/**
 * The CRM benchmark (README, "Benchmark"): builds, in a database of its own, people,
 * organisations and timeline entries with a realistic skew, then measures Baton's bulk load
 * against raw COPY, the timeline's first page, a saved search, a bulk tag and GET of a person
 * under concurrent load. It prints its figures with their targets and writes them to results.txt.
 */
public final class CrmBenchmark {

    static final String TOKEN = "benchmark-token-3f9a1c77e2";

    private final int people = Integer.getInteger("bench.people", 1_000_000);
    private final int organisations = Integer.getInteger("bench.organisations", 200_000);
    private final long activities = Long.getLong("bench.activities", 10_000_000L);
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    private final Report report = new Report();
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    private String base;
    private BenchData data;

    public static void main(String[] args) throws Exception {
        new CrmBenchmark().run();
        System.exit(0);
    }

    void run() throws Exception {
        deleteTree(dir.resolve("pg"));
        Files.createDirectories(dir);
        report.line("Baton CRM benchmark, " + Instant.now() + " — " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap, Java " + Runtime.version());
        report.line("Scale: " + people + " people, " + organisations + " organisations, " + activities + " timeline entries");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "1GB").setServerConfig("max_wal_size", "8GB")
                .setServerConfig("synchronous_commit", "on").setPGStartupWait(Duration.ofMinutes(2)).start()) {
            ConfigurableApplicationContext baton = new SpringApplication(BatonApplication.class).run(
                    "--baton.db.url=" + pg.getJdbcUrl("postgres", "postgres"), "--baton.db.user=postgres",
                    "--baton.demo=false", "--baton.bootstrap-token=" + TOKEN, "--baton.admin.password=benchmark-admin-password",
                    "--server.port=0", "--logging.level.root=warn", "--baton.tasks.overdue-check=-");
            try {
                base = "http://localhost:" + ((WebServerApplicationContext) baton).getWebServer().getPort();
                data = new BenchData(baton, people, organisations, activities);
                load(baton);
                measureTimeline();
                measureSearch();
                measureBulkTag();
                measurePersonReads();
            } finally {
                baton.close();
            }
        }
        report.write(dir.resolve("results.txt"));
    }

    private void load(ConfigurableApplicationContext baton) {
        BenchData.defineFields(baton);
        long start = System.nanoTime();
        List<UUID> orgIds = data.loadOrganisations(baton.getBean(OrganisationImport.class));
        report.line("Organisations through the bulk path: %d in %.1f s", organisations, seconds(start));

        start = System.nanoTime();
        List<UUID> personIds = data.loadPeople(baton.getBean(PeopleImport.class), orgIds);
        double batonSeconds = seconds(start);
        JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
        for (String table : List.of("people", "person_emails", "person_phones", "employments")) {
            jdbc.execute("create table raw_" + table + " (like " + table + " including all)");
        }
        start = System.nanoTime();
        data.copyRawPeople(baton.getBean(CopyWriter.class), orgIds);
        double rawSeconds = seconds(start);
        report.line("People through Baton's bulk path: %d in %.1f s (%.0f /s); raw COPY of the same rows: %.1f s (%.0f /s); ratio %.2f",
                people, batonSeconds, people / batonSeconds, rawSeconds, people / rawSeconds, batonSeconds / rawSeconds);
        for (String table : List.of("people", "person_emails", "person_phones", "employments")) {
            jdbc.execute("drop table raw_" + table);
        }

        start = System.nanoTime();
        long written = data.loadTimeline(baton.getBean(TimelineStore.class), personIds);
        report.line("Timeline entries through the bulk path: %d in %.1f s (%.0f /s)", written, seconds(start), written / seconds(start));
        jdbc.execute("analyze");
    }

    private void measureTimeline() throws Exception {
        List<Long> times = new ArrayList<>();
        Random random = new Random(1);
        List<UUID> heavy = data.heavyPeople();
        for (int i = 0; i < 200; i++) {
            get("/api/v1/people/" + heavy.get(i % heavy.size()) + "/timeline?limit=25");
        }
        for (int i = 0; i < 2_000; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = get("/api/v1/people/" + heavy.get(random.nextInt(heavy.size())) + "/timeline?limit=25");
            times.add(System.nanoTime() - t);
            check(r);
        }
        report.line("Timeline first page (25 of 1,000+ entries) over HTTP: p50 %.1f ms, p99 %.1f ms — target p99 <= 20 ms",
                pct(times, 50), pct(times, 99));
    }

    private void measureSearch() throws Exception {
        String query = "tag = \"bench-vip\" and custom.tier = \"gold\" and activity(email.clicked, last 30 days) >= 1";
        String url = "/api/v1/people/matching?limit=25&query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
        check(get(url));
        List<Long> times = new ArrayList<>();
        String count = "";
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = get(url);
            times.add(System.nanoTime() - t);
            check(r);
            count = r.body().replaceAll("(?s).*?\"count\":(\\d+).*", "$1");
        }
        report.line("Saved search over %d people (%s): %s match; count and first page p50 %.0f ms, p99 %.0f ms — target <= 300 ms",
                people, query, count, pct(times, 50), pct(times, 99));
    }

    private void measureBulkTag() throws Exception {
        for (int run = 1; run <= 3; run++) {
            List<UUID> ids = data.sample(100_000, run);
            String body = ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",", "{\"people\":[", "]}"));
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(request("/api/v1/tags/bulk-run-" + run + "/people")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double s = seconds(t);
            check(r);
            report.line("Bulk tag of %,d people (run %d, one API call, all or nothing): %.2f s — target <= 5 s for 100,000", ids.size(), run, s);
        }
    }

    private void measurePersonReads() throws Exception {
        List<UUID> ids = data.sample(20_000, 9);
        for (int i = 0; i < 2_000; i++) {
            check(get("/api/v1/people/" + ids.get(i)));
        }
        for (int clients : List.of(8, 32)) {
            ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            long start = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < clients; c++) {
                    int seed = c;
                    pool.submit(() -> {
                        Random random = new Random(seed);
                        while (System.nanoTime() < end) {
                            long t = System.nanoTime();
                            try {
                                HttpResponse<String> r = get("/api/v1/people/" + ids.get(random.nextInt(ids.size())));
                                if (r.statusCode() != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                            times.add(System.nanoTime() - t);
                        }
                        return null;
                    });
                }
            }
            List<Long> all = new ArrayList<>(times);
            report.line("GET /api/v1/people/{id}, %d concurrent clients for 20 s: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors "
                    + "— target >= 3,000/s at p99 <= 25 ms", clients, all.size() / seconds(start), pct(all, 50), pct(all, 99), errors.get());
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofMinutes(5));
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double pct(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The figures, printed as they come and written to a file at the end. */
    static final class Report {
        private final List<String> lines = new ArrayList<>();

        void line(String format, Object... args) {
            String line = args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args);
            lines.add(line);
            System.out.println("[bench] " + line);
        }

        void write(Path file) throws IOException {
            Files.write(file, lines);
            System.out.println("[bench] written to " + file.toAbsolutePath());
        }
    }

}
