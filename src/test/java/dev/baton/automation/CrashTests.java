package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.Mailbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Story 4: the runner dies at the worst moment — its batch has tagged everyone, put every email in
 * the outbox and moved everyone on, and then the commit fails — and runs again: every person gets
 * every email exactly once and carries the tag once.
 */
@BatonTest
class CrashTests {

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchAbortedAtCommitIsRunAgainAndEveryoneGetsTheEmailExactlyOnce() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        journeys.deploy("crash-test", "Crash test", new JourneyPlan(List.of(
                JourneyPlan.Node.tag("tagged", "crash-tested"),
                JourneyPlan.Node.email("mail", "seminar-follow-up-1"),
                JourneyPlan.Node.exit("done", "completed"))), false);
        // A commit-time failure of this journey's first batch only: a deferred trigger raises when the
        // batch's last statement (moving everyone on) is committed. A sequence counts outside the transaction.
        jdbc.sql("create sequence crash_test_commits").update();
        jdbc.sql("""
                create function crash_test_abort() returns trigger language plpgsql as $$
                begin
                  if new.journey_id = (select id from journeys where key = 'crash-test') and nextval('crash_test_commits') = 1 then
                    raise exception 'the node died at commit';
                  end if;
                  return null;
                end $$""").update();
        jdbc.sql("""
                create constraint trigger crash_test_abort after update on enrollments deferrable initially deferred
                for each row execute function crash_test_abort()""").update();
        try {
            List<String> people = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                people.add(admin.post("/api/v1/people", Map.of("firstName", "Crash" + i, "lastName", "Test",
                        "emails", List.of("crash" + i + ".test@example.com"))).json().get("id").asString());
            }
            assertThat(admin.post("/api/v1/journeys/crash-test/enrollments", Map.of("people", people)).json().get("entered").asInt())
                    .isEqualTo(20);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (int i = 0; i < 20; i++) {
                    assertThat(Mailbox.to("crash" + i + ".test@example.com")).hasSize(1);
                }
            });
            assertThat(jdbc.sql("select last_value from crash_test_commits").query(Long.class).single())
                    .as("the first commit failed and a second one went through").isGreaterThan(1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                for (int i = 0; i < 20; i++) {
                    assertThat(Mailbox.to("crash" + i + ".test@example.com")).as("no second email").hasSize(1);
                }
            });
            var timeline = admin.get("/api/v1/people/" + people.get(3) + "/timeline?type=tag_change").json().get("items");
            assertThat(timeline.size()).isEqualTo(1);
            var steps = admin.get("/api/v1/journeys/crash-test").json().get("steps");
            assertThat(steps.toString()).contains("\"node\":\"mail\"");
            for (var step : steps) {
                assertThat(step.get("entered").asLong()).as(step.toString()).isEqualTo(20);
                assertThat(step.get("done").asLong()).as(step.toString()).isEqualTo(20);
            }
        } finally {
            jdbc.sql("drop trigger crash_test_abort on enrollments").update();
            jdbc.sql("drop function crash_test_abort()").update();
            jdbc.sql("drop sequence crash_test_commits").update();
        }
    }
}
