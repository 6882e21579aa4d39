package dev.baton.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;

@BatonTest
class TimelineApiTests {

    @LocalServerPort
    int port;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void aNoteFromATemplateKeepsItsValuesAsData() {
        String person = person("Noted");
        String template = admin.post("/api/v1/note-templates", Map.of("name", "Qualification call", "fields", List.of(
                Map.of("key", "budget", "label", "Budget", "type", "number", "required", true),
                Map.of("key", "authority", "label", "Decision maker", "type", "text"),
                Map.of("key", "need", "label", "Need", "type", "text"),
                Map.of("key", "timeline", "label", "Timeline", "type", "choice", "options", List.of("this quarter", "this year", "later")))))
                .json().get("id").asString();

        var note = admin.post("/api/v1/activities", Map.of("type", "note", "person", person, "template", template,
                "values", Map.of("budget", 250000, "authority", "CIO", "need", "replace ageing SAN", "timeline", "this quarter")));

        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        JsonNode entry = admin.get("/api/v1/people/" + person + "/timeline?type=note").json().get("items").get(0);
        assertThat(entry.get("summary").asString()).isEqualTo("Qualification call");
        assertThat(entry.get("data").get("templateName").asString()).isEqualTo("Qualification call");
        assertThat(entry.get("data").get("values").get("budget").asInt()).isEqualTo(250000);
        assertThat(entry.get("data").get("values").get("timeline").asString()).isEqualTo("this quarter");
        assertThat(entry.get("actor").asString()).isEqualTo(BatonTest.ADMIN_EMAIL);

        var bad = admin.post("/api/v1/activities", Map.of("type", "note", "person", person, "template", template,
                "values", Map.of("budget", "lots", "timeline", "someday", "mood", "good")));
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("values.budget", "values.timeline", "values.mood");
    }

    @Test
    void changesToAPersonShowOnTheirTimelineWithOldAndNewValues() {
        // subscriber, not lead: becoming a lead starts the demo's Lead Management workflow, which writes to the timeline too
        var created = admin.post("/api/v1/people", Map.of("firstName", "Tim", "lastName", "Line", "lifecycleStage", "subscriber"));
        String id = created.json().get("id").asString();
        admin.put("/api/v1/people/" + id, Map.of("firstName", "Tim", "lastName", "Lines"), created.header("ETag"));
        admin.post("/api/v1/people/" + id + "/lifecycle", Map.of("stage", "mql"));
        admin.post("/api/v1/people/" + id + "/tags", Map.of("tags", List.of("webinar")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(summaries(id))
                .contains("Lifecycle stage set to subscriber", "Changed lastName", "Lifecycle stage subscriber → mql", "Tagged webinar"));
        JsonNode change = admin.get("/api/v1/people/" + id + "/timeline?type=field_change").json().get("items").get(0);
        assertThat(change.get("data").get("changes").get("lastName").toString()).isEqualTo("[\"Line\",\"Lines\"]");
        assertThat(change.get("actor").asString()).isEqualTo(BatonTest.ADMIN_EMAIL);
        JsonNode tagged = admin.get("/api/v1/people/" + id + "/timeline?type=tag_change").json().get("items").get(0);
        assertThat(tagged.get("actor").asString()).as("who tagged, not the listener's thread").isEqualTo(BatonTest.ADMIN_EMAIL);
    }

    @Test
    void anOrganisationsTimelineHoldsItsOwnEntriesAndItsPeoples() {
        String org = admin.post("/api/v1/organisations", Map.of("name", "Timeline Corp", "type", "customer")).json().get("id").asString();
        String worker = admin.post("/api/v1/people", Map.of("lastName", "Worker", "organisations", List.of(Map.of("organisation", org))))
                .json().get("id").asString();
        String outsider = person("Outsider");
        admin.post("/api/v1/activities", Map.of("type", "call", "person", worker, "summary", "Call about renewal"));
        admin.post("/api/v1/activities", Map.of("type", "meeting", "organisation", org, "summary", "Quarterly review"));
        admin.post("/api/v1/activities", Map.of("type", "call", "person", outsider, "summary", "Unrelated call"));

        List<String> summaries = new ArrayList<>();
        admin.get("/api/v1/organisations/" + org + "/timeline?type=call&type=meeting").json().get("items").values()
                .forEach(a -> summaries.add(a.get("summary").asString()));

        assertThat(summaries).containsExactlyInAnyOrder("Call about renewal", "Quarterly review");
    }

    @Test
    void theTimelineIsPagedNewestFirstAcrossMonths() {
        String person = person("Pager");
        List<String> times = List.of("2025-11-03T10:00:00Z", "2025-12-24T09:30:00Z", "2026-01-15T16:45:00Z",
                "2026-03-01T08:00:00Z", "2026-03-01T08:00:00Z", "2026-06-30T23:59:59Z", "2026-07-01T00:00:00Z");
        for (int i = 0; i < times.size(); i++) {
            admin.post("/api/v1/activities", Map.of("type", "call", "person", person, "summary", "call " + i, "occurredAt", times.get(i)));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/people/" + person + "/timeline?type=call&limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").values().forEach(a -> seen.add(a.get("occurredAt").asString()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);

        assertThat(seen).hasSize(7);
        assertThat(seen.get(0)).startsWith("2026-07-01T00:00");
        assertThat(seen.get(6)).startsWith("2025-11-03T10:00");
        assertThat(seen).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void onlyNotesCallsMeetingsAndEmailsAreLoggedByHand() {
        String person = person("Typed");
        var order = admin.post("/api/v1/activities", Map.of("type", "order", "person", person, "summary", "fake order"));
        assertThat(order.status()).isEqualTo(400);
        assertThat(order.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        var nobody = admin.post("/api/v1/activities", Map.of("type", "note", "summary", "about no one"));
        assertThat(nobody.json().get("errors").get(0).get("field").asString()).isEqualTo("person");
        assertThat(admin.get("/api/v1/people/0190c3a2-0000-7000-8000-000000000000/timeline").status()).isEqualTo(404);
    }

    @Test
    void tagging_many_people_at_once_puts_the_entry_on_each_timeline() {
        // a batch of this size is written in one COPY rather than one insert per person
        String tag = "bulk-timeline-" + System.nanoTime();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            people.add(person("Bulkline" + i));
        }
        assertThat(admin.post("/api/v1/tags/" + tag + "/people", Map.of("people", people)).json().get("changed").asInt()).isEqualTo(25);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(people).allSatisfy(id -> {
            JsonNode entry = admin.get("/api/v1/people/" + id + "/timeline?type=tag_change").json().get("items").get(0);
            assertThat(entry).as("the tag entry of " + id).isNotNull();
            assertThat(entry.get("summary").asString()).isEqualTo("Tagged " + tag);
            assertThat(entry.get("data").get("tag").asString()).isEqualTo(tag);
            assertThat(entry.get("data").get("change").asString()).isEqualTo("added");
            assertThat(entry.get("actor").asString()).isEqualTo(BatonTest.ADMIN_EMAIL);
            assertThat(entry.get("occurredAt").asString()).as("the time is kept as an instant").endsWith("Z");
        }));
    }

    private String person(String lastName) {
        return admin.post("/api/v1/people", Map.of("lastName", lastName)).json().get("id").asString();
    }

    private List<String> summaries(String person) {
        List<String> summaries = new ArrayList<>();
        admin.get("/api/v1/people/" + person + "/timeline").json().get("items").values().forEach(a -> summaries.add(a.get("summary").asString()));
        return summaries;
    }
}
