package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Documents;
import dev.baton.support.Http;
import dev.baton.support.Mailbox;
import dev.baton.support.SignIn;
import dev.baton.support.TestClock;

/**
 * A workflow's email step sends once per visit: a nurture loop that comes back to the step sends
 * each time round, and a step whose job fails at commit and is retried by the engine sends once.
 */
@BatonTest
class WorkflowSideEffectTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Http admin;
    Http oliver;
    String suffix;

    @BeforeEach
    void signIn() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        oliver = admin.withToken(SignIn.apiToken(port, "oliver@arcadia.example", BatonTest.DEMO_PASSWORD));
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aLoopBackThroughTheEmailStepSendsTheEmailEachTimeRound() throws Exception {
        String key = "nurture-loop-" + suffix;
        Documents.publish(oliver, document(key, """
                - key: send
                  type: action
                  lane: system
                  name: Send the newsletter
                  action: email
                  with:
                    template: seminar-follow-up-1
                - key: week
                  type: wait
                  lane: system
                  name: Wait a week
                  duration: 7 days
                - key: booked
                  type: gate
                  lane: system
                  name: Booked a call?
                  branches:
                  - label: booked
                    when: tag = "KEY-booked"
                    to: done
                  - label: not yet
                    else: true
                    to: send
                """));
        String email = "nora.nurture." + suffix + "@loop.example";
        String nora = person("Nora", email);

        admin.post("/api/v1/people/" + nora + "/tags", Map.of("tags", List.of(key)));
        assertThat(Mailbox.await(email, 1).get(0).getSubject()).isEqualTo("Your seminar slides, Nora");
        awaitRun(nora, key, r -> r.get("waitingAt").toString().contains("week"));

        // A week on, she has not booked: the run goes round again and sends the newsletter a second time.
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(Mailbox.await(email, 2)).hasSize(2);
        awaitRun(nora, key, r -> r.get("waitingAt").toString().contains("week")
                && r.get("steps").values().stream().filter(s -> s.get("step").asString().equals("send")).count() == 2);

        // She books; a week later the run ends, and there was no third email.
        admin.post("/api/v1/people/" + nora + "/tags", Map.of("tags", List.of(key + "-booked")));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        awaitRun(nora, key, r -> r.get("state").asString().equals("ended"));
        assertThat(Mailbox.to(email)).hasSize(2);
    }

    @Test
    void anEmailStepWhoseJobFailsAtCommitIsRetriedAndSendsOnce() throws Exception {
        String key = "retried-send-" + suffix;
        Documents.publish(oliver, document(key, """
                - key: send
                  type: action
                  lane: system
                  name: Send the slides
                  action: email
                  with:
                    template: seminar-follow-up-1
                """));
        String email = "rolf.retry." + suffix + "@loop.example";
        String rolf = person("Rolf", email);
        // The job's first commit fails after the email was written: a deferred trigger raises once for Rolf's email.
        String sequence = "retried_send_" + suffix.replace('-', '_');
        jdbc.sql("create sequence " + sequence).update();
        jdbc.sql("""
                create function FN() returns trigger language plpgsql as $$
                begin
                  if new.person_id = 'PERSON' and nextval('SEQ') = 1 then
                    raise exception 'the node died at commit';
                  end if;
                  return null;
                end $$""".replace("FN", sequence + "_abort").replace("PERSON", rolf).replace("SEQ", sequence)).update();
        jdbc.sql("create constraint trigger " + sequence + " after insert on email_outbox deferrable initially deferred "
                + "for each row execute function " + sequence + "_abort()").update();
        try {
            admin.post("/api/v1/people/" + rolf + "/tags", Map.of("tags", List.of(key)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    jdbc.sql("select last_value from " + sequence).query(Long.class).single()).as("the first commit failed").isEqualTo(1));

            // The engine tries the failed job again after its wait.
            clock.advance(Duration.ofMinutes(1));
            Mailbox.await(email, 1);
            awaitRun(rolf, key, r -> r.get("state").asString().equals("ended"));
            assertThat(jdbc.sql("select last_value from " + sequence).query(Long.class).single()).isEqualTo(2);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .untilAsserted(() -> assertThat(Mailbox.to(email)).as("no second email").hasSize(1));
        } finally {
            jdbc.sql("drop trigger " + sequence + " on email_outbox").update();
            jdbc.sql("drop function " + sequence + "_abort()").update();
            jdbc.sql("drop sequence " + sequence).update();
        }
    }

    /** A workflow started by a tag of its key, with the given steps, and a last step that ends it. */
    private static String document(String key, String steps) {
        return Documents.head(key, "Side effects " + key, "L4", null, "sales-manager", "workflow") + """
                - key: tagged
                  type: trigger
                  lane: system
                  name: Tagged
                  event: tag_applied
                  value: KEY
                """.replace("KEY", key) + steps.replace("KEY", key) + """
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """;
    }

    private String person(String first, String email) {
        var created = admin.post("/api/v1/people", Map.of("firstName", first, "lastName", "Loop", "lifecycleStage", "subscriber",
                "emails", List.of(email)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The run of a document about a person, once it meets the condition. */
    private JsonNode awaitRun(String person, String document, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode run = admin.get("/api/v1/workflows/runs?record=" + person).json().values().stream()
                    .filter(r -> r.get("document").asString().equals(document)).findFirst().orElse(null);
            assertThat(run).as("a run of " + document).isNotNull();
            assertThat(condition.test(run)).as(run.toString()).isTrue();
            found[0] = run;
        });
        return found[0];
    }
}
