package dev.baton.contacts;

import static dev.baton.contacts.PeopleApiTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;

@BatonTest
class PeopleImportApiTests {

    @LocalServerPort
    int port;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void manyPeopleArriveInOneCallWithTheirTagsAndSource() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(Map.of("person", Map.of("firstName", "Imported", "lastName", "Row " + i, "emails", List.of("imported" + i + "@example.org"),
                    "phones", List.of(Map.of("number", "+44 20 7946 0" + String.format("%03d", i))), "tags", List.of("import-batch-1"))));
        }

        var imported = admin.post("/api/v1/people/import", Map.of("people", rows));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(300);
        var one = admin.get("/api/v1/people/" + imported.json().get("ids").get(7).asString()).json();
        assertThat(one.get("lastName").asString()).isEqualTo("Row 7");
        assertThat(one.get("source").get("original").asString()).isEqualTo("import");
        assertThat(one.get("phones").get(0).get("number").asString()).isEqualTo("+442079460007");
        assertThat(admin.get("/api/v1/people?tag=import-batch-1&limit=500").json().get("items").size()).isEqualTo(300);
    }

    @Test
    void oneBadRowStopsTheWholeImportAndIsNamed() {
        var refused = admin.post("/api/v1/people/import", Map.of("people", List.of(
                Map.of("person", Map.of("lastName", "Fine", "emails", List.of("fine.row@example.org"))),
                Map.of("person", Map.of("lastName", "Broken", "emails", List.of("not-an-email"))),
                Map.of("person", Map.of("lastName", "Twice", "emails", List.of("FINE.row@example.org"))))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactly("rows[1].emails[0]", "rows[2].emails[0]");
        assertThat(admin.get("/api/v1/people?q=fine.row@example.org").json().get("items").size()).isZero();
    }
}
