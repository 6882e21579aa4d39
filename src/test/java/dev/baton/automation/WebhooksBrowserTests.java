package dev.baton.automation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Browser;
import dev.baton.support.Http;
import dev.baton.support.TestClock;

/** Marketing ops find a parked webhook delivery on the Webhooks settings page and retry it once the receiver is fixed. */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    @Autowired
    TestClock clock;

    Browser browser;
    WebhookTests.Receiver receiver;

    @BeforeAll
    void launch() throws Exception {
        browser = Browser.launch();
        receiver = new WebhookTests.Receiver();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @AfterAll
    void close() {
        if (receiver != null) {
            receiver.stop();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aParkedDeliveryIsRetriedFromTheWebhooksPage() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        AtomicInteger status = new AtomicInteger(502);
        receiver.answer(status::get);
        String key = "hook-page-" + Long.toString(System.nanoTime(), 36);
        journeys.deploy(key, "Hook page", new JourneyPlan(List.of(new JourneyPlan.Trigger("tag_applied", key)),
                List.of(JourneyPlan.Node.action("notify-erp", "webhook", Map.of("url", receiver.url())),
                        JourneyPlan.Node.exit("done", "completed"))), false);
        String person = admin.post("/api/v1/people", Map.of("firstName", "Petra", "lastName", "Parked", "lifecycleStage", "subscriber",
                "emails", List.of(key + "@hooks.example"))).json().get("id").asString();
        admin.post("/api/v1/people/" + person + "/tags", Map.of("tags", List.of(key)));
        String id = receiver.awaitCalls(1).get(0).header("Baton-Delivery");
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6));
        for (int attempt = 1; attempt < 8; attempt++) {
            int made = attempt;
            JsonNode pending = awaitDelivery(admin, id, d -> d.get("attempts").asInt() == made && waited(d).equals(waits.get(made - 1)));
            clock.advance(Duration.between(clock.instant(), Instant.parse(pending.get("nextAttemptAt").asString())).plusSeconds(1));
        }
        awaitDelivery(admin, id, d -> d.get("status").asString().equals("parked"));

        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("priya@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Settings")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("webhooks")).click();

        Locator row = page.locator("#parked tr[data-delivery='" + id + "']");
        assertThat(row).containsText(key + " · notify-erp");
        assertThat(row).containsText("HTTP 502");
        assertThat(row).containsText("8");
        assertThat(page.locator("#secret")).containsText("whsec_");

        status.set(200);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The delivery is due again now.");
        awaitDelivery(admin, id, d -> d.get("status").asString().equals("delivered"));
        page.reload();
        assertThat(page.locator("#parked tr[data-delivery='" + id + "']")).hasCount(0);
        assertThat(page.locator("#recent tr[data-delivery='" + id + "']")).containsText("delivered");
        org.assertj.core.api.Assertions.assertThat(receiver.calls()).hasSize(9);
    }

    private static JsonNode awaitDelivery(Http admin, String id, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode delivery = admin.get("/api/v1/webhooks/deliveries/" + id).json();
            org.assertj.core.api.Assertions.assertThat(condition.test(delivery)).as(delivery.toString()).isTrue();
            found[0] = delivery;
        });
        return found[0];
    }

    private static Duration waited(JsonNode delivery) {
        return Duration.between(Instant.parse(delivery.get("lastAttemptAt").asString()),
                Instant.parse(delivery.get("nextAttemptAt").asString()));
    }
}
