package dev.baton.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** The short tour every deployment must pass, whatever database it runs on. */
public final class SmokeChecks {

    private SmokeChecks() {
    }

    /** Runs the tour against a Baton at {@code base}; creates a user with this email. */
    public static void run(String base, String adminToken, String email) {
        Http anonymous = Http.api(base, null);
        Http admin = Http.api(base, adminToken);

        assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/api/v1/users").status()).isEqualTo(401);
        assertThat(anonymous.get("/login").body()).contains("Sign in to Baton");
        assertThat(anonymous.get("/api/docs").status()).isEqualTo(200);

        var me = admin.get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("permissions").toString()).contains("identity.manage");

        var created = admin.post("/api/v1/users", Map.of("email", email, "displayName", "Smoke Test",
                "password", "smoke-test-password", "roles", List.of("administrator")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(admin.get(created.header("Location")).json().get("email").asString()).isEqualTo(email);
        assertThat(admin.post("/api/v1/users", Map.of("email", email, "displayName", "Again",
                "password", "smoke-test-password")).status()).isEqualTo(409);

        Http browser = Http.browser(base);
        assertThat(SignIn.as(browser, email, "smoke-test-password").header("Location")).doesNotContain("error");
        assertThat(browser.get("/org-chart").body()).contains("<svg").contains("Administrator");
        assertThat(admin.get("/actuator/prometheus").status()).isEqualTo(200);
    }
}
