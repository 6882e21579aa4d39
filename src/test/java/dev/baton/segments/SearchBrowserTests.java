package dev.baton.segments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

/** A sales manager builds a search by pointing and clicking, sees its count, and saves it. */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTests {

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
    void buildASearchSeeItsCountAndSaveIt() {
        long expected = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN)
                .get("/api/v1/people/matching?limit=1&query=" + URLEncoder.encode("lifecycle >= customer and tag = \"webinar-q1\"",
                        StandardCharsets.UTF_8)).json().get("count").asLong();
        org.assertj.core.api.Assertions.assertThat(expected).as("the demo has webinar customers").isPositive();

        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("oliver@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Searches")).click();

        page.getByLabel("Field").selectOption("lifecycle");
        page.getByLabel("Operator").selectOption(">=");
        page.getByLabel("Value").fill("customer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add condition")).click();
        assertThat(page.getByLabel("Query", new Page.GetByLabelOptions().setExact(true))).hasValue("lifecycle >= customer");
        page.getByLabel("Field").selectOption("tag");
        page.getByLabel("Operator").selectOption("=");
        page.getByLabel("Value").fill("webinar-q1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add condition")).click();
        assertThat(page.getByLabel("Query", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("lifecycle >= customer and tag = \"webinar-q1\"");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(page.locator("#match-count")).hasText(String.valueOf(expected));

        page.getByLabel("Search name").fill("Webinar customers");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save search")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Webinar customers");
        assertThat(page.locator("#match-count")).hasText(String.valueOf(expected));
        assertThat(page.locator("main")).containsText("Saved searches");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webinar customers"))).isVisible();
    }

    @Test
    void searchOrganisationsAndSeeTheirCount() {
        long expected = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN)
                .get("/api/v1/organisations/matching?limit=1&query=" + URLEncoder.encode("type = channel_partner", StandardCharsets.UTF_8))
                .json().get("count").asLong();
        org.assertj.core.api.Assertions.assertThat(expected).as("the demo has channel partners").isPositive();

        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("oliver@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.navigate("/searches");

        page.getByLabel("Search for").selectOption("organisation");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Search organisations");
        page.getByLabel("Field").selectOption("type");
        page.getByLabel("Operator").selectOption("=");
        page.getByLabel("Value").fill("channel_partner");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add condition")).click();
        assertThat(page.getByLabel("Query", new Page.GetByLabelOptions().setExact(true))).hasValue("type = channel_partner");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();

        assertThat(page.locator("#match-count")).hasText(String.valueOf(expected));
        assertThat(page.locator(".count")).containsText("organisations match");
        Locator first = page.locator("#results tbody tr").first();
        assertThat(first).containsText("channel_partner");
        assertThat(first.getByRole(AriaRole.LINK)).hasAttribute("href", java.util.regex.Pattern.compile("^/organisations/[0-9a-f-]{36}$"));

        page.getByLabel("Search name").fill("Channel partners");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save search")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Channel partners");
        assertThat(page.locator("#match-count")).hasText(String.valueOf(expected));
        assertThat(page.getByLabel("Search for")).hasValue("organisation");
    }

    @Test
    void aLinkedDealSearchShowsItsDeals() {
        String query = "stage >= proposal and amount > 50000";
        long expected = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN)
                .get("/api/v1/deals/matching?limit=1&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json().get("count").asLong();
        org.assertj.core.api.Assertions.assertThat(expected).as("the demo has large deals at proposal or later").isPositive();

        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("oliver@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.navigate("/searches?object=deal&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

        assertThat(page.locator("#match-count")).hasText(String.valueOf(expected));
        assertThat(page.locator(".count")).containsText("deals match");
        Locator first = page.locator("#results tbody tr").first();
        assertThat(first.getByRole(AriaRole.LINK).first()).hasAttribute("href", java.util.regex.Pattern.compile("^/deals\\?pipeline=[0-9a-f-]{36}$"));
        assertThat(first).containsText("EUR");
    }

    @Test
    void aQueryThatDoesNotReadSaysWhere() {
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("oliver@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.navigate("/searches");

        page.getByLabel("Query", new Page.GetByLabelOptions().setExact(true)).fill("lifecycle >= and tag = x");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("at position 13");
    }
}
