package dev.baton.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.baton.support.BatonTest;
import dev.baton.support.Browser;

/** A person signs in, opens the org chart, sees the demo roles and who wears them, and signs out. */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgChartBrowserTests {

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
    void signInOpenTheOrgChartSeeTheDemoRolesAndSignOut() {
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/org-chart");
        assertThat(page).hasURL("http://localhost:" + port + "/login");

        page.getByLabel("Email").fill("eleanor@arcadia.example");
        page.getByLabel("Password").fill(BatonTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile("/org-chart(\\?continue)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Org chart"))).isVisible();
        var chart = page.locator("svg.org-chart");
        assertThat(chart).isVisible();
        assertThat(chart.locator("[data-role=executive]")).containsText("Eleanor Vance");
        assertThat(chart.locator("[data-role=sales-manager]")).containsText("Oliver Grant");
        assertThat(chart.locator("[data-role=sdr]")).containsText("Sofia Marquez");
        assertThat(chart.locator("[data-role=installer]")).containsText("Jack Morrison");
        assertThat(chart).containsText("Channel Partner");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Roles")).click();
        assertThat(page.locator("table")).containsText("Installation Planner");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL("http://localhost:" + port + "/login?signed-out");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
    }
}
