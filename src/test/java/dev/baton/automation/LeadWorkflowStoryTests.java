package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.activities.Timeline;
import dev.baton.processes.Sla;
import dev.baton.support.BatonTest;
import dev.baton.support.Documents;
import dev.baton.support.Http;
import dev.baton.support.SignIn;
import dev.baton.support.TestClock;

/**
 * The demo's Lead Management workflow running on the engine, as its SOP reads: someone becomes a
 * lead and gets an owner; a marketing-qualified lead is called by an SDR within a business day; an
 * SDR who finds them sales-qualified completes the call, and a deal opens in the pipeline with a
 * discovery meeting for the account executive; a lead not yet qualified goes to nurture; a call not
 * made in time lands with the sales manager. Everything is checked as the people see it, through
 * the API: inboxes, the person, the deal, the timeline and the run's history.
 */
@BatonTest
class LeadWorkflowStoryTests {

    static final String LEAD_MANAGEMENT = "lead-management";

    @LocalServerPort
    int port;

    /** Email clicks come from tracking; the test writes them to the timeline as tracking does. */
    @Autowired
    Timeline timeline;

    @Autowired
    TestClock clock;

    Http admin;
    Http sofia;
    Http hannah;
    Http oliver;

    @BeforeEach
    void signIn() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        sofia = admin.withToken(SignIn.apiToken(port, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD));
        hannah = admin.withToken(SignIn.apiToken(port, "hannah@arcadia.example", BatonTest.DEMO_PASSWORD));
        oliver = admin.withToken(SignIn.apiToken(port, "oliver@arcadia.example", BatonTest.DEMO_PASSWORD));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aMarketingQualifiedLeadIsCalledByAnSdrAndBecomesADealForAnAccountExecutive() {
        String nora = person("Nora", "Quist", "nora.quist@kestrel.example");
        clickedTwoEmails(nora);

        // Nora becomes a lead: the workflow gives her an owner and, as she is an MQL, asks an SDR to call her.
        Instant before = Instant.now();
        assertThat(admin.post("/api/v1/people/" + nora + "/lifecycle", Map.of("stage", "lead")).status()).isEqualTo(200);
        JsonNode run = awaitRun(nora, r -> r.get("waitingAt").toString().contains("qualify-call") && r.get("tasks").size() == 1);
        Instant after = Instant.now();
        assertThat(run.get("version").asInt()).isEqualTo(1);
        assertThat(steps(run)).containsSubsequence("became-lead", "assign-owner", "mql-gate", "qualify-call");
        String call = run.get("tasks").get(0).get("task").asString();

        JsonNode task = inboxTask(sofia, call);
        assertThat(task.get("title").asString()).isEqualTo("Call the lead and qualify them: Nora Quist");
        assertThat(task.get("assignee").get("role").asString()).isEqualTo("sdr");
        assertThat(task.get("person").asString()).isEqualTo(nora);
        assertThat(task.get("description").asString()).contains("Call within one business day").contains("Lead Management (version 1)");
        Sla oneDay = Sla.parse("1 business day");
        assertThat(Instant.parse(task.get("due").asString())).as("due in one business day")
                .isBetween(oneDay.after(before, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS),
                        oneDay.after(after, ZoneId.systemDefault()));
        assertThat(inboxIds(admin.withToken(SignIn.apiToken(port, "liam@arcadia.example", BatonTest.DEMO_PASSWORD))))
                .as("every SDR sees it").contains(call);
        String owner = admin.get("/api/v1/people/" + nora).json().get("owner").asString();
        assertThat(admin.get("/api/v1/users/" + owner).json().get("roles").toString()).contains("account-executive");

        // Sofia calls her, finds budget, authority, need and timeline, makes her an SQL and completes the task in her inbox.
        assertThat(sofia.post("/api/v1/people/" + nora + "/lifecycle", Map.of("stage", "sql")).status()).isEqualTo(200);
        var done = sofia.post("/api/v1/tasks/" + call + "/complete", Map.of());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);

        // The SQL gate opens a deal in the pipeline, and the account executives get the discovery meeting about it.
        run = awaitRun(nora, r -> r.get("waitingAt").toString().contains("discovery-meeting") && r.get("tasks").size() == 1);
        assertThat(steps(run)).containsSubsequence("qualify-call", "sql-gate", "create-deal", "discovery-meeting");
        assertThat(inboxIds(sofia)).doesNotContain(call);
        JsonNode meeting = inboxTask(hannah, run.get("tasks").get(0).get("task").asString());
        assertThat(meeting.get("title").asString()).isEqualTo("Hold the discovery meeting: Nora Quist");
        assertThat(meeting.get("assignee").get("role").asString()).isEqualTo("account-executive");
        String deal = meeting.get("deal").asString();
        JsonNode opened = admin.get("/api/v1/deals/" + deal).json();
        assertThat(opened.get("status").asString()).isEqualTo("open");
        assertThat(opened.get("stage").asString()).isEqualTo("qualification");
        assertThat(opened.get("owner").asString()).isEqualTo(owner);
        assertThat(opened.get("people").toString()).contains(nora);
        JsonNode pipeline = admin.get("/api/v1/pipelines/" + opened.get("pipeline").asString()).json();
        assertThat(pipeline.get("name").asString()).isEqualTo("New business");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(summaries(nora))
                .contains("Lifecycle stage subscriber → lead", "Changed owner", "Lifecycle stage lead → sql", "Deal opened: Nora Quist"));

        // The meeting held, the run ends handed over to sales.
        assertThat(hannah.post("/api/v1/tasks/" + meeting.get("id").asString() + "/complete", Map.of()).status()).isEqualTo(200);
        run = awaitRun(nora, r -> r.get("state").asString().equals("ended"));
        assertThat(run.get("outcome").asString()).isEqualTo("completed");
        assertThat(steps(run)).endsWith("handed-over");
    }

    @Test
    void aLeadNotYetQualifiedGoesToNurtureAndTheRunEnds() {
        String ivo = person("Ivo", "Lindgren", "ivo.lindgren@fjord.example");

        admin.post("/api/v1/people/" + ivo + "/lifecycle", Map.of("stage", "lead"));

        JsonNode run = awaitRun(ivo, r -> r.get("state").asString().equals("ended"));
        assertThat(run.get("outcome").asString()).isEqualTo("recycled");
        assertThat(steps(run)).containsSubsequence("became-lead", "assign-owner", "mql-gate", "nurture", "recycled")
                .doesNotContain("qualify-call");
        assertThat(run.get("tasks")).isEmpty();
        assertThat(admin.get("/api/v1/people/" + ivo).json().get("tags").toString()).contains("nurture");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(summaries(ivo)).contains("Tagged nurture"));
        assertThat(inbox(sofia)).noneMatch(t -> ivo.equals(t.get("person").asString()));
    }

    @Test
    void aCallNotMadeWithinItsSlaLandsWithTheSalesManager() {
        String pia = person("Pia", "Sandoval", "pia.sandoval@orbit.example");
        clickedTwoEmails(pia);
        admin.post("/api/v1/people/" + pia + "/lifecycle", Map.of("stage", "lead"));
        JsonNode run = awaitRun(pia, r -> r.get("tasks").size() == 1);
        String call = run.get("tasks").get(0).get("task").asString();
        Instant due = Instant.parse(inboxTask(sofia, call).get("due").asString());
        var second = admin.post("/api/v1/workflows/" + LEAD_MANAGEMENT + "/runs", Map.of("person", pia));
        assertThat(second.status()).as("one run per person at a time").isEqualTo(409);

        // Nobody calls her; a business day later (Baton's clock moved on) the SLA has passed.
        assertThat(escalations(pia)).isEmpty();
        clock.advance(Duration.between(Instant.now(), due).plusMinutes(1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(escalations(pia)).hasSize(1));
        JsonNode escalation = escalations(pia).get(0);
        assertThat(escalation.get("title").asString()).isEqualTo("Overdue: Call the lead and qualify them: Pia Sandoval");
        assertThat(escalation.get("assignee").get("role").asString()).as("the SDRs report to the sales manager").isEqualTo("sales-manager");
        assertThat(escalation.get("priority").asString()).isEqualTo("high");
        assertThat(escalation.get("description").asString()).contains("for the SDR was due").contains("SLA 1 business day");
        // the call is still the SDRs' to make, and the run still waits for it
        assertThat(inboxIds(sofia)).contains(call);
        run = awaitRun(pia, r -> true);
        assertThat(run.get("waitingAt").toString()).contains("qualify-call");
        assertThat(steps(run)).contains("qualify-call-sla", "qualify-call-escalate");
    }

    @Test
    void newWorkTakesTheNewestVersionWhileRunningWorkStaysOnItsOwn() {
        publish(DRILL.replace("VERSION_SLA", "2 business days"));
        String first = person("Vera", "Eins", "vera.eins@drill.example");
        admin.post("/api/v1/people/" + first + "/tags", Map.of("tags", List.of("version-drill")));
        JsonNode one = awaitRun(first, "version-drill", r -> r.get("tasks").size() == 1);

        publish(DRILL.replace("VERSION_SLA", "4 hours").replace("Call about the drill", "Call about the drill, sooner"));
        String second = person("Veit", "Zwei", "veit.zwei@drill.example");
        admin.post("/api/v1/people/" + second + "/tags", Map.of("tags", List.of("version-drill")));
        JsonNode two = awaitRun(second, "version-drill", r -> r.get("tasks").size() == 1);

        assertThat(one.get("version").asInt()).isEqualTo(1);
        assertThat(two.get("version").asInt()).isEqualTo(2);
        assertThat(inboxTask(sofia, two.get("tasks").get(0).get("task").asString()).get("title").asString())
                .isEqualTo("Call about the drill, sooner: Veit Zwei");
        // the first run's task is the one it started with, and completing it ends that run on version 1
        String firstTask = one.get("tasks").get(0).get("task").asString();
        assertThat(inboxTask(sofia, firstTask).get("title").asString()).isEqualTo("Call about the drill: Vera Eins");
        sofia.post("/api/v1/tasks/" + firstTask + "/complete", Map.of());
        JsonNode ended = awaitRun(first, "version-drill", r -> r.get("state").asString().equals("ended"));
        assertThat(ended.get("version").asInt()).isEqualTo(1);
        JsonNode deployed = admin.get("/api/v1/workflows").json();
        assertThat(deployed.toString()).contains("\"document\":\"version-drill\",\"name\":\"Version drill\",\"version\":2");
    }

    @Test
    void aRunWaitsAtAGoalUntilTheEventHappens() {
        publish(DRILL.replace("version-drill", "goal-drill").replace("Version drill", "Goal drill").replace("""
                - key: call
                  type: task
                  lane: sdr
                  name: Call about the drill
                  instructions: Call them about the drill.
                  sla: VERSION_SLA
                """, """
                - key: bought
                  type: trigger
                  lane: sdr
                  name: They become a customer
                  event: stage_changed
                  value: customer
                """));
        String gus = person("Gus", "Goal", "gus.goal@drill.example");
        admin.post("/api/v1/people/" + gus + "/tags", Map.of("tags", List.of("goal-drill")));
        awaitRun(gus, "goal-drill", r -> r.get("waitingAt").toString().contains("bought"));

        admin.post("/api/v1/people/" + gus + "/lifecycle", Map.of("stage", "customer"));

        JsonNode run = awaitRun(gus, "goal-drill", r -> r.get("state").asString().equals("ended"));
        assertThat(steps(run)).containsExactly("tagged", "bought", "done");
    }

    /** A small workflow published through the API, in two versions. */
    static final String DRILL = """
            key: version-drill
            name: Version drill
            level: L4
            owner: sales-manager
            kind: workflow
            purpose: Shows that running work stays on the version it started on.
            stakeholders:
            - role: sales-manager
              raci: A
            lanes:
            - key: sdr
              name: SDR
              kind: role
            steps:
            - key: tagged
              type: trigger
              lane: sdr
              name: Tagged for the drill
              event: tag_applied
              value: version-drill
            - key: call
              type: task
              lane: sdr
              name: Call about the drill
              instructions: Call them about the drill.
              sla: VERSION_SLA
            - key: done
              type: exit
              lane: sdr
              name: Done
              outcome: completed
            """;

    private void publish(String yaml) {
        Documents.publish(oliver, yaml, Map.of("comment", "Fine."));
    }

    private String person(String first, String last, String email) {
        var created = admin.post("/api/v1/people", Map.of("firstName", first, "lastName", last, "emails", List.of(email),
                "lifecycleStage", "subscriber"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void clickedTwoEmails(String person) {
        for (int daysAgo : new int[] {9, 2}) {
            timeline.record(new NewActivity(ActivityType.EMAIL, UUID.fromString(person), null,
                    Instant.now().minus(daysAgo, ChronoUnit.DAYS), "Email sent: Storage news", null,
                    Map.of("direction", "sent", "opened", true, "clicked", true), "marketing"));
        }
    }

    private JsonNode awaitRun(String record, Predicate<JsonNode> condition) {
        return awaitRun(record, LEAD_MANAGEMENT, condition);
    }

    /** The newest run of a document about a record, once it meets the condition. */
    private JsonNode awaitRun(String record, String document, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var runs = admin.get("/api/v1/workflows/runs?record=" + record);
            assertThat(runs.status()).as(runs.toString()).isEqualTo(200);
            JsonNode run = runs.json().values().stream().filter(r -> r.get("document").asString().equals(document)).findFirst()
                    .orElse(null);
            assertThat(run).as("a run of " + document + " about " + record).isNotNull();
            assertThat(condition.test(run)).as(run.toString()).isTrue();
            found[0] = run;
        });
        return found[0];
    }

    private static List<String> steps(JsonNode run) {
        List<String> steps = new ArrayList<>();
        run.get("steps").values().forEach(s -> steps.add(s.get("step").asString()));
        return steps;
    }

    /** The sales manager's tasks about a late step of Lead Management (not of a copy another test may have published). */
    private List<JsonNode> escalations(String person) {
        return inbox(oliver).stream().filter(t -> t.get("title").asString().startsWith("Overdue: ")
                && person.equals(t.get("person").asString()) && t.get("description").asString().contains("Lead Management (version 1)"))
                .toList();
    }

    private static JsonNode inboxTask(Http who, String id) {
        return inbox(who).stream().filter(t -> t.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("task " + id + " is not in the inbox"));
    }

    private static List<String> inboxIds(Http who) {
        return inbox(who).stream().map(t -> t.get("id").asString()).toList();
    }

    private static List<JsonNode> inbox(Http who) {
        List<JsonNode> tasks = new ArrayList<>();
        String cursor = null;
        do {
            var page = who.get("/api/v1/tasks/inbox?limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").values().forEach(tasks::add);
            JsonNode next = page.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return tasks;
    }

    private List<String> summaries(String person) {
        List<String> summaries = new ArrayList<>();
        admin.get("/api/v1/people/" + person + "/timeline?limit=100").json().get("items").values()
                .forEach(a -> summaries.add(a.get("summary").asString()));
        return summaries;
    }
}
