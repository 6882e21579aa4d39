package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/**
 * A task for the SDR role, as Sofia and Liam (both SDRs) and their manager Oliver see it through
 * the API: offered to both, claimed by one, completed, reopened, snoozed and handed on.
 */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleTaskApiTests {

    @LocalServerPort
    int port;

    Http sofia;
    Http liam;
    Http oliver;
    Http hannah;
    String sofiaId;

    @BeforeAll
    void signIn() {
        Http api = Http.api("http://localhost:" + port, null);
        sofia = api.withToken(SignIn.apiToken(port, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD));
        liam = api.withToken(SignIn.apiToken(port, "liam@arcadia.example", BatonTest.DEMO_PASSWORD));
        oliver = api.withToken(SignIn.apiToken(port, "oliver@arcadia.example", BatonTest.DEMO_PASSWORD));
        hannah = api.withToken(SignIn.apiToken(port, "hannah@arcadia.example", BatonTest.DEMO_PASSWORD));
        sofiaId = sofia.get("/api/v1/me").json().get("user").get("id").asString();
    }

    @Test
    void aRoleTaskIsOfferedToEveryWearerUntilOneOfThemClaimsIt() {
        var created = oliver.post("/api/v1/tasks", Map.of("title", "Call back web inquiry from Halden Archives",
                "due", inDays(1), "priority", "high", "role", "sdr"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).matches("/api/v1/tasks/[0-9a-f-]{36}");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String id = created.json().get("id").asString();
        assertThat(created.json().get("assignee").get("role").asString()).isEqualTo("sdr");
        assertThat(created.json().get("status").asString()).isEqualTo("open");
        assertThat(created.json().get("priority").asString()).isEqualTo("high");

        assertThat(InboxReader.ids(sofia)).contains(id);
        assertThat(InboxReader.ids(liam)).contains(id);
        assertThat(InboxReader.ids(hannah)).doesNotContain(id);

        var claimed = sofia.post("/api/v1/tasks/" + id + "/claim", Map.of());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().get("assignee").get("user").asString()).isEqualTo(sofiaId);
        assertThat(claimed.json().get("claimedFromRole").asString()).isEqualTo("sdr");
        assertThat(claimed.header("ETag")).isEqualTo("\"1\"");

        assertThat(InboxReader.ids(sofia)).contains(id);
        assertThat(InboxReader.ids(liam)).doesNotContain(id);
        var secondClaim = liam.post("/api/v1/tasks/" + id + "/claim", Map.of());
        assertThat(secondClaim.status()).isEqualTo(409);
        assertThat(secondClaim.header("Content-Type")).startsWith("application/problem+json");
        assertThat(secondClaim.json().get("detail").asString()).contains("already taken by Sofia Marquez");
        assertThat(oliver.post("/api/v1/tasks/" + id + "/claim", Map.of()).status()).isEqualTo(403);
        assertThat(liam.post("/api/v1/tasks/" + id + "/complete", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aCompletedTaskLeavesTheInboxAndComesBackWhenReopened() {
        String id = createForSofia("Send the seminar slides to Northwind Logistics", inDays(2));

        var done = sofia.post("/api/v1/tasks/" + id + "/complete", Map.of());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("done");
        assertThat(done.json().get("completedBy").asString()).isEqualTo(sofiaId);
        assertThat(done.json().get("completedAt").isNull()).isFalse();
        assertThat(InboxReader.ids(sofia)).doesNotContain(id);
        assertThat(sofia.post("/api/v1/tasks/" + id + "/complete", Map.of()).status()).isEqualTo(409);

        var reopened = sofia.post("/api/v1/tasks/" + id + "/reopen", Map.of());
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("open");
        assertThat(reopened.json().get("completedAt").isNull()).isTrue();
        assertThat(InboxReader.ids(sofia)).contains(id);
        assertThat(sofia.post("/api/v1/tasks/" + id + "/reopen", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aSnoozedTaskStaysOutOfTheInboxUntilItsTime() throws InterruptedException {
        String id = createForSofia("Ask Brightwater Clinics for their retention policy", inDays(-1));
        Instant until = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);

        var snoozed = sofia.post("/api/v1/tasks/" + id + "/snooze", Map.of("until", until.toString()));
        assertThat(snoozed.status()).as(snoozed.toString()).isEqualTo(200);
        assertThat(Instant.parse(snoozed.json().get("snoozedUntil").asString())).isEqualTo(until);
        assertThat(InboxReader.ids(sofia)).doesNotContain(id);
        assertThat(InboxReader.ids(sofia, "&include=snoozed")).contains(id);

        Thread.sleep(Duration.between(Instant.now(), until).plusMillis(200).toMillis());
        assertThat(InboxReader.ids(sofia)).contains(id);

        var past = sofia.post("/api/v1/tasks/" + id + "/snooze", Map.of("until", "2020-01-01T00:00:00Z"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("until");
        var unreadable = sofia.post("/api/v1/tasks/" + id + "/snooze", Map.of("until", "tomorrow"));
        assertThat(unreadable.json().get("errors").get(0).get("field").asString()).isEqualTo("until");
        assertThat(sofia.get("/api/v1/tasks/inbox?include=done").json().get("errors").get(0).get("field").asString())
                .isEqualTo("include");
    }

    @Test
    void aTaskIsHandedOnToAnotherRoleAndOnlyTheNameOfAKnownUserOrRoleIsAccepted() {
        String id = createForSofia("Book a technical demo for Meridian Bank", inDays(3));

        var unknownUser = sofia.post("/api/v1/tasks/" + id + "/reassign", Map.of("user", "0190c3a2-0000-7000-8000-000000000000"));
        assertThat(unknownUser.status()).isEqualTo(400);
        assertThat(unknownUser.json().get("errors").get(0).get("field").asString()).isEqualTo("user");
        var unknownRole = sofia.post("/api/v1/tasks/" + id + "/reassign", Map.of("role", "wizard"));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
        assertThat(unknownRole.json().get("errors").get(0).get("value").asString()).isEqualTo("wizard");
        assertThat(sofia.post("/api/v1/tasks/" + id + "/reassign", Map.of("user", sofiaId, "role", "sdr")).status())
                .isEqualTo(400);
        assertThat(sofia.post("/api/v1/tasks/" + id + "/reassign", Map.of()).status()).isEqualTo(400);

        var handedOn = sofia.post("/api/v1/tasks/" + id + "/reassign", Map.of("role", "account-executive"));
        assertThat(handedOn.status()).as(handedOn.toString()).isEqualTo(200);
        assertThat(handedOn.json().get("assignee").get("role").asString()).isEqualTo("account-executive");
        assertThat(InboxReader.ids(sofia)).doesNotContain(id);
        assertThat(InboxReader.ids(hannah)).contains(id);
        assertThat(sofia.post("/api/v1/tasks/" + id + "/complete", Map.of()).status()).isEqualTo(403);
        assertThat(hannah.post("/api/v1/tasks/" + id + "/reassign", Map.of("user", sofiaId)).status()).isEqualTo(200);
        assertThat(InboxReader.ids(sofia)).contains(id);
    }

    private String createForSofia(String title, String due) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "due", due, "user", sofiaId));
        var created = sofia.post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static String inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
