package dev.baton.automation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;

import dev.baton.automation.internal.JourneyRunner;
import dev.baton.support.BatonTest;
import dev.baton.support.Browser;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/**
 * The campaigns page in a browser: Marcus reads the live counts of the demo campaign and follows it to
 * its document; Priya watches people move through a campaign without reloading, pauses it and resumes
 * it; Marcus simulates the demo campaign and a draft of his own from the document page before they go live.
 */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignPagesBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    @Autowired
    JourneyRunner runner;

    Browser browser;
    Http admin;

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

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    private Page signIn(String email) {
        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(1400, 1000);
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        return page;
    }

    private static Locator count(Page page, String step, String which) {
        return page.locator("#campaign-counts tr[data-step=" + step + "] td[data-count=" + which + "]");
    }

    private List<String> people(String name, int how) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < how; i++) {
            ids.add(admin.post("/api/v1/people", Map.of("firstName", name + i, "lastName", "Live")).json().get("id").asString());
        }
        return ids;
    }

    @Test
    void marcusReadsTheDemoCampaignAndFollowsItToItsDocument() {
        Page page = signIn("marcus@arcadia.example");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Campaigns")).click();
        Locator row = page.locator("tr[data-campaign=demand-generation]");
        assertThat(row).containsText("Demand Generation");
        assertThat(row).containsText("Active");
        assertThat(row.locator("td[data-count=entered]")).hasText(Pattern.compile("\\d+"));

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Demand Generation")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demand Generation").setLevel(1))).isVisible();
        assertThat(page.locator("#campaign-counts tr[data-step=auto-reply]")).containsText("Reply naming the sales rep");
        assertThat(page.locator("#campaign-counts tr[data-step=call-back]")).containsText("task");
        assertThat(count(page, "auto-reply", "waiting")).hasText(Pattern.compile("\\d+"));
        // Marcus owns demand generation: he may pause the campaign (marketing.manage)
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Demand Generation, version \\d+$"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/processes/demand-generation\\?v=.+"));
    }

    @Test
    void priyaWatchesPeopleMoveThroughACampaignPausesItAndResumesIt() {
        String key = "live-counts-" + UUID.randomUUID().toString().substring(0, 8);
        journeys.deploy(key, "Live counts " + key, new JourneyPlan(List.of(
                JourneyPlan.Node.tag("welcome", key), JourneyPlan.Node.waitFor("hold", "P30D"),
                JourneyPlan.Node.exit("done", "completed"))), false);
        Page page = signIn("priya@arcadia.example");
        page.navigate("/campaigns/" + key);
        assertThat(page.locator("#campaign-status")).hasText("Active");
        assertThat(count(page, "welcome", "entered")).hasText("0");
        page.evaluate("() => window.stayedOnThePage = true");

        // people enter through the API; the page fetches its counts again by itself
        admin.post("/api/v1/journeys/" + key + "/enrollments", Map.of("people", people("Early", 3)));
        assertThat(count(page, "hold", "waiting")).hasText("3");
        assertThat(count(page, "welcome", "done")).hasText("3");
        assertThat(page.locator("#campaign-counts tr[data-step=hold] .bar .waiting")).hasAttribute("style", "width: 100%");
        assertThat((Boolean) page.evaluate("() => window.stayedOnThePage === true")).as("no reload").isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("campaign-counts.png")).setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
        assertThat(page.locator("#campaign-status")).hasText("Paused");
        List<String> late = people("Late", 2);
        admin.post("/api/v1/journeys/" + key + "/enrollments", Map.of("people", late));
        runner.runDue();
        // the runner leaves them where they are: entered, waiting at the first step, not tagged
        assertThat(count(page, "welcome", "waiting")).hasText("2");
        assertThat(count(page, "hold", "waiting")).hasText("3");
        assertThat(admin.get("/api/v1/people/" + late.get(0)).json().get("tags").toString()).doesNotContain(key);
        page.navigate("/campaigns");
        assertThat(page.locator("tr[data-campaign=" + key + "]")).containsText("Paused");
        assertThat(page.locator("tr[data-campaign=" + key + "] td[data-count=waiting]")).hasText("5");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live counts " + key)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume")).click();
        assertThat(page.locator("#campaign-status")).hasText("Active");
        assertThat(count(page, "welcome", "waiting")).hasText("0");
        assertThat(count(page, "hold", "waiting")).hasText("5");
        assertThat(admin.get("/api/v1/people/" + late.get(0)).json().get("tags").toString()).contains(key);
    }

    @Test
    void marcusSimulatesTheDemoCampaignAndADraftOfHisOwnFromTheDocumentPage() {
        JsonNode someone = admin.get("/api/v1/people/matching?limit=1&query="
                + URLEncoder.encode("lifecycle = subscriber and owner != nobody", StandardCharsets.UTF_8)).json().get("items").get(0);
        JsonNode person = admin.get("/api/v1/people/" + someone.get("id").asString()).json();
        String name = person.get("firstName").asString() + " " + person.get("lastName").asString();
        String email = person.get("emails").get(0).get("address").asString();
        String rep = admin.get("/api/v1/users/" + person.get("owner").asString()).json().get("displayName").asString();

        Page page = signIn("marcus@arcadia.example");
        page.navigate("/processes/demand-generation");
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Simulate")).click();
        Locator panel = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Simulation").setExact(true));
        choose(panel, email, name);
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run the simulation")).click();

        Locator run = panel.locator("article.run[data-person='" + person.get("id").asString() + "']");
        assertThat(run.locator("h3")).hasText(name);
        assertThat(run.locator("ol.path > li")).containsText(new String[] {"Web inquiry arrives", "Give them a sales rep",
                "Reply naming the sales rep", "Make them a lead", "Call back about the web inquiry", "Lead handed to lead management"});
        Locator reply = run.locator("li[data-step=auto-reply]");
        assertThat(reply.locator(".subject")).hasText("Thanks for your inquiry, " + person.get("firstName").asString());
        assertThat(page.frameLocator("li[data-step=auto-reply] iframe").locator("body")).containsText(rep + ", your contact here");
        reply.getByText("Text version").click();
        assertThat(reply.locator("pre.email-text")).containsText(rep);
        assertThat(run.locator("li[data-step=call-back] .task")).containsText("Call back about the web inquiry for SDR, due");
        assertThat(run).containsText("Leaves: completed");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("simulation.png")).setFullPage(true));

        // A draft is tried the same way: it waits two days on the virtual clock, then for a goal nobody reached
        String key = "seminar-draft-" + UUID.randomUUID().toString().substring(0, 8);
        Http marcus = Http.api("http://localhost:" + port, SignIn.apiToken(port, "marcus@arcadia.example", BatonTest.DEMO_PASSWORD));
        var draft = marcus.send("POST", "/api/v1/processes", "application/yaml", draftYaml(key));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        page.navigate("/processes/" + key);
        assertThat(page.locator(".signoff .state")).hasText("draft");
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Simulate")).click();
        choose(panel, email, name);
        panel.getByLabel(Pattern.compile("^Start")).fill("2026-12-07T09:00");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run the simulation")).click();
        run = panel.locator("article.run[data-person='" + person.get("id").asString() + "']");
        assertThat(run.locator("li[data-step=pause] .when")).hasText("Wed 2026-12-09 09:00");
        assertThat(run.locator("li[data-step=slides] .subject")).containsText("Your seminar slides");
        assertThat(run.locator(".waiting-at")).hasText("Waits at replied");

        // with the goal ticked as reached, the person goes on to the end
        panel.getByLabel("replied", new Locator.GetByLabelOptions().setExact(true)).check();
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run the simulation")).click();
        assertThat(run).containsText("Leaves: completed");
        assertThat(run.locator(".waiting-at")).hasCount(0);
    }

    /** Finds a person in the panel by email and chooses them as a test person. */
    private static void choose(Locator panel, String email, String name) {
        panel.getByLabel("Find people").fill(email);
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Choose " + name)).click();
        assertThat(panel.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(name))).isChecked();
    }

    private static String draftYaml(String key) {
        return """
                key: %s
                name: Seminar draft
                level: L3
                parent: demand-generation
                owner: marketing-manager
                kind: campaign
                stakeholders:
                - role: marketing-manager
                  raci: A
                lanes:
                - key: system
                  name: Baton
                  kind: system
                steps:
                - key: attended
                  type: trigger
                  lane: system
                  name: Attended the seminar
                  event: tag_applied
                  value: %s
                - key: pause
                  type: wait
                  lane: system
                  name: Give them two days
                  duration: 2 days
                - key: slides
                  type: action
                  lane: system
                  name: Send the slides
                  action: email
                  with:
                    template: seminar-follow-up-1
                - key: replied
                  type: trigger
                  lane: system
                  name: They replied
                  event: goal
                  value: replied
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """.formatted(key, key);
    }
}
