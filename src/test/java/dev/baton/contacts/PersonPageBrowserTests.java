package dev.baton.contacts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import dev.baton.support.BatonTest;
import dev.baton.support.Browser;

/**
 * An account executive finds a person, adds a discovery-call note from its template, tags them,
 * edits their details in place and creates a task about them.
 */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonPageBrowserTests {

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
    void findAPersonAddANoteFromATemplateAndTagThem() {
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("hannah@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People")).click();

        page.getByLabel("Find people").fill("carol smith");
        Locator carol = page.locator("#people-rows a", new Page.LocatorOptions().setHasText("Carol Smith"));
        assertThat(carol).hasCount(1);
        carol.click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Ms Carol Smith");
        assertThat(page.locator(".facts")).containsText("(415) 555-0134");
        assertThat(page.locator("#timeline > li").first()).not().hasText("Loading…");

        page.getByLabel("Note template").selectOption(new SelectOption().setLabel("Discovery call"));
        page.getByLabel("Need").fill("Replace the ageing SAN before the audit");
        page.getByLabel("Budget (EUR)").fill("180000");
        page.getByLabel("Timeline", new Page.GetByLabelOptions().setExact(true)).selectOption("this quarter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to timeline")).click();

        Locator newest = page.locator("#timeline > li").first();
        assertThat(newest).containsText("Discovery call");
        assertThat(newest).containsText("Replace the ageing SAN before the audit");
        assertThat(newest).containsText("180000");
        assertThat(newest).containsText("hannah@arcadia.example");

        page.getByLabel("New tag").fill("storage-refresh-2027");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tag").setExact(true)).click();
        assertThat(page.locator("#tags")).containsText("storage-refresh-2027");

        page.reload();
        assertThat(page.locator("#tags")).containsText("storage-refresh-2027");
        assertThat(page.locator("#timeline")).containsText("Tagged storage-refresh-2027");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit details")).click();
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Edit details"));
        form.getByLabel("Phones").fill("not a phone | work");
        form.getByLabel("City").fill("Oakland");
        form.getByLabel("All-flash").check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#facts .errors")).containsText("phones[0].number");
        assertThat(page.locator("#facts .errors")).containsText("not a phone");

        form.getByLabel("Phones").fill("415 555 0199 | mobile");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".facts")).containsText("Oakland");
        assertThat(page.locator(".facts")).containsText("415 555 0199");
        assertThat(page.locator(".facts")).containsText("All-flash");

        page.locator("#record-tasks summary").click();
        page.locator("#record-tasks").getByLabel("Title").fill("Send Carol the SAN sizing worksheet");
        page.locator("#record-tasks").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create task")).click();
        assertThat(page.locator("#record-tasks")).containsText("Task created.");
        assertThat(page.locator("#record-tasks tbody")).containsText("Send Carol the SAN sizing worksheet");

        page.reload();
        assertThat(page.locator(".facts")).containsText("Oakland");
        assertThat(page.locator("#record-tasks tbody")).containsText("Send Carol the SAN sizing worksheet");
        assertThat(page.locator("#timeline")).containsText("Oakland");
        page.navigate("/inbox");
        assertThat(page.locator("#inbox-rows")).containsText("Send Carol the SAN sizing worksheet");
    }
}
