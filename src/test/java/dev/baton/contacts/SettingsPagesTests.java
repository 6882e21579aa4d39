package dev.baton.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    void lifecycleStagesAreAddedRenamedAndReorderedButNotRemovedWhilePeopleAreAtThem() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        List<Map<String, String>> original = new ArrayList<>();
        admin.get("/api/v1/lifecycle-stages").json().values()
                .forEach(s -> original.add(Map.of("key", s.get("key").asString(), "name", s.get("name").asString())));
        try {
            Http eleanor = signedIn("eleanor@arcadia.example");
            String page = eleanor.get("/settings").body();
            assertThat(page).contains("mql | Marketing Qualified Lead");
            String lines = String.join("\n", "subscriber | Subscriber", "lead | Lead", "mql | Marketing Qualified Lead",
                    "sql | Sales Qualified Lead", "opportunity | Opportunity", "onboarding | Onboarding", "customer | Customer",
                    "evangelist | Advocate", "dead | Dead");
            var saved = eleanor.form("/settings/lifecycle-stages", Map.of("stages", lines, "_csrf", SignIn.csrf(page)));
            assertThat(saved.header("Location")).endsWith("/settings?stages");
            assertThat(admin.get("/api/v1/lifecycle-stages").json().values().stream().map(s -> s.get("key").asString()).toList())
                    .containsExactly("subscriber", "lead", "mql", "sql", "opportunity", "onboarding", "customer", "evangelist", "dead");
            assertThat(admin.get("/api/v1/lifecycle-stages").body()).contains("Advocate");

            var inUse = eleanor.form("/settings/lifecycle-stages", Map.of("stages", "lead | Lead\ncustomer | Customer",
                    "_csrf", SignIn.csrf(page)));
            assertThat(inUse.status()).isEqualTo(200);
            assertThat(inUse.body()).contains("a stage people are at cannot be removed").contains("subscriber (");

            var twice = admin.put("/api/v1/lifecycle-stages", List.of(Map.of("key", "lead", "name", "Lead"),
                    Map.of("key", "lead", "name", "Again"), Map.of("key", "Bad Key", "name", "")), null);
            assertThat(twice.status()).isEqualTo(400);
            assertThat(twice.body()).contains("stages[1].key").contains("is listed twice").contains("stages[2].key").contains("stages[2].name");
            var removing = admin.put("/api/v1/lifecycle-stages", List.of(Map.of("key", "lead", "name", "Lead")), null);
            assertThat(removing.status()).isEqualTo(409);

            var person = admin.post("/api/v1/people", Map.of("firstName", "Stage", "lastName", "Mover", "lifecycleStage", "onboarding"));
            assertThat(person.status()).isEqualTo(201);
            var between = admin.get("/api/v1/people/matching?query="
                    + URLEncoder.encode("lifecycle > opportunity and lifecycle < customer", StandardCharsets.UTF_8));
            assertThat(between.json().get("count").asLong()).isEqualTo(1);
            assertThat(between.body()).contains("Mover");
            assertThat(admin.post("/api/v1/people/" + person.json().get("id").asString() + "/lifecycle", Map.of("stage", "customer"))
                    .status()).isEqualTo(200);
        } finally {
            admin.put("/api/v1/lifecycle-stages", original, null);
        }
        assertThat(admin.get("/api/v1/lifecycle-stages").body()).doesNotContain("onboarding").doesNotContain("Advocate");
    }

    @Test
    void settingsNeedTheSettingsPermission() {
        assertThat(signedIn("sofia@arcadia.example").get("/settings").status()).isEqualTo(403);
    }
}
