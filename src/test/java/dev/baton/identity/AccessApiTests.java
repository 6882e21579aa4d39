package dev.baton.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/** Tokens, permissions and the public endpoints. */
@BatonTest
class AccessApiTests {

    @LocalServerPort
    int port;

    Http admin;
    Http anonymous;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        anonymous = Http.api("http://localhost:" + port, null);
    }

    @Test
    void theBootstrapTokenActsAsTheFirstAdministrator() {
        var me = admin.get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("user").get("email").asString()).isEqualTo(BatonTest.ADMIN_EMAIL);
        assertThat(me.json().get("permissions").toString()).contains("identity.manage", "audit.read");
    }

    @Test
    void aCallWithoutATokenOrWithAnUnknownOneIsUnauthorized() {
        var none = anonymous.get("/api/v1/users");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().get("title").asString()).isEqualTo("Unauthorized");

        assertThat(anonymous.withToken("baton_made-up-token").get("/api/v1/users").status()).isEqualTo(401);
    }

    @Test
    void aTokenShowsItsSecretOnceAndStopsWorkingWhenRevoked() {
        var issued = admin.post("/api/v1/tokens", Map.of("name", "nightly import"));
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().get("token").asString();
        assertThat(secret).startsWith("baton_");

        Http script = anonymous.withToken(secret);
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/tokens").body()).contains("nightly import").doesNotContain(secret);

        assertThat(script.delete("/api/v1/tokens/" + issued.json().get("id").asString()).status()).isEqualTo(204);
        var afterRevoke = script.get("/api/v1/me");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.json().get("detail").asString()).contains("revoked");
    }

    @Test
    void aUserWithoutThePermissionIsForbidden() {
        admin.post("/api/v1/users", Map.of("email", "plain.sdr@example.com", "displayName", "Plain SDR",
                "password", "a-long-enough-secret", "roles", List.of("sdr")));
        String sdrToken = tokenFor("plain.sdr@example.com");
        Http sdr = anonymous.withToken(sdrToken);

        var list = sdr.get("/api/v1/users");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("title").asString()).isEqualTo("Forbidden");

        var create = sdr.post("/api/v1/roles", Map.of("name", "Sneaky"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/roles/sneaky").status()).isEqualTo(404);

        assertThat(sdr.get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(sdr.get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void someoneElsesTokenCannotBeRevokedWithoutIdentityManage() {
        admin.post("/api/v1/users", Map.of("email", "token.owner@example.com", "displayName", "Owner",
                "password", "a-long-enough-secret", "roles", List.of("sdr")));
        Http owner = anonymous.withToken(tokenFor("token.owner@example.com"));
        String adminTokenId = admin.post("/api/v1/tokens", Map.of("name", "admin's")).json().get("id").asString();

        assertThat(owner.delete("/api/v1/tokens/" + adminTokenId).status()).isEqualTo(403);
    }

    @Test
    void healthIsPublicAndMetricsNeedTheMetricsPermission() {
        var health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");

        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        var metrics = admin.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void theOpenApiDescriptionAndItsUiAreServed() {
        var docs = anonymous.get("/api/docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/users", "/api/v1/roles", "/api/v1/tokens");

        var ui = anonymous.get("/api/docs/ui");
        assertThat(ui.status()).isIn(200, 302);
    }

    /** Signs in as the user and makes a token on the tokens page, as that person would. */
    private String tokenFor(String email) {
        return SignIn.apiToken(port, email, "a-long-enough-secret");
    }
}
