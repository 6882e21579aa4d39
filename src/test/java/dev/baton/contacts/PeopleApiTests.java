package dev.baton.contacts;

import static org.assertj.core.api.Assertions.assertThat;

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
class PeopleApiTests {

    @LocalServerPort
    int port;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void aPersonIsAddedWithNormalisedPhonesTheirSourceAndTheFirstStage() {
        var created = admin.post("/api/v1/people", Map.of("firstName", "Ada", "lastName", "Quinn", "salutation", "Dr",
                "pronouns", "she/her", "emails", List.of("ada.quinn@example.com", "ada@home.example"),
                "phones", List.of(Map.of("number", "(415) 555-2671", "kind", "mobile"), Map.of("number", "+49 30 901820")),
                "address", Map.of("city", "Berlin", "country", "DE"),
                "source", "search_engine", "sourceDetail", "google: all-flash storage"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode person = admin.get(created.header("Location")).json();
        assertThat(person.get("emails").get(0).get("address").asString()).isEqualTo("ada.quinn@example.com");
        assertThat(person.get("emails").get(0).get("primary").asBoolean()).isTrue();
        assertThat(person.get("phones").get(0).get("number").asString()).isEqualTo("+14155552671");
        assertThat(person.get("phones").get(0).get("typed").asString()).isEqualTo("(415) 555-2671");
        assertThat(person.get("phones").get(1).get("number").asString()).isEqualTo("+4930901820");
        assertThat(person.get("salutation").asString()).isEqualTo("Dr");
        assertThat(person.get("pronouns").asString()).isEqualTo("she/her");
        assertThat(person.get("lifecycleStage").asString()).isEqualTo("subscriber");
        assertThat(person.get("source").get("original").asString()).isEqualTo("search_engine");
        assertThat(person.get("source").get("detail").asString()).isEqualTo("google: all-flash storage");
        assertThat(person.get("address").get("city").asString()).isEqualTo("Berlin");
    }

    @Test
    void peopleAreListedByNameAcrossPagesAndRecentlyChangedFirst() {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (String last : List.of("Quill", "Abbot", "Moss", "Yarrow", "Fenn")) {
            ids.put(last, admin.post("/api/v1/people", Map.of("firstName", "Sorted", "lastName", last,
                    "tags", List.of("sort-check"))).json().get("id").asString());
        }
        List<String> byName = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/people?tag=sort-check&sort=name&limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").values().forEach(p -> byName.add(p.get("lastName").asString()));
            cursor = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        assertThat(byName).containsExactly("Abbot", "Fenn", "Moss", "Quill", "Yarrow");
        assertThat(admin.get("/api/v1/people?tag=sort-check&sort=-name&limit=2").json().get("items").values().stream()
                .map(p -> p.get("lastName").asString()).toList()).containsExactly("Yarrow", "Quill");

        String moss = ids.get("Moss");
        var person = admin.get("/api/v1/people/" + moss);
        admin.put("/api/v1/people/" + moss, Map.of("firstName", "Sorted", "lastName", "Moss", "pronouns", "they/them"),
                person.header("ETag"));
        assertThat(admin.get("/api/v1/people?tag=sort-check&sort=-updated&limit=1").json().get("items").get(0).get("id").asString()).isEqualTo(moss);
        assertThat(admin.get("/api/v1/people?tag=sort-check&sort=updated&limit=1").json().get("items").get(0).get("lastName")
                .asString()).isEqualTo("Quill");

        var bad = admin.get("/api/v1/people?sort=shoe_size");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("sort").contains("created, name, updated");
    }

    @Test
    void anInvalidEmailOrPhoneIsRefusedNamingTheField() {
        var bad = admin.post("/api/v1/people", Map.of("lastName", "Broken", "emails", List.of("nobody-at-example"),
                "phones", List.of(Map.of("number", "12"))));

        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = fields(bad.json());
        assertThat(fields).containsExactlyInAnyOrder("emails[0]", "phones[0].number");
        assertThat(admin.get("/api/v1/people?q=Broken").json().get("items").size()).isZero();
    }

    @Test
    void anEmailBelongsToOnePersonWhateverItsCase() {
        admin.post("/api/v1/people", Map.of("lastName", "First", "emails", List.of("shared@example.com")));

        var second = admin.post("/api/v1/people", Map.of("lastName", "Second", "emails", List.of("SHARED@example.com")));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("already belongs to another person");
    }

    @Test
    void theSourceIsNeverOverwrittenAndConsentAndTagsHaveTheirOwnEndpoints() {
        String location = admin.post("/api/v1/people", Map.of("lastName", "Sourced", "source", "event",
                "sourceDetail", "Storage Summit 2026")).header("Location");

        var overwrite = admin.put(location, Map.of("lastName", "Sourced", "source", "ad", "tags", List.of("x")), null);

        assertThat(overwrite.status()).isEqualTo(400);
        assertThat(fields(overwrite.json())).containsExactlyInAnyOrder("source", "tags");
        assertThat(admin.get(location).json().get("source").get("original").asString()).isEqualTo("event");
    }

    @Test
    void aLifecycleChangeIsRecordedWithItsTimeAndAnUnknownStageIsRefused() {
        // subscriber, not lead: becoming a lead starts the demo's Lead Management workflow, which would change the person too
        JsonNode created = admin.post("/api/v1/people", Map.of("lastName", "Climber", "lifecycleStage", "subscriber")).json();
        String id = created.get("id").asString();

        var moved = admin.post("/api/v1/people/" + id + "/lifecycle", Map.of("stage", "mql"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("lifecycleStage").asString()).isEqualTo("mql");
        assertThat(moved.json().get("lifecycleChangedAt").asString())
                .isGreaterThanOrEqualTo(created.get("lifecycleChangedAt").asString());

        var unknown = admin.post("/api/v1/people/" + id + "/lifecycle", Map.of("stage", "hot"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("message").asString()).contains("subscriber, lead, mql");

        var trail = admin.get("/api/v1/audit?subjectType=person&subjectId=" + id).json().get("items");
        assertThat(trail.get(0).get("details").asString()).contains("lifecycleStage").contains("subscriber").contains("mql");
    }

    @Test
    void consentIsRecordedWithItsSource() {
        String id = admin.post("/api/v1/people", Map.of("lastName", "Consenting", "emails", List.of("yes@example.com")))
                .json().get("id").asString();

        var consent = admin.post("/api/v1/people/" + id + "/consent", Map.of("email", "opted_in", "source", "seminar sign-up form"));

        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.json().get("consent").get("email").asString()).isEqualTo("opted_in");
        assertThat(consent.json().get("consent").get("source").asString()).isEqualTo("seminar sign-up form");
        assertThat(admin.post("/api/v1/people/" + id + "/consent", Map.of("email", "maybe", "source", "x")).status()).isEqualTo(400);
    }

    @Test
    void updatesAreComparedFieldByFieldAndNeedTheCurrentVersion() {
        var created = admin.post("/api/v1/people", Map.of("firstName", "Vic", "lastName", "Old", "emails", List.of("vic@example.com")));
        String location = created.header("Location");

        var updated = admin.put(location, Map.of("firstName", "Vic", "lastName", "New", "emails", List.of("vic@example.com")),
                created.header("ETag"));
        assertThat(updated.status()).isEqualTo(200);
        var stale = admin.put(location, Map.of("firstName", "Vic", "lastName", "Stale"), created.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);

        String id = created.json().get("id").asString();
        JsonNode change = admin.get("/api/v1/audit?subjectType=person&subjectId=" + id).json().get("items").get(0);
        assertThat(change.get("action").asString()).isEqualTo("person.changed");
        assertThat(change.get("details").asString()).isEqualTo("{\"lastName\": [\"Old\", \"New\"]}");
        assertThat(change.get("actor").asString()).isEqualTo(BatonTest.ADMIN_EMAIL);
    }

    @Test
    void aPersonWorksAtOrganisationsWithATitle() {
        String acme = admin.post("/api/v1/organisations", Map.of("name", "Acme Retail", "type", "customer")).json().get("id").asString();
        var person = admin.post("/api/v1/people", Map.of("firstName", "Ola", "lastName", "Staff",
                "organisations", List.of(Map.of("organisation", acme, "title", "Head of IT"))));

        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        JsonNode employment = person.json().get("organisations").get(0);
        assertThat(employment.get("name").asString()).isEqualTo("Acme Retail");
        assertThat(employment.get("title").asString()).isEqualTo("Head of IT");
        assertThat(employment.get("primary").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/people?organisation=" + acme).json().get("items").size()).isEqualTo(1);

        var ghost = admin.post("/api/v1/people", Map.of("lastName", "Ghost",
                "organisations", List.of(Map.of("organisation", "0190c3a2-0000-7000-8000-000000000000"))));
        assertThat(fields(ghost.json())).containsExactly("organisations[0].organisation");
    }

    @Test
    void anUnknownOwnerIsRefused() {
        var bad = admin.post("/api/v1/people", Map.of("lastName", "Owned", "owner", "0190c3a2-0000-7000-8000-000000000000"));
        assertThat(fields(bad.json())).containsExactly("owner");
    }

    @Test
    void aUserWithoutContactPermissionsIsForbidden() {
        admin.post("/api/v1/users", Map.of("email", "no.contacts@example.com", "displayName", "No Contacts",
                "password", "a-long-enough-secret"));
        Http nobody = Http.api("http://localhost:" + port, dev.baton.support.SignIn.apiToken(port, "no.contacts@example.com",
                "a-long-enough-secret"));

        assertThat(nobody.get("/api/v1/people").status()).isEqualTo(403);
        assertThat(nobody.post("/api/v1/people", Map.of("lastName", "Sneaky")).status()).isEqualTo(403);
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
