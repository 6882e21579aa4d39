package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/** The bell in every page's header and the notifications page, used as a browser does: read one, then all. */
@BatonTest
class NotificationsPageTests {

    private static final Pattern BELL = Pattern.compile("id=\"bell\"[^>]*aria-label=\"(\\d+) unread notifications?\"");

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Test
    void theBellCountsWhatIsUnreadAndThePageMarksItRead() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "cleo-" + suffix + "@arcadia.example";
        var made = admin.post("/api/v1/users", Map.of("email", email, "displayName", "Cleo " + suffix, "password", "a-long-enough-secret",
                "roles", List.of("support-agent")));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        UUID cleo = UUID.fromString(made.json().get("id").asString());
        String person = admin.post("/api/v1/people", Map.of("firstName", "Pia", "lastName", "Paged " + suffix)).json().get("id").asString();
        Http browser = Http.browser("http://localhost:" + port);
        assertThat(SignIn.as(browser, email, "a-long-enough-secret").status()).isEqualTo(302);
        assertThat(bell(browser.get("/inbox").body())).isZero();

        notifications.notifyAll(List.of(
                new NewNotification(null, Assignee.ofUser(cleo), "Pia wants a demo " + suffix, UUID.fromString(person), null, "Workflow step"),
                new NewNotification(null, Assignee.ofUser(cleo), "Renewal is due " + suffix, null, null, null)));

        String inbox = browser.get("/inbox").body();
        assertThat(bell(inbox)).isEqualTo(2);
        assertThat(inbox).contains("href=\"/notifications\"");
        String page = browser.get("/notifications").body();
        assertThat(page).contains("Pia wants a demo " + suffix).contains("Renewal is due " + suffix).contains("2 unread")
                .contains("href=\"/people/" + person + "\"").contains("Pia Paged " + suffix);

        String id = admin.withToken(SignIn.apiToken(port, email, "a-long-enough-secret")).get("/api/v1/notifications").json()
                .get("items").values().stream().filter(n -> n.get("message").asString().startsWith("Pia wants a demo")).findFirst()
                .orElseThrow().get("id").asString();
        var read = browser.form("/notifications/" + id + "/read", Map.of("_csrf", SignIn.csrf(page)));
        assertThat(read.status()).isEqualTo(302);
        assertThat(read.header("Location")).endsWith("/notifications");
        page = browser.get("/notifications").body();
        assertThat(bell(page)).isEqualTo(1);
        assertThat(page).contains("1 unread");

        var all = browser.form("/notifications/read-all", Map.of("_csrf", SignIn.csrf(page)));
        assertThat(all.status()).isEqualTo(302);
        page = browser.get("/notifications").body();
        assertThat(bell(page)).isZero();
        assertThat(page).contains("0 unread").doesNotContain("Mark all read").contains("Pia wants a demo " + suffix);
    }

    private static int bell(String html) {
        Matcher m = BELL.matcher(html);
        assertThat(m.find()).as("a bell in the page header").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
