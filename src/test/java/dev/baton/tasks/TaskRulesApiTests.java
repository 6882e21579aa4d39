package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/** What the tasks API refuses, and how: bad input by field, other people's tasks, stale versions; and paging. */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRulesApiTests {

    static final String TITLE = "Call Halden Archives about the tape library";
    static final String REFUSED = "A task that must not be written";

    @LocalServerPort
    int port;

    Http admin;
    Http sofia;
    Http oliver;
    String sofiaId;

    @BeforeAll
    void signIn() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        sofia = admin.withToken(SignIn.apiToken(port, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD));
        oliver = admin.withToken(SignIn.apiToken(port, "oliver@arcadia.example", BatonTest.DEMO_PASSWORD));
        sofiaId = sofia.get("/api/v1/me").json().get("user").get("id").asString();
    }

    @Test
    void everyBadValueIsRefusedNamingItsFieldAndNothingIsWritten() {
        assertRefused(task(Map.of("priority", "someday")), "priority");
        assertRefused(task(Map.of("due", "next tuesday")), "due");
        assertRefused(task(Map.of("due", "")), "due");
        assertRefused(task(Map.of("title", "   ")), "title");
        assertRefused(task(Map.of("role", "sdr")), "user", "role");
        Map<String, Object> nobody = task(Map.of());
        nobody.remove("user");
        assertRefused(nobody, "user", "role");
        assertRefused(task(Map.of("user", "not-a-uuid")), "user");
        assertRefused(task(Map.of("person", "12")), "person");
        assertRefused(task(Map.of("person", "0190c3a2-0000-7000-8000-000000000000",
                "organisation", "0190c3a2-0000-7000-8000-000000000001")), "person", "organisation");
        var several = sofia.post("/api/v1/tasks", task(Map.of("title", "", "priority", "asap", "due", "soon")));
        assertThat(fields(several)).containsExactlyInAnyOrder("title", "priority", "due");
        assertThat(sofia.postRaw("/api/v1/tasks", "{\"title\":\"x\",\"dew\":\"2026-11-23T10:00:00Z\"}").json()
                .get("detail").asString()).contains("dew");
        assertThat(admin.get("/api/v1/audit?subjectType=task&limit=500").body()).doesNotContain(REFUSED);
    }

    @Test
    void someoneElsesTaskIsForbiddenButAManagerOfIdentityMayActOnIt() {
        String id = sofia.post("/api/v1/tasks", task(Map.of())).json().get("id").asString();

        assertThat(oliver.get("/api/v1/tasks/" + id).status()).isEqualTo(403);
        assertThat(oliver.post("/api/v1/tasks/" + id + "/complete", Map.of()).status()).isEqualTo(403);
        assertThat(oliver.post("/api/v1/tasks/" + id + "/snooze", Map.of("until", "2099-01-01T00:00:00Z")).status()).isEqualTo(403);
        assertThat(oliver.post("/api/v1/tasks/" + id + "/reassign", Map.of("role", "sales-manager")).status()).isEqualTo(403);
        assertThat(oliver.post("/api/v1/tasks/" + id + "/claim", Map.of()).status()).isEqualTo(403);
        assertThat(oliver.put("/api/v1/tasks/" + id, edit("Take over Sofia's call"), null).status()).isEqualTo(403);
        assertThat(oliver.get("/api/v1/tasks/" + id).header("Content-Type")).startsWith("application/problem+json");

        assertThat(admin.get("/api/v1/tasks/" + id).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/tasks/" + id + "/complete", Map.of()).status()).isEqualTo(200);
        assertThat(sofia.get("/api/v1/tasks/0190c3a2-0000-7000-8000-000000000000").status()).isEqualTo(404);
        assertThat(sofia.get("/api/v1/tasks/not-a-task").status()).isEqualTo(400);
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndEveryChangeIsAudited() {
        var created = sofia.post("/api/v1/tasks", task(Map.of()));
        String location = created.header("Location");

        var edited = sofia.put(location, edit("Prepare the Kestrel Foods renewal offer"), created.header("ETag"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"1\"");
        assertThat(sofia.get(location).header("ETag")).isEqualTo("\"1\"");
        assertThat(edited.json().get("priority").asString()).isEqualTo("urgent");
        assertThat(edited.json().get("due").asString()).isEqualTo("2026-12-02T08:00:00Z");
        assertThat(edited.json().get("deal").asString()).isEqualTo("0190c3a2-1111-7000-8000-000000000001");

        var stale = sofia.put(location, edit("An edit from an old page"), created.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").asString()).contains("current version is 1");
        assertThat(sofia.get(location).json().get("title").asString()).isEqualTo("Prepare the Kestrel Foods renewal offer");

        sofia.post(location + "/complete", Map.of());
        List<String> actions = new ArrayList<>();
        admin.get("/api/v1/audit?subjectType=task&subjectId=" + created.json().get("id").asString()).json().get("items")
                .values().forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactly("task.completed", "task.changed", "task.created");
    }

    @Test
    void anInboxIsPagedByDueTimeWithACursor() {
        admin.post("/api/v1/users", Map.of("email", "pat.pager@arcadia.example", "displayName", "Pat Pager",
                "password", "a-long-enough-secret"));
        Http pat = admin.withToken(SignIn.apiToken(port, "pat.pager@arcadia.example", "a-long-enough-secret"));
        String patId = pat.get("/api/v1/me").json().get("user").get("id").asString();
        List<String> dues = List.of("2026-12-03T09:00:00Z", "2026-12-01T09:00:00Z", "2026-12-02T09:00:00Z",
                "2026-12-01T09:00:00Z", "2026-12-05T09:00:00Z", "2026-12-04T09:00:00Z", "2026-12-01T09:00:00Z");
        for (int i = 0; i < dues.size(); i++) {
            var created = admin.post("/api/v1/tasks", Map.of("title", "Paging task " + i, "due", dues.get(i), "user", patId));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = pat.get("/api/v1/tasks/inbox?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isLessThanOrEqualTo(3);
            page.json().get("items").values().forEach(t -> seen.add(t.get("due").asString() + " " + t.get("id").asString()));
            JsonNode next = page.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).isSorted();
        assertThat(new HashSet<>(seen)).hasSize(7);
        assertThat(pat.get("/api/v1/tasks/inbox?cursor=bm9uc2Vuc2U").status()).isEqualTo(400);
    }

    private void assertRefused(Map<String, Object> body, String... fieldsNamed) {
        body.putIfAbsent("title", REFUSED);
        if (body.get("title").equals(TITLE)) {
            body.put("title", REFUSED);
        }
        var reply = sofia.post("/api/v1/tasks", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(reply)).as(reply.toString()).containsExactlyInAnyOrder(fieldsNamed);
    }

    private static List<String> fields(Http.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    /** New editable fields for a task: a title, an urgent priority, a due time and a deal it is about. */
    private static Map<String, Object> edit(String title) {
        return Map.of("title", title, "priority", "urgent", "due", "2026-12-02T09:00:00+01:00",
                "deal", "0190c3a2-1111-7000-8000-000000000001");
    }

    /** A valid task for Sofia, with some values replaced. */
    private Map<String, Object> task(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("title", TITLE, "due", "2026-12-01T09:00:00Z",
                "priority", "normal", "user", sofiaId));
        body.putAll(changes);
        return body;
    }
}
