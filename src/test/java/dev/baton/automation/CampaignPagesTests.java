package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.automation.internal.JourneyRunner;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/**
 * What the campaign and simulation pages refuse: pausing or retrying without marketing.manage, a run without test people, a
 * start that is no time; and retrying a failed step from the campaign page.
 */
@BatonTest
class CampaignPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    @Autowired
    JourneyRunner runner;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Http signedIn(String name) {
        Http browser = Http.browser("http://localhost:" + port);
        assertThat(SignIn.as(browser, name + "@arcadia.example", BatonTest.DEMO_PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    @Test
    void onlyWhoManagesMarketingPausesACampaign() {
        String key = "pause-rights-" + UUID.randomUUID().toString().substring(0, 8);
        journeys.deploy(key, "Pause rights", new JourneyPlan(List.of(JourneyPlan.Node.exit("done", "completed"))), false);
        // the sales manager reads campaigns, but running them is marketing's
        Http oliver = signedIn("oliver");
        String page = oliver.get("/campaigns/" + key).body();
        assertThat(page).contains("Pause rights").doesNotContain(">Pause</button>");
        var refused = oliver.form("/campaigns/" + key + "/pause", Map.of("_csrf", SignIn.csrf(page)));
        assertThat(refused.status()).isEqualTo(403);
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        assertThat(admin.get("/api/v1/journeys/" + key).json().get("status").asString()).isEqualTo("active");

        Http priya = signedIn("priya");
        String hers = priya.get("/campaigns/" + key).body();
        assertThat(hers).contains(">Pause</button>");
        var paused = priya.form("/campaigns/" + key + "/pause", Map.of("_csrf", SignIn.csrf(hers)));
        assertThat(paused.status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/journeys/" + key).json().get("status").asString()).isEqualTo("paused");
        assertThat(oliver.get("/campaigns/no-such-campaign").status()).isEqualTo(404);
        assertThat(signedIn("marcus").get("/campaigns/" + key).body()).as("the marketing manager resumes it")
                .contains(">Resume</button>");
    }

    @Test
    void whoManagesMarketingRetriesAFailedStepFromTheCampaignPage() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String key = "retry-page-" + suffix;
        String role = "retry-page-desk-" + suffix;
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        assertThat(admin.post("/api/v1/roles", Map.of("key", role, "name", "Retry page desk " + suffix)).status()).isEqualTo(201);
        journeys.deploy(key, "Retry page", new JourneyPlan(List.of(
                JourneyPlan.Node.task("call", "Call them " + suffix, role, "P1D"), JourneyPlan.Node.exit("done", "completed"))), false);
        // the role goes after the campaign went live (no API removes roles: an operator takes it out of the table)
        jdbc.sql("delete from roles where key = :key").param("key", role).update();
        String person = admin.post("/api/v1/people", Map.of("firstName", "Ray", "lastName", "Retry " + suffix)).json().get("id").asString();
        journeys.enroll(key, List.of(UUID.fromString(person)));
        runner.runDue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(step(admin, key, "call").get("failed").asLong()).isEqualTo(1));

        Http oliver = signedIn("oliver");
        String his = oliver.get("/campaigns/" + key).body();
        assertThat(his).doesNotContain("Retry failed");
        assertThat(oliver.form("/campaigns/" + key + "/failed/retry", Map.of("_csrf", SignIn.csrf(his), "step", "call")).status())
                .isEqualTo(403);

        // the role is back: the person goes through the step this time, and on to the end
        assertThat(admin.post("/api/v1/roles", Map.of("key", role, "name", "Retry page desk " + suffix)).status()).isEqualTo(201);
        Http priya = signedIn("priya");
        String hers = priya.get("/campaigns/" + key).body();
        assertThat(hers).contains(">Retry failed</button>").contains("name=\"version\" value=\"1\"");
        Http.Reply counts = priya.form("/campaigns/" + key + "/failed/retry",
                Map.of("_csrf", SignIn.csrf(hers), "step", "call", "version", "1"), Map.of("HX-Request", "true"));
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.body()).contains("id=\"campaign-counts\"").contains("Retrying: 1 failed person goes through their step again.")
                .doesNotContain("<html");
        runner.runDue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(step(admin, key, "call").get("failed").asLong()).isZero();
            assertThat(step(admin, key, "done").get("done").asLong()).isEqualTo(1);
        });
        assertThat(priya.get("/campaigns/" + key).body()).doesNotContain("Retry failed");
        assertThat(admin.get("/api/v1/audit?subjectType=journey&subjectId=" + key).json().get("items").toString())
                .contains("journey.failed_retried");
    }

    private static JsonNode step(Http admin, String key, String node) {
        for (JsonNode step : admin.get("/api/v1/journeys/" + key).json().get("steps")) {
            if (step.get("node").asString().equals(node)) {
                return step;
            }
        }
        throw new AssertionError("no step " + node + " in " + key);
    }

    @Test
    void aSimulationWithoutTestPeopleOrWithABadStartSaysWhatToChange() {
        Http marcus = signedIn("marcus");
        String panel = marcus.get("/processes/demand-generation/versions/published/simulation").body();
        String csrf = SignIn.csrf(panel);
        String nobody = marcus.form("/processes/demand-generation/versions/published/simulation", Map.of("_csrf", csrf)).body();
        assertThat(nobody).contains("The simulation did not run: person choose at least one test person.");

        String someone = marcus.get("/processes/demand-generation/versions/published/simulation/people?q=a").body();
        String id = someone.replaceFirst("(?s).*chosen\\?add=([0-9a-f-]{36}).*", "$1");
        String badStart = marcus.form("/processes/demand-generation/versions/published/simulation",
                Map.of("_csrf", csrf, "person", id, "start", "next tuesday")).body();
        assertThat(badStart).contains("The simulation did not run: start is not a date and time such as 2026-12-07T09:00.");
    }
}
