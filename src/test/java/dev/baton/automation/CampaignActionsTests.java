package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
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

import dev.baton.processes.BusinessHours;
import dev.baton.support.BatonTest;
import dev.baton.support.Documents;
import dev.baton.support.Http;
import dev.baton.support.SignIn;
import dev.baton.support.TestClock;

/**
 * The actions a published process runs beyond tags and emails, in a campaign and in a workflow, as
 * the people concerned see them through the API: a field set on the person, a notification in the
 * role's list, a deal in the pipeline, a workflow started, and a wait until business hours (and
 * until a person's own date) that ends when it should. And the simulator's view of the same steps.
 */
@BatonTest
class CampaignActionsTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    Http admin;
    Http marcus;
    String suffix;
    String role;
    Http desk;

    @BeforeEach
    void setUp() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        marcus = admin.withToken(SignIn.apiToken(port, "marcus@arcadia.example", BatonTest.DEMO_PASSWORD));
        suffix = UUID.randomUUID().toString().substring(0, 8);
        role = "campaign-desk-" + suffix;
        var made = admin.post("/api/v1/roles", Map.of("key", role, "name", "Campaign desk " + suffix, "kind", "internal",
                "permissions", List.of("contacts.read")));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String email = "desk-" + suffix + "@arcadia.example";
        assertThat(admin.post("/api/v1/users", Map.of("email", email, "displayName", "Desk " + suffix, "password", "a-long-enough-secret",
                "roles", List.of(role))).status()).isEqualTo(201);
        desk = admin.withToken(SignIn.apiToken(port, email, "a-long-enough-secret"));
        for (String[] field : new String[][] {{"followup_" + suffix, "text"}, {"renewal_" + suffix, "date"}}) {
            var defined = admin.post("/api/v1/custom-fields", Map.of("object", "person", "key", field[0], "label", field[0], "type", field[1]));
            assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        }
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aCampaignSetsAFieldNotifiesOpensADealStartsAWorkflowAndWaitsForBusinessHoursAndADate() {
        publish(STARTED.replace("SUFFIX", suffix));
        publish(CAMPAIGN.replace("SUFFIX", suffix).replace("ROLE", role));
        // Saturday morning, outside business hours: everyone is tagged and the campaign runs up to the wait.
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime saturday = ZonedDateTime.now(zone).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).with(LocalTime.of(10, 0));
        Instant monday = BusinessHours.next(saturday.toInstant(), zone);
        assertThat(monday.atZone(zone).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        // Ann's renewal is on the Wednesday after: she will wait for it; Ben has no date and will not
        String wednesday = monday.atZone(zone).plusDays(2).toLocalDate().toString();
        String ann = person("Ann", "Actions " + suffix, Map.of("renewal_" + suffix, wednesday));
        String ben = person("Ben", "Actions " + suffix, Map.of());
        clock.advance(Duration.between(Instant.now(), saturday.toInstant()));
        assertThat(admin.post("/api/v1/tags/act-" + suffix + "/people", Map.of("people", List.of(ann, ben))).status()).isEqualTo(200);

        for (String person : List.of(ann, ben)) {
            JsonNode waiting = awaitEnrollment(person, e -> e.get("step").asString().equals("office-hours"));
            assertThat(waiting.get("state").asString()).isEqualTo("waiting");
            assertThat(Instant.parse(waiting.get("due").asString())).as("the next opening: Monday 09:00").isEqualTo(monday);
            JsonNode them = admin.get("/api/v1/people/" + person).json();
            assertThat(them.get("custom").get("followup_" + suffix).asString()).isEqualTo("call back");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(summaries(person)).contains("Changed custom.followup_" + suffix));
            JsonNode notification = notifications().stream().filter(n -> person.equals(n.get("person").toString().replace("\"", ""))).findFirst()
                    .orElseThrow(() -> new AssertionError("no notification about " + person));
            assertThat(notification.get("message").asString()).isEqualTo("Call them back");
            assertThat(notification.get("role").asString()).isEqualTo(role);
            JsonNode deal = dealOf(person);
            assertThat(deal.get("name").asString()).isEqualTo(them.get("firstName").asString() + " Actions " + suffix);
            assertThat(new java.math.BigDecimal(deal.get("amount").toString())).isEqualByComparingTo("5000");
            assertThat(deal.get("status").asString()).isEqualTo("open");
            JsonNode run = admin.get("/api/v1/workflows/runs?record=" + person).json().values().stream()
                    .filter(r -> r.get("document").asString().equals("started-" + suffix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no run of started-" + suffix + " about " + person));
            assertThat(run.get("state").asString()).isEqualTo("running");
        }
        assertThat(notifications()).hasSize(2);
        assertThat(admin.get("/api/v1/people/" + ann).json().get("tags").toString()).doesNotContain("opened-" + suffix);

        // Monday at opening time the wait ends; Ann waits on for her renewal, Ben has none and goes on.
        clock.advance(Duration.between(clock.instant(), monday.plusSeconds(60)));
        JsonNode annWaits = awaitEnrollment(ann, e -> e.get("step").asString().equals("renewal"));
        assertThat(Instant.parse(annWaits.get("due").asString())).isEqualTo(monday.atZone(zone).plusDays(2).toLocalDate()
                .atStartOfDay(zone).toInstant());
        assertThat(awaitEnrollment(ben, e -> e.get("state").asString().equals("done")).get("step").asString()).isEqualTo("done");
        assertThat(admin.get("/api/v1/people/" + ben).json().get("tags").toString()).contains("opened-" + suffix).contains("renewed-" + suffix);
        assertThat(admin.get("/api/v1/people/" + ann).json().get("tags").toString()).contains("opened-" + suffix)
                .doesNotContain("renewed-" + suffix);

        clock.advance(Duration.between(clock.instant(), monday.plus(Duration.ofDays(2))));
        awaitEnrollment(ann, e -> e.get("state").asString().equals("done"));
        assertThat(admin.get("/api/v1/people/" + ann).json().get("tags").toString()).contains("renewed-" + suffix);
        JsonNode journey = admin.get("/api/v1/journeys/act-" + suffix).json();
        assertThat(journey.get("steps").values().stream().filter(s -> s.get("node").asString().equals("notify-desk")).findFirst()
                .orElseThrow().get("done").asLong()).isEqualTo(2);
    }

    @Test
    void theSimulatorShowsWhatTheNewStepsWouldDoAndWhenTheWaitsEnd() {
        publish(STARTED.replace("SUFFIX", suffix));
        publish(CAMPAIGN.replace("SUFFIX", suffix).replace("ROLE", role));
        String ann = person("Ann", "Simulated " + suffix, Map.of("renewal_" + suffix, "2026-12-16"));
        Instant saturday = Instant.parse("2026-12-12T10:00:00Z");

        var reply = admin.post("/api/v1/processes/act-" + suffix + "/versions/published/simulation",
                Map.of("people", List.of(ann), "start", saturday.toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode run = reply.json().get("people").get(0);
        Map<String, JsonNode> at = new java.util.LinkedHashMap<>();
        run.get("path").values().forEach(p -> at.put(p.get("step").asString(), p));
        assertThat(at.keySet()).containsExactly("tagged", "set-followup", "notify-desk", "open-deal", "start-workflow", "office-hours",
                "opened", "renewal", "renewed", "done");
        assertThat(at.get("set-followup").get("note").asString()).isEqualTo("would set person.custom.followup_" + suffix + " to \"call back\"");
        assertThat(at.get("notify-desk").get("note").asString()).isEqualTo("would notify the role " + role + ": Call them back");
        assertThat(at.get("open-deal").get("note").asString()).isEqualTo("would open a deal in the pipeline New business, for 5000");
        assertThat(at.get("start-workflow").get("note").asString()).startsWith("would start the process started-" + suffix);
        assertThat(at.get("office-hours").get("note").asString()).isEqualTo("waited until business hours");
        assertThat(Instant.parse(at.get("office-hours").get("at").asString())).isEqualTo(Instant.parse("2026-12-14T09:00:00Z"));
        assertThat(at.get("renewal").get("note").asString()).isEqualTo("waited until person.custom.renewal_" + suffix + " (2026-12-16)");
        assertThat(Instant.parse(at.get("renewal").get("at").asString())).isEqualTo(Instant.parse("2026-12-16T00:00:00Z"));
        assertThat(run.get("outcome").asString()).isEqualTo("completed");
        // nothing was done for real
        assertThat(admin.get("/api/v1/people/" + ann).json().get("custom").has("followup_" + suffix)).isFalse();
        assertThat(notifications()).isEmpty();

        Instant tuesdayNoon = Instant.parse("2026-12-15T12:00:00Z");
        JsonNode during = admin.post("/api/v1/processes/act-" + suffix + "/versions/published/simulation",
                Map.of("people", List.of(ann), "start", tuesdayNoon.toString())).json().get("people").get(0).get("path");
        JsonNode wait = during.values().stream().filter(p -> p.get("step").asString().equals("office-hours")).findFirst().orElseThrow();
        assertThat(wait.get("note").asString()).isEqualTo("goes on at once: it is business hours");
        assertThat(Instant.parse(wait.get("at").asString())).isEqualTo(tuesdayNoon);
    }

    @Test
    void aWorkflowSetsFieldsOfItsPersonAndItsDealNotifiesAboutTheDealAndWaitsForBusinessHours() {
        publish(WORKFLOW.replace("SUFFIX", suffix).replace("ROLE", role));
        String cai = person("Cai", "Flow " + suffix, Map.of());
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime sunday = ZonedDateTime.now(zone).with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).with(LocalTime.of(20, 30));
        clock.advance(Duration.between(Instant.now(), sunday.toInstant()));

        admin.post("/api/v1/tags/wf-" + suffix + "/people", Map.of("people", List.of(cai)));

        JsonNode run = awaitRun(cai, "wf-" + suffix, r -> r.get("waitingAt").toString().contains("office-hours"));
        assertThat(steps(run)).containsSubsequence("tagged", "set-followup", "open-deal", "set-amount", "notify-desk", "office-hours");
        assertThat(admin.get("/api/v1/people/" + cai).json().get("custom").get("followup_" + suffix).asString()).isEqualTo("workflow");
        JsonNode deal = dealOf(cai);
        assertThat(new java.math.BigDecimal(deal.get("amount").toString())).as("set on the run's deal").isEqualByComparingTo("7500");
        JsonNode notification = notifications().stream().filter(n -> cai.equals(n.get("person").toString().replace("\"", ""))).findFirst().orElseThrow();
        assertThat(notification.get("message").asString()).isEqualTo("A deal opened for Cai");
        assertThat(notification.get("deal").asString()).isEqualTo(deal.get("id").asString());
        assertThat(notification.get("source").asString()).contains("notify-desk");

        // Monday at opening time the timer fires and the run ends.
        clock.advance(Duration.between(clock.instant(), BusinessHours.next(sunday.toInstant(), zone).plusSeconds(60)));
        run = awaitRun(cai, "wf-" + suffix, r -> r.get("state").asString().equals("ended"));
        assertThat(steps(run)).endsWith("done");
        assertThat(notifications()).hasSize(1);
    }

    @Test
    void aCampaignThatSetsADealFieldOrWaitsForADealsDateIsNotPublished() {
        String yaml = CAMPAIGN.replace("SUFFIX", suffix).replace("ROLE", role)
                .replace("field: person.custom.followup_" + suffix, "field: deal.amount")
                .replace("until: person.custom.renewal_" + suffix, "until: deal.close")
                .replace("process: started-" + suffix, "process: lead-management");
        var written = marcus.send("POST", "/api/v1/processes", "application/yaml", yaml);
        String path = "/api/v1/processes/act-" + suffix + "/versions/" + written.json().get("id").asString();
        marcus.post(path + "/review");
        marcus.post(path + "/approve", Map.of());
        var refused = marcus.post(path + "/publish");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("steps[1].with.field", "steps[7].until");
        assertThat(admin.get("/api/v1/journeys/act-" + suffix).status()).isEqualTo(404);

        // a user to notify is named by email or id, and must be one
        publish(STARTED.replace("SUFFIX", suffix));
        var unknown = publishing(CAMPAIGN.replace("SUFFIX", suffix).replace("ROLE", role)
                .replace("role: " + role + "\n", "user: nobody-" + suffix + "@arcadia.example\n"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(409);
        assertThat(unknown.body()).contains("nobody-" + suffix + "@arcadia.example", "is not a user of Baton");
    }

    /** Started by the campaign's start_process step: a workflow that waits a day. */
    static final String STARTED = Documents.head("started-SUFFIX", "Started SUFFIX", "L4", null, "marketing-manager", "workflow") + """
            - key: started
              type: trigger
              lane: system
              name: Started by a campaign
              event: manual
            - key: a-day
              type: wait
              lane: system
              name: A day
              duration: 1 day
            - key: done
              type: exit
              lane: system
              name: Done
              outcome: completed
            """;

    static final String CAMPAIGN = Documents.head("act-SUFFIX", "Actions SUFFIX", "L4", null, "marketing-manager", "campaign") + """
            - key: tagged
              type: trigger
              lane: system
              name: Tagged
              event: tag_applied
              value: act-SUFFIX
            - key: set-followup
              type: action
              lane: system
              name: Mark for a call back
              action: set_field
              with:
                field: person.custom.followup_SUFFIX
                value: call back
            - key: notify-desk
              type: action
              lane: system
              name: Tell the desk
              action: notify
              with:
                role: ROLE
                message: Call them back
            - key: open-deal
              type: action
              lane: system
              name: Open a deal
              action: create_deal
              with:
                pipeline: New business
                amount: '5000'
            - key: start-workflow
              type: action
              lane: system
              name: Start the follow-up workflow
              action: start_process
              with:
                process: started-SUFFIX
            - key: office-hours
              type: wait
              lane: system
              name: Until business hours
              until: business hours
            - key: opened
              type: action
              lane: system
              name: Tag as opened
              action: tag
              with:
                tag: opened-SUFFIX
            - key: renewal
              type: wait
              lane: system
              name: Until their renewal
              until: person.custom.renewal_SUFFIX
            - key: renewed
              type: action
              lane: system
              name: Tag as renewed
              action: tag
              with:
                tag: renewed-SUFFIX
            - key: done
              type: exit
              lane: system
              name: Done
              outcome: completed
            """;

    static final String WORKFLOW = Documents.head("wf-SUFFIX", "Workflow actions SUFFIX", "L4", null, "marketing-manager", "workflow") + """
            - key: tagged
              type: trigger
              lane: system
              name: Tagged
              event: tag_applied
              value: wf-SUFFIX
            - key: set-followup
              type: action
              lane: system
              name: Mark as in a workflow
              action: set_field
              with:
                field: person.custom.followup_SUFFIX
                value: workflow
            - key: open-deal
              type: action
              lane: system
              name: Open a deal
              action: create_deal
              with:
                pipeline: New business
            - key: set-amount
              type: action
              lane: system
              name: Price it
              action: set_field
              with:
                field: deal.amount
                value: '7500'
            - key: notify-desk
              type: action
              lane: system
              name: Tell the desk
              action: notify
              with:
                role: ROLE
                message: A deal opened for Cai
            - key: office-hours
              type: wait
              lane: system
              name: Until business hours
              until: business hours
            - key: done
              type: exit
              lane: system
              name: Done
              outcome: completed
            """;

    private void publish(String yaml) {
        Documents.publish(marcus, yaml);
    }

    /** Writes, reviews and approves a document, and answers what publishing it says. */
    private Http.Reply publishing(String yaml) {
        var written = marcus.send("POST", "/api/v1/processes", "application/yaml", yaml);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        String path = "/api/v1/processes/" + written.json().get("document").asString() + "/versions/" + written.json().get("id").asString();
        marcus.post(path + "/review");
        marcus.post(path + "/approve", Map.of());
        return marcus.post(path + "/publish");
    }

    private String person(String first, String last, Map<String, Object> custom) {
        var created = admin.post("/api/v1/people", Map.of("firstName", first, "lastName", last, "custom", custom));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode awaitEnrollment(String person, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var reply = admin.get("/api/v1/journeys/act-" + suffix + "/enrollments/" + person);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(condition.test(reply.json())).as(reply.toString()).isTrue();
            found[0] = reply.json();
        });
        return found[0];
    }

    private JsonNode awaitRun(String record, String document, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode run = admin.get("/api/v1/workflows/runs?record=" + record).json().values().stream()
                    .filter(r -> r.get("document").asString().equals(document)).findFirst().orElse(null);
            assertThat(run).as("a run of " + document).isNotNull();
            assertThat(condition.test(run)).as(run.toString()).isTrue();
            found[0] = run;
        });
        return found[0];
    }

    private static List<String> steps(JsonNode run) {
        return run.get("steps").values().stream().map(s -> s.get("step").asString()).toList();
    }

    private List<JsonNode> notifications() {
        var page = desk.get("/api/v1/notifications?limit=500");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("items").values().stream().toList();
    }

    private List<String> summaries(String person) {
        return admin.get("/api/v1/people/" + person + "/timeline?limit=100").json().get("items").values().stream()
                .map(a -> a.get("summary").asString()).toList();
    }

    /** The open deal a person is on, in the New business pipeline, found as a user pages through it. */
    private JsonNode dealOf(String person) {
        String pipeline = admin.get("/api/v1/pipelines").json().values().stream().filter(p -> p.get("name").asString().equals("New business"))
                .findFirst().orElseThrow().get("id").asString();
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/deals?limit=500&status=open&pipeline=" + pipeline + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            for (JsonNode deal : page.get("items").values()) {
                if (deal.get("people").toString().contains(person)) {
                    return deal;
                }
            }
            cursor = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        throw new AssertionError("no open deal in New business for " + person);
    }
}
