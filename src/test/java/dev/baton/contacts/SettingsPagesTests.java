package dev.baton.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/** The settings pages, used through their forms: custom fields, note templates, pipelines. */
@BatonTest
class SettingsPagesTests {

    @LocalServerPort
    int port;

    Http signedIn(String email) {
        Http browser = Http.browser("http://localhost:" + port);
        SignIn.as(browser, email, BatonTest.DEMO_PASSWORD);
        return browser;
    }

    @Test
    void anExecutiveDefinesACustomFieldANoteTemplateAndAPipelineFromTheSettingsPages() {
        Http eleanor = signedIn("eleanor@arcadia.example");
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        String page = eleanor.get("/settings").body();
        assertThat(page).contains("Custom fields").contains("industry").contains("Marketing Qualified Lead").contains("newsletter");

        var added = eleanor.form("/settings/custom-fields", Map.of("object", "person", "key", "region_code", "label", "Sales region",
                "type", "select", "options", "North, South, East, West", "_csrf", SignIn.csrf(page)));
        assertThat(added.header("Location")).endsWith("/settings?added");
        assertThat(admin.get("/api/v1/custom-fields?object=person").body()).contains("region_code").contains("West");

        var refused = eleanor.form("/settings/custom-fields", Map.of("object", "person", "key", "Bad Key", "label", "",
                "type", "select", "_csrf", SignIn.csrf(page)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Please correct").contains("key").contains("options");

        String templates = eleanor.get("/settings/note-templates").body();
        var template = eleanor.form("/settings/note-templates", Map.of("name", "Support escalation", "fields",
                "severity* | Severity | choice | low, high, critical\ncustomer_impact | Customer impact | text", "_csrf", SignIn.csrf(templates)));
        assertThat(template.header("Location")).endsWith("?added");
        assertThat(admin.get("/api/v1/note-templates").body()).contains("Support escalation").contains("critical");

        String pipelines = eleanor.get("/settings/pipelines").body();
        assertThat(pipelines).contains("New business").contains("Closed won");
        var pipeline = eleanor.form("/settings/pipelines", Map.of("name", "Renewals", "currency", "EUR",
                "stages", "due | Renewal due | 60\nquoted | Quoted | 80\nrenewed | Renewed | 100 | won\nchurned | Churned | 0 | lost",
                "_csrf", SignIn.csrf(pipelines)));
        assertThat(pipeline.header("Location")).endsWith("?added");
        assertThat(admin.get("/api/v1/pipelines").body()).contains("Renewals").contains("churned");
    }

    @Test
    void settingsNeedTheSettingsPermission() {
        assertThat(signedIn("sofia@arcadia.example").get("/settings").status()).isEqualTo(403);
    }
}
