package dev.baton.processes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

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

/**
 * Marcus writes a new procedure as a list of steps and watches the swimlane diagram being redrawn
 * beside it as he types, lint coming and going, before he saves; the hierarchy shows the value chain
 * and a subprocess in a diagram leads down to its document.
 */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessEditorBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

    private Page signIn(String email) {
        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(1600, 1000);
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }

    /**
     * Waits for htmx to have wired up the editor it swapped in: it does so a moment after the swap, and
     * a robot typing at once would otherwise type into a form that does not yet redraw anything.
     */
    private static void settled(Page page) {
        assertThat(page.locator("#editor.htmx-added")).hasCount(0);
    }

    private static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void marcusWritesADocumentAndTheDiagramFollowsAsHeTypes() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        Page page = signIn("marcus@arcadia.example");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Processes")).click();

        Locator create = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("New document"));
        create.getByLabel("Key").fill("call-back");
        create.getByLabel("Name").fill("Call back");
        create.getByLabel("Level").selectOption("L3");
        create.getByLabel("Parent").selectOption("lead-management");
        create.getByLabel("Owner").selectOption("sdr");
        create.getByRole(AriaRole.BUTTON).click();
        assertThat(page).hasURL(Pattern.compile(".*/processes/call-back/edit\\?v=.+"));
        page.waitForFunction("() => window.htmx !== undefined");

        Locator diagram = page.locator("#preview svg");
        Locator editor = page.locator("#editor");
        assertThat(diagram).isVisible();
        assertThat(diagram.locator("[data-step]")).hasCount(0);
        assertThat(page.locator("#preview li[data-code=trigger-missing]")).isVisible();

        // the trigger: the first step added is one
        button(editor, "Add step").click();
        Locator trigger = page.locator("#step-0");
        assertThat(trigger.getByLabel("Type")).hasValue("trigger");
        settled(page);
        trigger.getByLabel("Key").fill("asked");
        trigger.getByLabel("Event").selectOption("manual");
        trigger.getByLabel("Name").fill("Lead asks to be called");
        assertThat(diagram.locator("[data-step=asked]")).containsText("Lead asks to be called");
        assertThat(page.locator("#preview li[data-code=trigger-missing]")).hasCount(0);

        // a task in the SDR lane
        button(editor, "Add step").click();
        Locator task = page.locator("#step-1");
        assertThat(task.getByLabel("Type")).hasValue("task");
        assertThat(task.getByLabel("Lane")).hasValue("sdr");
        settled(page);
        task.getByLabel("Key").fill("call");
        task.getByLabel("Name").fill("Call the lead");
        assertThat(diagram.locator("[data-step=call] text", new Locator.LocatorOptions().setHasText("Call the lead"))).hasCount(1);
        // the flow stops at the task: lint says so, and the task is outlined
        assertThat(page.locator("#preview li[data-code=dead-end]")).isVisible();
        assertThat(diagram.locator("[data-step=call][data-flagged=true]")).hasCount(1);

        task.getByLabel("SLA").fill("whenever");
        assertThat(page.locator("#preview li[data-code=sla-invalid]")).containsText("whenever");
        task.getByLabel("SLA").fill("1 business day");
        assertThat(page.locator("#preview li[data-code=sla-invalid]")).hasCount(0);

        // renaming the step redraws its name, unsaved
        task.getByLabel("Name").fill("Call the lead tomorrow");
        assertThat(diagram.locator("[data-step=call] text", new Locator.LocatorOptions().setHasText("tomorrow"))).hasCount(1);

        // the exit: choosing the type brings its fields
        button(editor, "Add step").click();
        Locator exit = page.locator("#step-2");
        assertThat(exit).isVisible();
        settled(page);
        exit.getByLabel("Type").selectOption("exit");
        assertThat(exit.getByLabel("Outcome")).isVisible();
        assertThat(exit.getByLabel("SLA")).hasCount(0);
        settled(page);
        exit.getByLabel("Key").fill("called");
        exit.getByLabel("Name").fill("Lead called back");
        exit.getByLabel("Outcome").selectOption("completed");
        assertThat(diagram.locator("[data-step=called]")).containsText("Lead called back");
        assertThat(page.locator("#preview li[data-code=dead-end]")).hasCount(0);
        assertThat(diagram.locator("[data-flagged=true]")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("editor.png")).setFullPage(true));

        // nothing is kept until Save
        org.assertj.core.api.Assertions.assertThat(admin.get("/api/v1/processes/call-back/versions/latest").json()
                .get("body").has("steps")).isFalse();
        button(editor, "Save").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        var saved = admin.get("/api/v1/processes/call-back/versions/latest").json().get("body");
        org.assertj.core.api.Assertions.assertThat(saved.get("steps").values().stream().map(s -> s.get("key").asString()).toList())
                .containsExactly("asked", "call", "called");
        org.assertj.core.api.Assertions.assertThat(saved.get("steps").get(1).get("name").asString()).isEqualTo("Call the lead tomorrow");
        assertThat(page.locator("#step-1").getByLabel("Name")).hasValue("Call the lead tomorrow");

        // the hierarchy shows it under its parent, with its owner and state
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Processes")).click();
        Locator node = page.locator("li[data-key=lead-management] li[data-key=call-back]");
        assertThat(node).containsText("Call back");
        assertThat(node).containsText("SDR");
        assertThat(node).containsText("draft");
    }

    @Test
    void aDraftWrittenAsYamlIsDrawnAsItIsTyped() {
        Page page = signIn("marcus@arcadia.example");
        page.navigate("/processes");
        Locator create = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("New document"));
        create.getByLabel("Key").fill("demo-request");
        create.getByLabel("Name").fill("Demo request");
        create.getByLabel("Level").selectOption("L3");
        create.getByLabel("Parent").selectOption("sales");
        create.getByLabel("Owner").selectOption("account-executive");
        create.getByRole(AriaRole.BUTTON).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit as YAML")).click();
        page.waitForFunction("() => window.htmx !== undefined");

        Locator yaml = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("YAML"));
        assertThat(yaml).hasValue(Pattern.compile("key: demo-request"));
        String written = yaml.inputValue() + """
                steps:
                - key: asked
                  type: trigger
                  lane: account-executive
                  name: A demo is asked for
                  event: manual
                - key: show
                  type: task
                  lane: account-executive
                  name: Show the system
                - key: shown
                  type: exit
                  lane: account-executive
                  name: Demo given
                  outcome: completed
                """;
        yaml.fill(written);
        assertThat(page.locator("#preview svg [data-step=show]")).containsText("Show the system");
        assertThat(page.locator("#preview .problems li.error")).hasCount(0);

        yaml.fill(written + "  sla: [");
        assertThat(page.locator("#preview")).containsText("does not read as a document");
        yaml.fill(written.replace("Show the system", "Show the X9"));
        assertThat(page.locator("#preview svg [data-step=show]")).containsText("Show the X9");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("yaml-editor.png")).setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the document")).click();
        assertThat(page.locator(".procedure li[data-step=show]")).containsText("Show the X9");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to review"))).isEnabled();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("draft.png")).setFullPage(true));
    }

    @Test
    void theHierarchyShowsRevenueWithItsSixProcessesAndTheirOwners() {
        Page page = signIn("sofia@arcadia.example");
        page.navigate("/processes");
        Locator revenue = page.locator(".tree > li[data-key=revenue]");
        assertThat(revenue.locator("> .tree-row")).containsText("Revenue");
        assertThat(revenue.locator("> .tree-row")).containsText("L1");
        assertThat(revenue.locator("> .tree-row")).containsText(Pattern.compile("published v\\d+"));
        // other tests may add documents under Revenue: the demo's six are there, each with its owner
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put("demand-generation", "Marketing Manager");
        owners.put("lead-management", "Marketing Manager");
        owners.put("sales", "Sales Manager");
        owners.put("order-fulfilment", "Order Desk");
        owners.put("billing", "Billing Clerk");
        owners.put("support", "Support Manager");
        owners.forEach((key, owner) -> {
            Locator row = revenue.locator("> ul > li[data-key=" + key + "][data-level=L2] > .tree-row");
            assertThat(row).containsText(owner);
            assertThat(row).containsText(Pattern.compile("published v\\d+"));
        });
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hierarchy.png")).setFullPage(true));
    }

    @Test
    void aSubprocessInRevenuesDiagramLeadsToItsDocument() {
        Page page = signIn("sofia@arcadia.example");
        page.navigate("/processes");
        page.locator("li[data-key=revenue] > .tree-row a").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Revenue").setLevel(1))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("revenue.png")).setFullPage(true));
        page.locator(".diagram svg a[href='/processes/sales'] [data-step=sell]").click();
        assertThat(page).hasURL(Pattern.compile(".*/processes/sales$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sales").setLevel(1))).isVisible();
        assertThat(page.locator(".crumbs")).containsText("Revenue");
    }
}
