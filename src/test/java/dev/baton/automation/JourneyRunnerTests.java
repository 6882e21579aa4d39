package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.baton.automation.internal.JourneyRunner;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.Mailbox;
import dev.baton.support.SignIn;

/** Campaigns on the journey runner: sequences, Keap-style goals, pause, live counts, failed steps retried, two runners at once. */
@BatonTest
class JourneyRunnerTests {

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    @Autowired
    JourneyRunner runner;

    @Autowired
    JdbcClient jdbc;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    private String person(String first, String email) {
        return admin.post("/api/v1/people", Map.of("firstName", first, "lastName", "Seminar", "emails", List.of(email)))
                .json().get("id").asString();
    }

    @Test
    void aGoalTakesAPersonOutOfTheSequenceEarlyAndTheOthersGetTheSecondEmail() {
        journeys.deploy("seminar-follow-up", "Seminar follow-up", new JourneyPlan(List.of(
                JourneyPlan.Node.tag("attended", "seminar-2026-attended"),
                JourneyPlan.Node.email("first", "seminar-follow-up-1"),
                JourneyPlan.Node.waitFor("pause", "PT3S"),
                JourneyPlan.Node.email("second", "seminar-follow-up-2"),
                JourneyPlan.Node.goal("engaged", "seminar-engaged"),
                JourneyPlan.Node.exit("done", "completed"))), false);
        String ann = person("Ann", "ann.seminar@example.com");
        String ben = person("Ben", "ben.seminar@example.com");
        String cat = person("Cat", "cat.seminar@example.com");

        var enrolled = admin.post("/api/v1/journeys/seminar-follow-up/enrollments", Map.of("people", List.of(ann, ben, cat)));
        assertThat(enrolled.json().get("entered").asInt()).isEqualTo(3);
        assertThat(admin.post("/api/v1/journeys/seminar-follow-up/enrollments", Map.of("people", List.of(ann))).json()
                .get("entered").asInt()).as("no re-entry").isZero();

        Mailbox.await("ben.seminar@example.com", 1);
        assertThat(admin.get("/api/v1/people/" + ben).json().get("tags").toString()).contains("seminar-2026-attended");
        var goal = admin.post("/api/v1/goals/seminar-engaged", Map.of("person", ben));
        assertThat(goal.json().get("moved").asInt()).isEqualTo(1);

        Mailbox.await("ann.seminar@example.com", 2);
        Mailbox.await("cat.seminar@example.com", 2);
        assertThat(Mailbox.to("ann.seminar@example.com").get(1)).satisfies(m -> assertThat(m.getSubject()).startsWith("A free storage review"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(Mailbox.to("ben.seminar@example.com")).hasSize(1));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode steps = admin.get("/api/v1/journeys/seminar-follow-up").json().get("steps");
            assertThat(counts(steps, "first")).isEqualTo("3/0/3");
            assertThat(counts(steps, "pause")).isEqualTo("3/0/3");
            assertThat(counts(steps, "second")).isEqualTo("2/0/2");
            assertThat(counts(steps, "engaged")).isEqualTo("3/0/3");
            assertThat(counts(steps, "done")).isEqualTo("3/0/3");
        });
        // the runner's step timers: the five emails above, among those of other tests in this server
        String metrics = admin.get("/actuator/prometheus").body();
        var emails = java.util.regex.Pattern.compile("baton_journeys_steps_total\\{[^}]*type=\"email\"[^}]*} ([0-9.E]+)").matcher(metrics);
        assertThat(emails.find()).as("a count of email steps").isTrue();
        assertThat(Double.parseDouble(emails.group(1))).isGreaterThanOrEqualTo(5);
        assertThat(metrics).containsPattern("baton_journeys_step_time_seconds_count\\{[^}]*type=\"tag\"");
    }

    @Test
    void aStepThatFailsHoldsItsPeopleAsFailedAndEveryoneElseGoesOn() {
        // an amount the deal book refuses only when the step runs: the deal step fails, the tagging campaign does not wait on it
        journeys.deploy("failing-deal", "Failing deal", new JourneyPlan(List.of(
                JourneyPlan.Node.action("open", "create_deal", Map.of("pipeline", "new-business", "amount", "12,000")),
                JourneyPlan.Node.exit("done", "completed"))), false);
        journeys.deploy("still-tagging", "Still tagging", new JourneyPlan(List.of(
                JourneyPlan.Node.tag("tag", "still-tagging"), JourneyPlan.Node.exit("done", "completed"))), false);
        String eli = person("Eli", "eli.failing@example.com");
        String fay = person("Fay", "fay.failing@example.com");
        admin.post("/api/v1/journeys/failing-deal/enrollments", Map.of("people", List.of(eli)));
        admin.post("/api/v1/journeys/still-tagging/enrollments", Map.of("people", List.of(fay)));

        runner.runDue(); // the scheduled runner may take them first: either way, both campaigns' batches are done below

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(admin.get("/api/v1/people/" + fay).json().get("tags").toString()).contains("still-tagging");
            JsonNode failing = admin.get("/api/v1/journeys/failing-deal").json().get("steps");
            assertThat(failing.values().stream().filter(s -> s.get("node").asString().equals("open")).findFirst().orElseThrow()
                    .get("failed").asLong()).isEqualTo(1);
            assertThat(counts(failing, "done")).isEqualTo("0/0/0");
        });
    }

    @Test
    void peopleHeldAtAFailedStepRunItAgainWhenRetriedOnceItsCauseIsMended() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String role = "retry-desk-" + suffix;
        assertThat(admin.post("/api/v1/roles", Map.of("key", role, "name", "Retry desk " + suffix)).status()).isEqualTo(201);
        String key = "retry-" + suffix;
        journeys.deploy(key, "Retry", new JourneyPlan(List.of(
                JourneyPlan.Node.task("call", "Call them " + suffix, role, "P1D"), JourneyPlan.Node.exit("done", "completed"))), false);
        // the role goes after the campaign went live (no API removes roles: it is taken out of the table, as an operator would)
        jdbc.sql("delete from roles where key = :key").param("key", role).update();
        String gil = person("Gil", "gil.retry." + suffix + "@example.com");
        admin.post("/api/v1/journeys/" + key + "/enrollments", Map.of("people", List.of(gil)));
        runner.runDue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(failed(key, "call")).isEqualTo(1));
        assertThat(admin.get("/api/v1/journeys/" + key + "/enrollments/" + gil).json().get("state").asString()).isEqualTo("failed");

        Http oliver = Http.api("http://localhost:" + port, SignIn.apiToken(port, "oliver@arcadia.example", BatonTest.DEMO_PASSWORD));
        assertThat(oliver.post("/api/v1/journeys/" + key + "/failed/retry", Map.of()).status()).isEqualTo(403);
        var unknown = admin.post("/api/v1/journeys/" + key + "/failed/retry", Map.of("step", "nowhere"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("step").contains("is not a step of the campaign");
        var noVersion = admin.post("/api/v1/journeys/" + key + "/failed/retry", Map.of("step", "call", "version", 9));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body()).contains("version").contains("is not a version of the campaign");
        assertThat(failed(key, "call")).as("a refused retry changes nothing").isEqualTo(1);

        assertThat(admin.post("/api/v1/roles", Map.of("key", role, "name", "Retry desk " + suffix)).status()).isEqualTo(201);
        var retried = admin.post("/api/v1/journeys/" + key + "/failed/retry", Map.of("step", "call"));
        assertThat(retried.json().get("retried").asInt()).isEqualTo(1);
        assertThat(failed(key, "call")).isZero();
        runner.runDue();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode steps = admin.get("/api/v1/journeys/" + key).json().get("steps");
            assertThat(counts(steps, "call")).isEqualTo("1/0/1");
            assertThat(counts(steps, "done")).isEqualTo("1/0/1");
        });
        Http priya = Http.browser("http://localhost:" + port);
        SignIn.as(priya, "priya@arcadia.example", BatonTest.DEMO_PASSWORD);
        assertThat(priya.get("/people/" + gil + "/tasks").body()).as("the task is on Gil's record").contains("Call them " + suffix);
        assertThat(admin.post("/api/v1/journeys/" + key + "/failed/retry", Map.of()).json().get("retried").asInt())
                .as("nobody is failed any more").isZero();
        String audit = admin.get("/api/v1/audit?subjectType=journey&subjectId=" + key).json().get("items").toString();
        assertThat(audit.split("journey.failed_retried", -1)).as("one retry that sent someone on, none for the empty one").hasSize(2);
    }

    private long failed(String key, String node) {
        for (JsonNode step : admin.get("/api/v1/journeys/" + key).json().get("steps")) {
            if (step.get("node").asString().equals(node)) {
                return step.get("failed").asLong();
            }
        }
        return -1;
    }

    @Test
    void aPausedJourneyHoldsEveryoneWhereTheyAreUntilResumed() {
        journeys.deploy("paused-tagging", "Paused tagging", new JourneyPlan(List.of(
                JourneyPlan.Node.tag("tag", "paused-journey-tag"), JourneyPlan.Node.exit("done", "completed"))), false);
        assertThat(admin.post("/api/v1/journeys/paused-tagging/pause", Map.of()).json().get("status").asString()).isEqualTo("paused");
        String dora = person("Dora", "dora.paused@example.com");
        admin.post("/api/v1/journeys/paused-tagging/enrollments", Map.of("people", List.of(dora)));

        runner.runDue();
        JsonNode held = admin.get("/api/v1/journeys/paused-tagging").json().get("steps");
        assertThat(counts(held, "tag")).isEqualTo("1/1/0");
        assertThat(admin.get("/api/v1/people/" + dora).json().get("tags").toString()).doesNotContain("paused-journey-tag");

        admin.post("/api/v1/journeys/paused-tagging/resume", Map.of());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(admin.get("/api/v1/people/" + dora).json().get("tags").toString()).contains("paused-journey-tag"));
        assertThat(counts(admin.get("/api/v1/journeys/paused-tagging").json().get("steps"), "done")).isEqualTo("1/0/1");
    }

    @Test
    void twoRunnersOnOneDatabaseRunEveryStepOnce() throws Exception {
        journeys.deploy("two-runners", "Two runners", new JourneyPlan(List.of(
                JourneyPlan.Node.tag("tag", "two-runners"), JourneyPlan.Node.waitFor("now", "PT0S"),
                JourneyPlan.Node.untag("untag", "two-runners"), JourneyPlan.Node.exit("done", "completed"))), false);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            people.add(UUID.fromString(admin.post("/api/v1/people", Map.of("lastName", "Runner " + i)).json().get("id").asString()));
        }
        admin.post("/api/v1/journeys/two-runners/enrollments", Map.of("people", people));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Long>> runners = List.of(runner::runDue, runner::runDue, runner::runDue);
            long steps = 0;
            for (Future<Long> done : threads.invokeAll(runners)) {
                steps += done.get();
            }
            assertThat(steps).isLessThanOrEqualTo(120L * 4);
        } finally {
            threads.shutdown();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode steps = admin.get("/api/v1/journeys/two-runners").json().get("steps");
            assertThat(counts(steps, "tag")).isEqualTo("120/0/120");
            assertThat(counts(steps, "untag")).isEqualTo("120/0/120");
            assertThat(counts(steps, "done")).isEqualTo("120/0/120");
        });
        assertThat(admin.get("/api/v1/people/" + people.get(7)).json().get("tags").toString()).doesNotContain("two-runners");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                admin.get("/api/v1/people/" + people.get(7) + "/timeline?type=tag_change").json().get("items").size()).isEqualTo(2));
    }

    @Test
    void aPlanThatDoesNotRunIsRefusedNamingTheStep() {
        var bad = org.assertj.core.api.Assertions.catchThrowableOfType(
                dev.baton.platform.api.InvalidInputException.class,
                () -> journeys.deploy("broken", "Broken", new JourneyPlan(List.of(
                        JourneyPlan.Node.email("mail", null), JourneyPlan.Node.waitFor("pause", "two days"),
                        JourneyPlan.Node.tag("jump", "x").withNext("nowhere"))), false));
        assertThat(bad.problems()).extracting(p -> p.field())
                .contains("nodes[0].template", "nodes[1].duration", "nodes[2].next");
        assertThat(admin.get("/api/v1/journeys/broken").status()).isEqualTo(404);
    }

    /** entered/waiting/done of a step in the newest version. */
    private static String counts(JsonNode steps, String node) {
        for (JsonNode step : steps) {
            if (step.get("node").asString().equals(node)) {
                return step.get("entered").asLong() + "/" + step.get("waiting").asLong() + "/" + step.get("done").asLong();
            }
        }
        return "missing";
    }
}
