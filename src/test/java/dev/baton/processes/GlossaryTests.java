package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The glossary: one meaning per word, used by searches and gates, and changed only with the sign-off of those relying on it. */
@BatonTest
class GlossaryTests {

    @LocalServerPort
    int port;

    @Test
    void aTermMeansTheSameInASearchAndShowsWhereItIsUsed() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        assertThat(admin.get("/api/v1/glossary").json().findValuesAsString("key"))
                .contains("lead", "mql", "sql", "opportunity", "customer", "dead-account");

        long byTerm = count(admin, "term \"sql\"").get("count").asLong();
        long byCriterion = count(admin, "lifecycle >= sql").get("count").asLong();
        assertThat(byTerm).isEqualTo(byCriterion).isPositive();
        var saved = admin.post("/api/v1/segments", Map.of("name", "Glossary SQLs in Leeds", "object", "person",
                "query", "term \"sql\" and tag != \"do-not-call\""));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);

        var unknown = admin.get("/api/v1/people/matching?query=" + enc("term \"hot-lead\""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("No glossary term 'hot-lead'").contains("position 5");

        JsonNode sql = admin.get("/api/v1/glossary/sql").json();
        assertThat(sql.get("term").get("definition").asString()).contains("budget");
        assertThat(sql.get("usedIn").toString()).contains("\"kind\":\"document\",\"document\":\"lead-management\"")
                .contains("\"kind\":\"gate\",\"document\":\"lead-management\"").contains("\"step\":\"sql-gate\"")
                .contains("\"kind\":\"search\"").contains("Glossary SQLs in Leeds");
    }

    private static JsonNode count(Http http, String query) {
        var reply = http.get("/api/v1/people/matching?limit=1&query=" + enc(query));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void changingWhatATermMeansNeedsTheApprovalOfItsOwnerAndOfTheOwnersOfDocumentsUsingIt() {
        Http api = Http.api("http://localhost:" + port, null);
        Http sofia = api.withToken(SignIn.apiToken(port, "sofia@arcadia.example", "arcadia-demo"));
        Http marcus = api.withToken(SignIn.apiToken(port, "marcus@arcadia.example", "arcadia-demo"));
        Http eleanor = api.withToken(SignIn.apiToken(port, "eleanor@arcadia.example", "arcadia-demo"));

        var broken = sofia.post("/api/v1/glossary/mql/changes", Map.of("criterion", "lifecycle >= "));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("criterion").contains("position");

        var proposed = sofia.post("/api/v1/glossary/mql/changes", Map.of("definition",
                "A lead who works at a company that could buy and opened or clicked two of our emails in 30 days.",
                "criterion", "lifecycle >= lead and activity(email.clicked, last 30 days) >= 2", "comment", "Tighter, as agreed"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String change = "/api/v1/glossary/changes/" + proposed.json().get("id").asString();
        // Marketing owns the term and Lead Management and Demand Generation; the executive owns Revenue, which does not use it.
        assertThat(proposed.json().get("approvers").toString()).isEqualTo("[\"marketing-manager\"]");

        assertThat(eleanor.post(change + "/approve", Map.of()).status()).isEqualTo(403);
        assertThat(sofia.get("/api/v1/glossary/mql").json().get("term").get("criterion").asString())
                .isEqualTo("lifecycle >= mql or (lifecycle >= lead and activity(email.clicked, last 30 days) >= 2)");
        JsonNode applied = marcus.post(change + "/approve", Map.of("comment", "Yes")).json();
        assertThat(applied.get("state").asString()).isEqualTo("applied");
        JsonNode mql = sofia.get("/api/v1/glossary/mql").json();
        assertThat(mql.get("term").get("criterion").asString()).isEqualTo("lifecycle >= lead and activity(email.clicked, last 30 days) >= 2");
        assertThat(mql.get("term").get("version").asLong()).isEqualTo(1);
        assertThat(mql.get("changes").get(0).get("reviews").get(0).get("userName").asString()).isEqualTo("Marcus Bell");
    }
}
