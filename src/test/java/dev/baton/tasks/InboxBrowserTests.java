package dev.baton.tasks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** Daniel signs in, opens his inbox, writes himself a task, sees it listed, completes it and sees it go. */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxBrowserTests {

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
    void writeATaskForMyselfCompleteItAndSeeItGo() {
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("daniel@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inbox")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbox"))).isVisible();
        assertThat(page.locator("#inbox-rows")).containsText("Book a technical demo for Brightwater Clinics");

        page.getByLabel("Title").fill("Send the Kestrel Foods proposal");
        page.getByLabel("Due").fill("2030-01-15T10:30");
        page.getByLabel("Priority").selectOption("high");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create task")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Task created.");
        Locator row = page.locator("#inbox-rows tr", new Page.LocatorOptions().setHasText("Send the Kestrel Foods proposal"));
        assertThat(row).isVisible();
        assertThat(row).containsText("Tue 15 Jan 2030, 10:30");
        assertThat(row).containsText("high");
        assertThat(row).containsText("you");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete")).click();
        assertThat(row).hasCount(0);
        page.reload();
        assertThat(page.locator("#inbox-rows")).not().containsText("Send the Kestrel Foods proposal");
    }
}
