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

    private Http signedIn(String name) {
        Http browser = Http.browser("http://localhost:" + port);
        assertThat(SignIn.as(browser, name + "@arcadia.example", BatonTest.DEMO_PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    @Test
    void onlyWhoManagesMarketingPausesACampaign() {
        String key = "pause-rights-" + UUID.randomUUID().toString().substring(0, 8);
        journeys.deploy(key, "Pause rights", new JourneyPlan(List.of(JourneyPlan.Node.exit("done", "completed"))), false);
        Http marcus = signedIn("marcus");
        String page = marcus.get("/campaigns/" + key).body();
        assertThat(page).contains("Pause rights").doesNotContain(">Pause</button>");
        var refused = marcus.form("/campaigns/" + key + "/pause", Map.of("_csrf", SignIn.csrf(page)));
        assertThat(refused.status()).isEqualTo(403);
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        assertThat(admin.get("/api/v1/journeys/" + key).json().get("status").asString()).isEqualTo("active");

        Http priya = signedIn("priya");
        String hers = priya.get("/campaigns/" + key).body();
        assertThat(hers).contains(">Pause</button>");
        var paused = priya.form("/campaigns/" + key + "/pause", Map.of("_csrf", SignIn.csrf(hers)));
        assertThat(paused.status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/journeys/" + key).json().get("status").asString()).isEqualTo("paused");
        assertThat(marcus.get("/campaigns/no-such-campaign").status()).isEqualTo(404);
    }

    @Test
    void whoManagesMarketingRetriesAFailedStepFromTheCampaignPage() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String key = "retry-page-" + suffix;
        // an amount the deal book refuses only when the step runs: the step fails every time, and retrying shows it again
        journeys.deploy(key, "Retry page", new JourneyPlan(List.of(
                JourneyPlan.Node.action("open", "create_deal", Map.of("pipeline", "new-business", "amount", "12,000")),
                JourneyPlan.Node.exit("done", "completed"))), false);
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        String person = admin.post("/api/v1/people", Map.of("firstName", "Ray", "lastName", "Retry " + suffix)).json().get("id").asString();
        journeys.enroll(key, List.of(UUID.fromString(person)));
        runner.runDue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                admin.get("/api/v1/journeys/" + key).json().get("steps").get(0).get("failed").asLong()).isEqualTo(1));

        Http marcus = signedIn("marcus");
        String his = marcus.get("/campaigns/" + key).body();
        assertThat(his).doesNotContain("Retry failed");
        assertThat(marcus.form("/campaigns/" + key + "/failed/retry", Map.of("_csrf", SignIn.csrf(his), "step", "open")).status())
                .isEqualTo(403);

        Http priya = signedIn("priya");
        String hers = priya.get("/campaigns/" + key).body();
        assertThat(hers).contains(">Retry failed</button>");
        Http.Reply counts = priya.form("/campaigns/" + key + "/failed/retry", Map.of("_csrf", SignIn.csrf(hers), "step", "open"),
                Map.of("HX-Request", "true"));
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.body()).contains("id=\"campaign-counts\"").contains("Retrying: 1 failed people go through their step again.")
                .doesNotContain("<html");
        JsonNode open = admin.get("/api/v1/journeys/" + key).json().get("steps").get(0);
        assertThat(open.get("failed").asLong() + open.get("waiting").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/audit?subjectType=journey&subjectId=" + key).json().get("items").toString())
                .contains("journey.failed_retried");
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
