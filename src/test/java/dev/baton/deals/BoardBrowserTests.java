package dev.baton.deals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.baton.support.BatonTest;
import dev.baton.support.Browser;
import dev.baton.support.Http;

/** An account executive drags a deal from Discovery to Negotiation and sees the columns' totals follow. */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void moveADealAcrossTheBoard() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        String pipeline = admin.get("/api/v1/pipelines").json().values().stream()
                .filter(p -> p.get("name").asString().equals("New business")).findFirst().orElseThrow().get("id").asString();
        String id = admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "stage", "discovery", "name", "Dragged deal",
                "lineItems", List.of(Map.of("product", "Arcadia X9", "quantity", 1, "unitPrice", 777000)))).json().get("id").asString();

        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("hannah@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Deals")).click();

        Locator discovery = page.locator(".column[data-stage=discovery]");
        Locator negotiation = page.locator(".column[data-stage=negotiation]");
        Locator card = page.locator(".card[data-deal='" + id + "']");
        assertThat(discovery.locator(".card[data-deal='" + id + "']")).isVisible();
        String forecastBefore = page.locator("#forecast").textContent();
        page.waitForFunction("() => window.htmx !== undefined");

        // grab the card by its title and drop it near the top of the column, moving the mouse as a person does
        card.scrollIntoViewIfNeeded();
        var from = card.boundingBox();
        var to = negotiation.boundingBox();
        page.mouse().move(from.x + 12, from.y + 10);
        page.mouse().down();
        page.mouse().move(to.x + 40, to.y + 30, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();

        assertThat(negotiation.locator(".card[data-deal='" + id + "']")).isVisible();
        assertThat(discovery.locator(".card[data-deal='" + id + "']")).hasCount(0);
        assertThat(page.locator("#forecast")).not().hasText(forecastBefore);
        org.assertj.core.api.Assertions.assertThat(admin.get("/api/v1/deals/" + id).json().get("stage").asString()).isEqualTo("negotiation");

        page.reload();
        assertThat(page.locator(".column[data-stage=negotiation] .card[data-deal='" + id + "']")).containsText("777,000");
    }
}
