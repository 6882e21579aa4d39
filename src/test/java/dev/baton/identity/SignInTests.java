package dev.baton.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/** The login page: sessions, CSRF, signing out and throttled guessing. */
@BatonTest
class SignInTests {

    @LocalServerPort
    int port;

    Http browser() {
        return Http.browser("http://localhost:" + port);
    }

    @Test
    void aDemoUserSignsInSeesTheirPagesAndSignsOut() {
        Http browser = browser();
        assertThat(browser.get("/org-chart").header("Location")).endsWith("/login");

        var login = SignIn.as(browser, "eleanor@arcadia.example", BatonTest.DEMO_PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");

        var home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome").contains("eleanor@arcadia.example").contains("Org chart");
        assertThat(browser.get("/org-chart").body()).contains("Sales Manager");

        String csrf = SignIn.csrf(home.body());
        var logout = browser.form("/logout", Map.of("_csrf", csrf));
        assertThat(logout.header("Location")).endsWith("/login?signed-out");
        assertThat(browser.get("/").header("Location")).endsWith("/login");
    }

    @Test
    void aWrongPasswordIsRefused() {
        var login = SignIn.as(browser(), "oliver@arcadia.example", "not-the-password");

        assertThat(login.header("Location")).endsWith("/login?error");
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() {
        Http browser = browser();
        browser.get("/login");
        var forged = browser.form("/login", Map.of("username", "eleanor@arcadia.example", "password", BatonTest.DEMO_PASSWORD));

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void pagesNeedThePermissionOfTheirRole() {
        Http browser = browser();
        SignIn.as(browser, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD);

        assertThat(browser.get("/tokens").status()).isEqualTo(200);
        assertThat(browser.get("/users").status()).isEqualTo(403);
        assertThat(browser.get("/").body()).doesNotContain("href=\"/users\"");
    }

    @Test
    void repeatedFailuresForOneAccountAreThrottledWithRetryAfter() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        admin.post("/api/v1/users", Map.of("email", "target@example.com", "displayName", "Target",
                "password", "the-real-password-1", "roles", List.of()));
        for (int i = 0; i < 5; i++) {
            assertThat(SignIn.as(browser(), "target@example.com", "guess-" + i).header("Location")).endsWith("/login?error");
        }

        var blocked = SignIn.as(browser(), "target@example.com", "the-real-password-1");

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(1, 30);
        assertThat(blocked.body()).contains("Too many sign-in attempts");
        assertThat(SignIn.as(browser(), "eleanor@arcadia.example", BatonTest.DEMO_PASSWORD).status()).isEqualTo(302);
    }
}
