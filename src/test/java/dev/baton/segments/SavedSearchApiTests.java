package dev.baton.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.activities.Timeline;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;

@BatonTest
class SavedSearchApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Timeline timeline;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void theExampleQueryFindsExactlyThePeopleItDescribes() {
        String me = admin.get("/api/v1/me").json().get("user").get("id").asString();
        String someoneElse = admin.get("/api/v1/users?q=sofia@arcadia.example").json().get("items").get(0).get("id").asString();
        String retail = organisation("Query Retail Ltd", "Retail");
        String finance = organisation("Query Finance Ltd", "Finance");
        String match = person("Match", "mql", me, retail, 2);
        person("One Click", "mql", me, retail, 1);
        person("Not Mine", "mql", someoneElse, retail, 3);
        person("Too Early", "subscriber", me, retail, 3);
        person("Wrong Industry", "sql", me, finance, 3);
        String query = "lifecycle >= lead and tag = \"seminar-q\" and custom.industry in (\"Retail\", \"Health\") "
                + "and activity(email.clicked, last 30 days) >= 2 and owner = me";

        JsonNode result = admin.get("/api/v1/people/matching?query=" + enc(query)).json();

        assertThat(result.get("count").asLong()).isEqualTo(1);
        assertThat(result.get("items").get(0).get("id").asString()).isEqualTo(match);
        assertThat(count("tag = \"seminar-q\"")).isEqualTo(5);
        assertThat(count("tag = \"seminar-q\" and not owner = me")).isEqualTo(1);
        assertThat(count("tag = \"seminar-q\" and (lifecycle = subscriber or organisation.custom.industry = \"Finance\")")).isEqualTo(2);
        assertThat(count("tag = \"seminar-q\" and activity(email.clicked) > 2")).as("the old click counts without a window").isEqualTo(4);
        assertThat(count("tag = \"seminar-q\" and lifecycle in (mql, sql) and name contains \"o\"")).isEqualTo(3);
    }

    @Test
    void aQueryThatDoesNotReadIsRefusedWithThePositionAndWhatWasExpected() {
        var missingValue = admin.get("/api/v1/people/matching?query=" + enc("lifecycle >= and tag = \"x\""));
        assertThat(missingValue.status()).isEqualTo(400);
        assertThat(missingValue.json().get("position").asInt()).isEqualTo(13);
        assertThat(missingValue.json().get("expected").asString()).contains("a value");

        var unknownField = admin.get("/api/v1/people/matching?query=" + enc("tag = \"a\" and colour = red"));
        assertThat(unknownField.json().get("position").asInt()).isEqualTo(14);
        assertThat(unknownField.json().get("detail").asString()).contains("Unknown field 'colour'");

        var unknownStage = admin.get("/api/v1/people/matching?query=" + enc("lifecycle >= hot"));
        assertThat(unknownStage.json().get("position").asInt()).isEqualTo(13);
        assertThat(unknownStage.json().get("expected").asString()).contains("subscriber, lead, mql");

        var unclosed = admin.get("/api/v1/people/matching?query=" + enc("tag = \"seminar"));
        assertThat(unclosed.json().get("position").asInt()).isEqualTo(6);

        var badOption = admin.get("/api/v1/people/matching?query=" + enc("custom.industry = \"Mining\""));
        assertThat(badOption.json().get("expected").asString()).contains("\"Retail\"");
    }

    @Test
    void valuesNeverBecomeSql() {
        var injection = admin.get("/api/v1/people/matching?query=" + enc("name = \"x' or '1'='1\" or tag = \"') ; drop table people; --\""));

        assertThat(injection.status()).isEqualTo(200);
        assertThat(injection.json().get("count").asLong()).isZero();
        assertThat(count("lifecycle >= subscriber")).isGreaterThanOrEqualTo(5000);
    }

    @Test
    void aSavedSearchCanUseAnotherByNameButNotItself() {
        var customers = admin.post("/api/v1/segments", Map.of("name", "Customers", "query", "lifecycle in (customer, evangelist)"));
        assertThat(customers.status()).isEqualTo(201);
        var readers = admin.post("/api/v1/segments", Map.of("name", "Newsletter customers", "query", "segment \"Customers\" and tag = newsletter"));
        assertThat(readers.status()).isEqualTo(201);

        long both = admin.get("/api/v1/segments/" + readers.json().get("id").asString() + "/people").json().get("count").asLong();
        assertThat(both).isEqualTo(count("lifecycle in (customer, evangelist) and tag = newsletter")).isPositive();

        var loop = admin.put(customers.header("Location"), Map.of("name", "Customers",
                "query", "lifecycle = customer or segment \"Newsletter customers\""), customers.header("ETag"));
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.json().get("detail").asString()).contains("uses itself");
        assertThat(admin.get(customers.header("Location")).json().get("query").asString()).isEqualTo("lifecycle in (customer, evangelist)");

        assertThat(admin.delete(customers.header("Location")).status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/segments", Map.of("name", "Broken", "query", "segment \"Nowhere\"")).json()
                .get("detail").asString()).contains("No saved search named 'Nowhere'");
    }

    @Test
    void matchesExportAsCsv() {
        var csv = admin.get("/api/v1/people/matching.csv?query=" + enc("name = \"Carol Smith\""));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("id,first_name,last_name,email,phone,organisation");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",Carol,Smith,carol.smith@").contains("\"'+14155550134\"");
    }

    private long count(String query) {
        return admin.get("/api/v1/people/matching?query=" + enc(query) + "&limit=1").json().get("count").asLong();
    }

    private String organisation(String name, String industry) {
        return admin.post("/api/v1/organisations", Map.of("name", name, "type", "customer", "custom", Map.of("industry", industry)))
                .json().get("id").asString();
    }

    private String person(String name, String stage, String owner, String organisation, int clicks) {
        var created = admin.post("/api/v1/people", Map.of("firstName", "Query", "lastName", name, "lifecycleStage", stage,
                "owner", owner, "organisations", List.of(Map.of("organisation", organisation)), "tags", List.of("seminar-q")));
        String id = created.json().get("id").asString();
        for (int i = 0; i < clicks; i++) {
            timeline.record(new NewActivity(ActivityType.EMAIL, UUID.fromString(id), null, Instant.now().minus(i + 1, ChronoUnit.DAYS),
                    "Email: seminar follow-up", null, Map.of("clicked", true, "opened", true), "marketing"));
        }
        timeline.record(new NewActivity(ActivityType.EMAIL, UUID.fromString(id), null, Instant.now().minus(60, ChronoUnit.DAYS),
                "Email: old newsletter", null, Map.of("clicked", true), "marketing"));
        return id;
    }

    private static String enc(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
