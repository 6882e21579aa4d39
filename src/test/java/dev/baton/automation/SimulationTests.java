package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Trying a document before it goes live: the path, the emails and the tasks, on a virtual clock, with no side effects. */
@BatonTest
class SimulationTests {

    @LocalServerPort
    int port;

    @Test
    void leadManagementSendsAnMqlToTheSdrsAndALeadToNurtureWithoutChangingAnything() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        String mql = first(admin, "lifecycle = mql and owner != nobody");
        String lead = first(admin, "lifecycle = lead");
        String tagsBefore = admin.get("/api/v1/people/" + lead).json().get("tags").toString();
        long outboxBefore = admin.get("/api/v1/emails?limit=200").json().get("items").size();
        Instant monday = Instant.parse("2026-12-07T09:00:00Z");

        var reply = admin.post("/api/v1/processes/lead-management/versions/published/simulation",
                Map.of("people", List.of(mql, lead), "start", monday.toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode runs = reply.json().get("people");

        JsonNode qualified = runs.get(0);
        assertThat(qualified.get("path").findValuesAsString("step")).startsWith("became-lead", "assign-owner", "mql-gate",
                "qualify-call", "sql-gate");
        JsonNode call = qualified.get("path").get(3);
        assertThat(call.get("task").get("role").asString()).isEqualTo("sdr");
        Instant due = Instant.parse(call.get("task").get("due").asString());
        assertThat(due.atZone(ZoneId.systemDefault()).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(qualified.get("outcome").asString()).isIn("completed", "recycled");

        JsonNode nurtured = runs.get(1);
        assertThat(nurtured.get("path").findValuesAsString("step")).containsExactly("became-lead", "assign-owner", "mql-gate",
                "nurture", "recycled");
        assertThat(nurtured.get("path").get(3).get("note").asString()).isEqualTo("would be tagged nurture");
        assertThat(nurtured.get("outcome").asString()).isEqualTo("recycled");

        // A simulation changes nothing.
        assertThat(admin.get("/api/v1/people/" + lead).json().get("tags").toString()).isEqualTo(tagsBefore);
        assertThat(admin.get("/api/v1/emails?limit=200").json().get("items").size()).isEqualTo(outboxBefore);
    }

    @Test
    void theWebInquiryCampaignShowsTheRenderedReplyAndStopsAtAGoalNotReached() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        String someone = first(admin, "lifecycle = subscriber and owner != nobody");
        String firstName = admin.get("/api/v1/people/" + someone).json().get("firstName").asString();
        JsonNode run = admin.post("/api/v1/processes/demand-generation/versions/published/simulation",
                Map.of("people", List.of(someone))).json().get("people").get(0);
        JsonNode reply = run.get("path").get(2);
        assertThat(reply.get("step").asString()).isEqualTo("auto-reply");
        assertThat(reply.get("email").get("subject").asString()).isEqualTo("Thanks for your inquiry, " + firstName);
        assertThat(reply.get("email").get("html").asString()).contains("your contact here");
        assertThat(run.get("path").get(4).get("task").get("title").asString()).isEqualTo("Call back about the web inquiry");
        assertThat(run.get("outcome").asString()).isEqualTo("completed");
    }

    private static String first(Http admin, String query) {
        JsonNode page = admin.get("/api/v1/people/matching?limit=1&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json();
        return page.get("items").get(0).get("id").asString();
    }
}
