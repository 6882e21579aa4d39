package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


import dev.baton.automation.internal.JourneyRunner;
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
 * Keap's goals on every kind of event a campaign can wait for: a person who reaches a goal leaves
 * the steps before it, whatever the campaign starts on. Each campaign tags people as they enter,
 * waits a month, and tags who reaches its goal.
 */
@BatonTest
class GoalTests {

    @LocalServerPort
    int port;

    @Autowired
    JourneyRunner runner;

    @Autowired
    TestClock clock;

    @Autowired
    Tasks tasks;

    Http admin;
    Http marcus;
    String run;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        marcus = Http.api("http://localhost:" + port, SignIn.apiToken(port, "marcus@arcadia.example", BatonTest.DEMO_PASSWORD));
        run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aFieldChangedGoalWithATargetIsReachedOnlyWhenTheFieldTakesThatValue() {
        customField("tier_" + run, "text");
        String key = "tier-goal-" + run;
        publishWithGoal(key, """
                  event: field_changed
                  value: person.custom.tier_%s
                  with:
                    to: gold
                """.formatted(run));
        String ada = enrolled(key, "Ada", Map.of());

        update(ada, "Ada", Map.of("tier_" + run, "silver"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(tags(ada)).doesNotContain("goal-reached-" + run);
            assertThat(step(key, ada)).isEqualTo("month");
        });

        update(ada, "Ada", Map.of("tier_" + run, "Gold"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(ada)).contains("goal-reached-" + run));
    }

    @Test
    void aTaskCompletedGoalIsReachedInACampaignThatStartsOnSomethingElse() {
        String key = "lease-goal-" + run;
        publishWithGoal(key, """
                  event: task_completed
                  value: 'sign the lease %s'
                """.formatted(run));
        String eve = enrolled(key, "Eve", Map.of());
        String finn = enrolled(key, "Finn", Map.of());
        Instant due = Instant.now().plus(Duration.ofDays(1));
        var other = tasks.create(new NewTask("Call Finn " + run, "", due, Priority.NORMAL, Assignee.ofRole("sdr"), UUID.fromString(finn),
                null, null));
        var lease = tasks.create(new NewTask("Sign the lease " + run + " with Eve", "", due, Priority.NORMAL, Assignee.ofRole("sdr"),
                UUID.fromString(eve), null, null));

        tasks.complete(other.id());
        tasks.complete(lease.id());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(eve)).contains("goal-reached-" + run));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(tags(finn)).doesNotContain("goal-reached-" + run);
            assertThat(step(key, finn)).isEqualTo("month");
        });
    }

    @Test
    void enteringASavedSearchReachesTheGoalOnItAndBeingInItAlreadyDoesNot() {
        String vip = "goal-vip-" + run;
        String search = "Goal VIPs " + run;
        assertThat(admin.post("/api/v1/segments", Map.of("name", search, "query", "tag = \"" + vip + "\"")).status()).isEqualTo(201);
        String cy = person("Cy", Map.of());
        admin.post("/api/v1/tags/" + vip + "/people", Map.of("people", List.of(cy)));
        String key = "vip-goal-" + run;
        publishWithGoal(key, """
                  event: entered_search
                  value: '%s'
                """.formatted(search));
        String ann = enrolled(key, "Ann", Map.of());
        String bob = enrolled(key, "Bob", Map.of());
        enroll(key, cy);

        admin.post("/api/v1/tags/" + vip + "/people", Map.of("people", List.of(ann)));
        update(cy, "Cyril", Map.of());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(ann)).contains("goal-reached-" + run));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(step(key, bob)).isEqualTo("month");
            assertThat(step(key, cy)).as("Cy was in the search before: he did not enter it").isEqualTo("month");
        });
    }

    @Test
    void aDateGoalIsReachedWhenThePersonsDateComesWhileTheyAreBeforeIt() {
        String field = "renewal_" + run;
        customField(field, "date");
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        String key = "renewal-goal-" + run;
        publishWithGoal(key, """
                  event: date_reached
                  value: person.custom.%s
                  with:
                    offset: '-1 day'
                    at: '09:00'
                """.formatted(field));
        String gus = enrolled(key, "Gus", Map.of(field, today.plusDays(4).toString()));
        String hal = enrolled(key, "Hal", Map.of(field, today.plusDays(60).toString()));
        String ivy = enrolled(key, "Ivy", Map.of());
        Instant moment = today.plusDays(3).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();

        clock.advance(Duration.between(Instant.now(), moment).minusMinutes(5));
        runner.runDue();
        assertThat(step(key, gus)).as("the day before his renewal, at nine, has not come").isEqualTo("month");

        clock.advance(Duration.ofMinutes(10));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            runner.runDue();
            assertThat(tags(gus)).contains("goal-reached-" + run);
        });
        assertThat(step(key, hal)).isEqualTo("month");
        assertThat(step(key, ivy)).isEqualTo("month");
        assertThat(tags(hal)).doesNotContain("goal-reached-" + run);
    }

    @Test
    void aDateCampaignsFirstWaitUntilATimeOfDayBeginsOnTheDate() {
        String field = "birthday_" + run;
        customField(field, "date");
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        String key = "birthday-morning-" + run;
        publish(key, """
                - key: start
                  type: trigger
                  lane: system
                  name: Birthday
                  event: date_reached
                  value: person.custom.%s
                  with:
                    yearly: 'yes'
                - key: morning
                  type: wait
                  lane: system
                  name: Nine in the morning
                  until: '09:00'
                - key: greet
                  type: action
                  lane: system
                  name: Greet
                  action: tag
                  with:
                    tag: birthday-greeted-%s
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """.formatted(field, run));
        String jo = person("Jo", Map.of(field, today.minusYears(40).plusDays(3).toString()));
        Instant morning = today.plusDays(3).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(due(key, jo)).isEqualTo(morning));
        clock.advance(Duration.between(Instant.now(), morning).minusHours(8));
        runner.runDue();
        assertThat(tags(jo)).as("her birthday has begun, nine has not come").doesNotContain("birthday-greeted-" + run);

        clock.advance(Duration.ofHours(8).plusMinutes(5));
        runner.runDue();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(jo)).contains("birthday-greeted-" + run));
    }

    // --- helpers

    /** A campaign starting on a tag: tag them, wait a month, the goal (its event, value and settings as given), tag who reached it. */
    private void publishWithGoal(String key, String goal) {
        publish(key, """
                - key: start
                  type: trigger
                  lane: system
                  name: Start
                  event: tag_applied
                  value: goal-start-%s
                - key: mark
                  type: action
                  lane: system
                  name: Mark them
                  action: tag
                  with:
                    tag: goal-entered-%s
                - key: month
                  type: wait
                  lane: system
                  name: A month
                  duration: P30D
                - key: goal
                  type: trigger
                  lane: system
                  name: The goal
                %s- key: reached
                  type: action
                  lane: system
                  name: Reached
                  action: tag
                  with:
                    tag: goal-reached-%s
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """.formatted(run, run, goal, run));
    }

    private void publish(String key, String steps) {
        Documents.publish(marcus, Documents.head(key, "Goal " + key, "L3", "demand-generation", "marketing-manager", "campaign") + steps);
    }

    /** A new person, tagged into the campaign and waiting in its month. */
    private String enrolled(String key, String first, Map<String, Object> custom) {
        String person = person(first, custom);
        enroll(key, person);
        return person;
    }

    private void enroll(String key, String person) {
        admin.post("/api/v1/tags/goal-start-" + run + "/people", Map.of("people", List.of(person)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(step(key, person)).isEqualTo("month"));
    }

    private void customField(String key, String type) {
        var created = admin.post("/api/v1/custom-fields", Map.of("object", "person", "key", key, "label", key, "type", type));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private String person(String first, Map<String, Object> custom) {
        return admin.post("/api/v1/people", Map.of("firstName", first, "lastName", "Goal " + run, "custom", custom))
                .json().get("id").asString();
    }

    private void update(String person, String first, Map<String, Object> custom) {
        var updated = admin.put("/api/v1/people/" + person, Map.of("firstName", first, "lastName", "Goal " + run, "custom", custom), null);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    private String tags(String person) {
        return admin.get("/api/v1/people/" + person).json().get("tags").toString();
    }

    /** The step a person is at in a campaign (or finished at), as the API says. */
    private String step(String key, String person) {
        Http.Reply reply = admin.get("/api/v1/journeys/" + key + "/enrollments/" + person);
        return reply.status() == 200 ? reply.json().get("step").asString() : null;
    }

    private Instant due(String key, String person) {
        Http.Reply reply = admin.get("/api/v1/journeys/" + key + "/enrollments/" + person);
        return reply.status() == 200 ? Instant.parse(reply.json().get("due").asString()) : null;
    }

}
