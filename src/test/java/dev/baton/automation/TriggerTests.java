package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.baton.automation.internal.JourneyRunner;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.support.BatonTest;
import dev.baton.support.Documents;
import dev.baton.support.Http;
import dev.baton.support.SignIn;
import dev.baton.support.TestClock;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;
import dev.baton.tasks.Tasks;

/**
 * Campaigns that start on a field changing, a deal moving, a task done, a date coming and people
 * entering a saved search, published as documents the way a marketer does; and enrolling a saved
 * search by hand.
 */
@BatonTest
class TriggerTests {

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    @Autowired
    JourneyRunner runner;

    @Autowired
    TestClock clock;

    @Autowired
    Tasks tasks;

    @Autowired
    JdbcClient jdbc;

    Http admin;
    Http marcus;
    String run;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        marcus = Http.api("http://localhost:" + port, SignIn.apiToken(port, "marcus@arcadia.example", BatonTest.DEMO_PASSWORD));
        run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void aFieldChangingToAValueEnrollsThatPersonAndNobodyElse() {
        customField("tier_" + run, "text");
        String tag = "gold-welcome-" + run;
        publish("gold-" + run, "field_changed", "person.custom.tier_" + run, Map.of("to", "gold"), tag);
        String ada = person("Ada", Map.of());
        String bob = person("Bob", Map.of());

        update(bob, "Bob", Map.of("tier_" + run, "silver"));
        update(ada, "Ada", Map.of("tier_" + run, "silver"));
        update(ada, "Ada", Map.of("tier_" + run, "Gold"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(ada)).contains(tag));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(tags(bob)).doesNotContain(tag);
            assertThat(steps("gold-" + run).get(0).get("entered").asLong()).isEqualTo(1);
        });
    }

    @Test
    void aFieldSetByACampaignForManyPeopleStartsTheCampaignsOnThatField() {
        customField("band_" + run, "text");
        String tag = "banded-" + run;
        publish("band-" + run, "field_changed", "person.custom.band_" + run, Map.of("to", "b"), tag);
        journeys.deploy("set-band-" + run, "Set band", new JourneyPlan(List.of(
                JourneyPlan.Node.action("set", "set_field", Map.of("field", "person.custom.band_" + run, "value", "B")),
                JourneyPlan.Node.exit("done", "completed"))), false);
        String eve = person("Eve", Map.of());
        String finn = person("Finn", Map.of());
        String gus = person("Gus", Map.of());

        journeys.enroll("set-band-" + run, List.of(UUID.fromString(eve), UUID.fromString(finn)));
        runner.runDue();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(tags(eve)).contains(tag);
            assertThat(tags(finn)).contains(tag);
        });
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(tags(gus)).doesNotContain(tag));
    }

    @Test
    void aDealMovingToAStageEnrollsItsPerson() {
        String tag = "proposal-sent-" + run;
        publish("proposal-" + run, "deal_stage_changed", "new-business/proposal", Map.of(), tag);
        String pipeline = admin.get("/api/v1/pipelines").json().values().stream()
                .filter(p -> p.get("name").asString().equals("New business")).findFirst().orElseThrow().get("id").asString();
        String cleo = person("Cleo", Map.of());
        String dan = person("Dan", Map.of());
        String moving = admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "name", "Archive " + run,
                "people", List.of(Map.of("person", cleo)))).json().get("id").asString();
        admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "name", "Staying " + run, "people", List.of(Map.of("person", dan))));

        assertThat(admin.post("/api/v1/deals/" + moving + "/stage", Map.of("stage", "proposal")).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(cleo)).contains(tag));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(tags(dan)).doesNotContain(tag));
    }

    @Test
    void aCompletedTaskWhoseTitleHoldsTheValueEnrollsItsPerson() {
        String tag = "contract-sent-" + run;
        publish("contract-" + run, "task_completed", "send the contract " + run, Map.of(), tag);
        UUID eve = UUID.fromString(person("Eve", Map.of()));
        UUID finn = UUID.fromString(person("Finn", Map.of()));
        Instant due = Instant.now().plus(Duration.ofDays(1));
        var other = tasks.create(new NewTask("Call Finn " + run, "", due, Priority.NORMAL, Assignee.ofRole("sdr"), finn, null, null));
        var contract = tasks.create(new NewTask("Send the contract " + run + " to Eve", "", due, Priority.NORMAL, Assignee.ofRole("sdr"),
                eve, null, null));

        tasks.complete(other.id());
        tasks.complete(contract.id());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(eve.toString())).contains(tag));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(tags(finn.toString())).doesNotContain(tag));
    }

    @Test
    void aDateWaitsUntilItIsReachedAndMovesWhenTheDateChanges() {
        String field = "renewal_" + run;
        customField(field, "date");
        String key = "renewal-" + run;
        String tag = "renewal-reminded-" + run;
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        String gus = person("Gus", Map.of(field, today.plusDays(30).toString()));
        String hal = person("Hal", Map.of(field, today.minusDays(30).toString()));

        publish(key, "date_reached", "person.custom." + field, Map.of("offset", "-7 days", "at", "09:00"), tag);
        assertThat(steps(key).get(0).get("waiting").asLong()).as("Gus waits for his date; Hal's is past").isEqualTo(1);
        Instant moment = today.plusDays(23).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(due(key, gus)).isEqualTo(moment);

        // the renewal moves ten days on: so does the reminder
        update(gus, "Gus", Map.of(field, today.plusDays(40).toString()));
        Instant later = moment.plus(Duration.ofDays(10));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(due(key, gus)).isEqualTo(later));
        try {
            clock.advance(Duration.between(Instant.now(), moment).plusHours(1));
            runner.runDue();
            assertThat(tags(gus)).as("the old date has passed, the new one has not").doesNotContain(tag);

            clock.advance(Duration.ofDays(10));
            runner.runDue();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(gus)).contains(tag));
            assertThat(tags(hal)).doesNotContain(tag);
            assertThat(steps(key).get(0).get("entered").asLong()).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aYearlyDateEnrollsTheNextAnniversaryAndAgainTheYearAfter() {
        String field = "birthday_" + run;
        customField(field, "date");
        String key = "birthday-" + run;
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        LocalDate birthday = today.minusYears(30).plusDays(3);
        String ivy = person("Ivy", Map.of(field, birthday.toString()));

        publish(key, "date_reached", "person.custom." + field, Map.of("at", "08:00", "yearly", "yes"), "birthday-" + run);
        Instant first = today.plusDays(3).atTime(8, 0).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(due(key, ivy)).isEqualTo(first);
        try {
            clock.advance(Duration.between(Instant.now(), first).plusMinutes(5));
            runner.runDue();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(ivy)).contains("birthday-" + run));
            Instant next = today.plusDays(3).plusYears(1).atTime(8, 0).atZone(ZoneId.systemDefault()).toInstant();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(due(key, ivy)).isEqualTo(next));
        } finally {
            clock.reset();
        }
    }

    @Test
    void enteringASavedSearchEnrollsOnceWithoutReentryAndAgainWithItAfterLeaving() {
        String vip = "vip-" + run;
        String search = "VIPs " + run;
        assertThat(admin.post("/api/v1/segments", Map.of("name", search, "query", "tag = \"" + vip + "\"")).status()).isEqualTo(201);
        String once = "vip-once-" + run;
        String again = "vip-again-" + run;
        publish(once, "entered_search", search, Map.of(), "welcomed-" + run);
        publish(again, "entered_search", search, Map.of("reentry", "yes"), "greeted-" + run);
        String jo = person("Jo", Map.of());
        String kim = person("Kim", Map.of());

        admin.post("/api/v1/tags/" + vip + "/people", Map.of("people", List.of(jo)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(tags(jo)).contains("welcomed-" + run, "greeted-" + run);
            assertThat(steps(once).get(1).get("done").asLong()).isEqualTo(1);
            assertThat(steps(again).get(1).get("done").asLong()).isEqualTo(1);
        });

        // a change that keeps her in the search does not enroll her again
        update(jo, "Joanna", Map.of());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(steps(again).get(0).get("entered").asLong()).isEqualTo(1));

        // she leaves the search and enters it again: only the campaign with re-entry takes her again
        admin.post("/api/v1/tags/" + vip + "/people/remove", Map.of("people", List.of(jo)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(inSearch(again, jo)).isFalse());
        admin.post("/api/v1/tags/" + vip + "/people", Map.of("people", List.of(jo)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(steps(again).get(0).get("entered").asLong()).isEqualTo(2));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(steps(once).get(0).get("entered").asLong()).isEqualTo(1);
            assertThat(tags(kim)).doesNotContain("welcomed-" + run, "greeted-" + run);
        });
    }

    @Test
    void enrollingASavedSearchByHandEnrollsEveryMatchInOneGo() {
        String key = "by-hand-" + run;
        journeys.deploy(key, "By hand", new JourneyPlan(List.of(JourneyPlan.Node.tag("mark", "by-hand-" + run),
                JourneyPlan.Node.exit("done", "completed"))), false);
        String tag = "invitees-" + run;
        List<String> invitees = List.of(person("Lee", Map.of()), person("Mo", Map.of()), person("Ned", Map.of()));
        String outsider = person("Olga", Map.of());
        admin.post("/api/v1/tags/" + tag + "/people", Map.of("people", invitees));
        String search = admin.post("/api/v1/segments", Map.of("name", "Invitees " + run, "query", "tag = \"" + tag + "\""))
                .json().get("id").asString();

        JsonNode enrolled = admin.post("/api/v1/journeys/" + key + "/enrollments", Map.of("search", "invitees " + run)).json();
        assertThat(enrolled.get("requested").asLong()).isEqualTo(3);
        assertThat(enrolled.get("entered").asLong()).isEqualTo(3);
        JsonNode again = admin.post("/api/v1/journeys/" + key + "/enrollments", Map.of("search", search, "query", "name contains \"Lee\""))
                .json();
        assertThat(again.get("requested").asLong()).isEqualTo(1);
        assertThat(again.get("entered").asLong()).as("already in").isZero();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> invitees.forEach(p -> assertThat(tags(p)).contains("by-hand-" + run)));
        assertThat(tags(outsider)).doesNotContain("by-hand-" + run);

        var unknown = admin.post("/api/v1/journeys/" + key + "/enrollments", Map.of("search", "No such search " + run));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("search").contains("is not a saved search");
        var unreadable = admin.post("/api/v1/journeys/" + key + "/enrollments", Map.of("query", "tag = "));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).contains("query");
    }

    @Test
    void triggersNamingWhatDoesNotExistAreRefusedAtDeploy() {
        customField("note_" + run, "text");
        var refused = catchThrowableOfType(InvalidInputException.class, () -> journeys.deploy("bad-triggers-" + run, "Bad",
                new JourneyPlan(List.of(new JourneyPlan.Trigger("field_changed", "person.mood"),
                        new JourneyPlan.Trigger("deal_stage_changed", "new-business/nowhere"),
                        new JourneyPlan.Trigger("date_reached", "person.custom.note_" + run),
                        new JourneyPlan.Trigger("entered_search", "No such search " + run),
                        new JourneyPlan.Trigger("date_reached", "person.custom.note_" + run, Map.of("offset", "soon"))),
                        List.of(JourneyPlan.Node.exit("done", "completed"))), false));
        assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("triggers[4].with.offset");
        var references = catchThrowableOfType(InvalidInputException.class, () -> journeys.deploy("bad-triggers-" + run, "Bad",
                new JourneyPlan(List.of(new JourneyPlan.Trigger("field_changed", "person.mood"),
                        new JourneyPlan.Trigger("deal_stage_changed", "new-business/nowhere"),
                        new JourneyPlan.Trigger("date_reached", "person.custom.note_" + run),
                        new JourneyPlan.Trigger("entered_search", "No such search " + run)),
                        List.of(JourneyPlan.Node.exit("done", "completed"))), false));
        assertThat(references.problems()).extracting(p -> p.field())
                .containsExactly("triggers[0].value", "triggers[1].value", "triggers[2].value", "triggers[3].value");
        assertThat(references.problems().get(2).message()).contains("date field");
        assertThat(admin.get("/api/v1/journeys/bad-triggers-" + run).status()).isEqualTo(404);
        var deals = catchThrowableOfType(InvalidInputException.class, () -> journeys.deploy("bad-deals-" + run, "Bad", new JourneyPlan(List.of(
                JourneyPlan.Node.action("open", "create_deal", Map.of("pipeline", "No such pipeline")),
                JourneyPlan.Node.action("open-late", "create_deal", Map.of("pipeline", "new-business", "stage", "nowhere")),
                JourneyPlan.Node.exit("done", "completed"))), false));
        assertThat(deals.problems()).extracting(p -> p.field()).containsExactly("nodes[0].with.pipeline", "nodes[1].with.pipeline");
        assertThat(deals.problems().get(0).message()).contains("is not a pipeline", "New business");
        assertThat(deals.problems().get(1).message()).contains("has no stage nowhere");
    }

    @Test
    void aDocumentWithAReentryOtherThanYesOrNoCannotGoToReview() {
        String key = "maybe-again-" + run;
        String draft = marcus.send("POST", "/api/v1/processes", "application/yaml", document(key, "tag_applied", "maybe-" + run,
                Map.of("reentry", "sometimes"), "x-" + run)).json().get("id").asString();
        var review = marcus.post("/api/v1/processes/" + key + "/versions/" + draft + "/review");
        assertThat(review.status()).isEqualTo(409);
        assertThat(review.body()).contains("trigger-reentry-invalid").contains("sometimes");
    }

    // --- helpers

    /** Publishes a campaign: the trigger, a tag, an exit. */
    private void publish(String key, String event, String value, Map<String, String> with, String tag) {
        Documents.publish(marcus, document(key, event, value, with, tag));
    }

    private static String document(String key, String event, String value, Map<String, String> with, String tag) {
        StringBuilder settings = new StringBuilder();
        if (!with.isEmpty()) {
            settings.append("  with:\n");
            with.forEach((k, v) -> settings.append("    ").append(k).append(": '").append(v).append("'\n"));
        }
        return Documents.head(key, "Trigger " + key, "L3", "demand-generation", "marketing-manager", "campaign") + """
                - key: start
                  type: trigger
                  lane: system
                  name: Start
                  event: %s
                  value: '%s'
                %s- key: mark
                  type: action
                  lane: system
                  name: Mark them
                  action: tag
                  with:
                    tag: %s
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """.formatted(event, value, settings, tag);
    }

    private void customField(String key, String type) {
        var created = admin.post("/api/v1/custom-fields", Map.of("object", "person", "key", key, "label", key, "type", type));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private String person(String first, Map<String, Object> custom) {
        return admin.post("/api/v1/people", Map.of("firstName", first, "lastName", "Trigger " + run, "custom", custom))
                .json().get("id").asString();
    }

    private void update(String person, String first, Map<String, Object> custom) {
        var updated = admin.put("/api/v1/people/" + person, Map.of("firstName", first, "lastName", "Trigger " + run, "custom", custom), null);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    private String tags(String person) {
        return admin.get("/api/v1/people/" + person).json().get("tags").toString();
    }

    private List<JsonNode> steps(String journey) {
        return admin.get("/api/v1/journeys/" + journey).json().get("steps").values().stream().toList();
    }

    /** Whether the campaign counts the person as in its saved search (its own bookkeeping: a point to wait for). */
    private boolean inSearch(String journey, String person) {
        return jdbc.sql("""
                select count(*) from journey_search_members m join journeys j on j.id = m.journey_id
                where j.key = :journey and m.person_id = :person""")
                .param("journey", journey).param("person", UUID.fromString(person)).query(Long.class).single() > 0;
    }

    /** When the campaign takes a person who waits in it (not shown anywhere but the runner's own table). */
    private Instant due(String journey, String person) {
        return jdbc.sql("""
                select e.due_at from enrollments e join journeys j on j.id = e.journey_id
                where j.key = :journey and e.person_id = :person and e.state = 0""")
                .param("journey", journey).param("person", UUID.fromString(person)).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(null);
    }
}
