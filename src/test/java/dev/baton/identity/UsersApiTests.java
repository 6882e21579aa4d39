package dev.baton.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;

@BatonTest
class UsersApiTests {

    @LocalServerPort
    int port;

    Http admin;

    @org.springframework.beans.factory.annotation.Autowired
    Identity identity;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenBeReadBackFromItsLocation() {
        var created = admin.post("/api/v1/users", Map.of("email", "rita.lane@example.com", "displayName", "Rita Lane",
                "password", "a-long-enough-secret", "roles", List.of("sdr", "inside-sales")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).matches("/api/v1/users/[0-9a-f-]{36}");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("roles").toString()).isEqualTo("[\"inside-sales\",\"sdr\"]");
        assertThat(created.body()).doesNotContain("password");

        var read = admin.get(created.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("email").asString()).isEqualTo("rita.lane@example.com");
        assertThat(read.json().get("displayName").asString()).isEqualTo("Rita Lane");
    }

    @Test
    void aUserIsNamedInDocumentsAndFieldsByEmailOrId() {
        User sofia = identity.userByEmail("sofia@arcadia.example").orElseThrow();

        assertThat(identity.userNamed("sofia@arcadia.example")).contains(sofia);
        assertThat(identity.userNamed(" " + sofia.id() + " ")).contains(sofia);
        assertThat(identity.userNamed("nobody-at-all@arcadia.example")).isEmpty();
        assertThat(identity.userNamed("sofia")).as("neither an email nor an id").isEmpty();
        assertThat(identity.userNamed("")).isEmpty();
        assertThat(identity.userNamed(null)).isEmpty();
    }

    @Test
    void aSecondUserWithTheSameEmailInAnyCaseIsAConflict() {
        admin.post("/api/v1/users", Map.of("email", "sam.dup@example.com", "displayName", "Sam", "password", "a-long-enough-secret"));

        var again = admin.post("/api/v1/users", Map.of("email", "SAM.Dup@Example.com", "displayName", "Sam Again",
                "password", "a-long-enough-secret"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).contains("already exists");
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRuleAndNothingIsWritten() {
        var weak = admin.post("/api/v1/users", Map.of("email", "weak.pw@example.com", "displayName", "Weak", "password", "short"));

        assertThat(weak.status()).isEqualTo(400);
        JsonNode error = weak.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("password");
        assertThat(error.get("message").asString()).contains("at least 12 characters");
        assertThat(weak.body()).doesNotContain("short");
        assertThat(admin.get("/api/v1/users?q=weak.pw").json().get("items").size()).isZero();
    }

    @Test
    void anUnknownRoleIsRefusedByNameAndTheUserIsNotCreated() {
        var unknown = admin.post("/api/v1/users", Map.of("email", "no.role@example.com", "displayName", "No Role",
                "password", "a-long-enough-secret", "roles", List.of("sdr", "wizard")));

        assertThat(unknown.status()).isEqualTo(400);
        JsonNode error = unknown.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("roles");
        assertThat(error.get("value").asString()).isEqualTo("wizard");
        assertThat(admin.get("/api/v1/users?q=no.role").json().get("items").size()).isZero();
    }

    @Test
    void anInvalidEmailIsRefusedNamingTheField() {
        var invalid = admin.post("/api/v1/users", Map.of("email", "not-an-email", "displayName", "X", "password", "a-long-enough-secret"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void malformedJsonIsRefusedNamingThePosition() {
        var malformed = admin.postRaw("/api/v1/users", "{\n  \"email\": \"x@example.com\",\n  \"displayName\": }");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("line 3, column");
    }

    @Test
    void anUnknownPropertyIsRefusedNamingIt() {
        var typo = admin.postRaw("/api/v1/users",
                "{\"email\":\"typo@example.com\",\"displayName\":\"T\",\"password\":\"a-long-enough-secret\",\"rolez\":[]}");

        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().get("detail").asString()).contains("rolez");
    }

    @Test
    void updatesNeedTheCurrentVersionWhenIfMatchIsSent() {
        var created = admin.post("/api/v1/users", Map.of("email", "versioned@example.com", "displayName", "Vera",
                "password", "a-long-enough-secret"));
        String location = created.header("Location");

        var first = admin.put(location, Map.of("displayName", "Vera Lynn", "enabled", true, "roles", List.of("support-agent")),
                created.header("ETag"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        var stale = admin.put(location, Map.of("displayName", "Vera Stale", "enabled", true, "roles", List.of()),
                created.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").asString()).contains("current version is 1");
        assertThat(admin.get(location).json().get("displayName").asString()).isEqualTo("Vera Lynn");
        assertThat(admin.get(location).json().get("roles").toString()).isEqualTo("[\"support-agent\"]");
    }

    @Test
    void usersArePagedWithACursorInAStableOrder() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = admin.get("/api/v1/users?limit=4" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").values().forEach(u -> seen.add(u.get("id").asString()));
            JsonNode next = page.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 100);

        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).hasSameSizeAs(seen);
        assertThat(seen).isSorted();
        assertThat(seen).hasSizeGreaterThanOrEqualTo(21);
        assertThat(pages).isGreaterThan(5);
    }

    @Test
    void badPagingParametersAreRefused() {
        assertThat(admin.get("/api/v1/users?limit=0").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/users?cursor=!!nonsense!!").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/users?limit=abc").json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void everyChangeToAUserIsAudited() {
        var created = admin.post("/api/v1/users", Map.of("email", "audited@example.com", "displayName", "Audie",
                "password", "a-long-enough-secret"));
        String id = created.json().get("id").asString();
        admin.put("/api/v1/users/" + id, Map.of("displayName", "Audie Murphy", "enabled", false, "roles", List.of()), null);

        var trail = admin.get("/api/v1/audit?subjectType=user&subjectId=" + id);

        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        trail.json().get("items").values().forEach(e -> {
            actions.add(e.get("action").asString());
            assertThat(e.get("actor").asString()).isEqualTo(BatonTest.ADMIN_EMAIL);
        });
        assertThat(actions).containsExactly("user.changed", "user.created");
        assertThat(trail.json().get("items").get(0).get("details").asString()).contains("Audie Murphy").contains("enabled");
    }

    @Test
    void unknownUsersAreNotFound() {
        var missing = admin.get("/api/v1/users/0190c3a2-0000-7000-8000-000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/users/not-a-uuid").status()).isEqualTo(400);
    }
}
