package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Documents;
import dev.baton.support.Http;
import dev.baton.support.Mailbox;
import dev.baton.support.SignIn;

import jakarta.mail.internet.MimeMessage;

/** Campaigns started by events, end to end through the public API and a real SMTP server. */
@BatonTest
class CampaignStoryTests {

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void aWebInquiryGetsAnAutoReplyNamingTheirSalesRepAndATaskForTheSdrsDueInOneBusinessDay() throws Exception {
        // The demo's Demand Generation document is a published campaign: its first trigger is the web-inquiry form.
        JsonNode campaign = admin.get("/api/v1/journeys/demand-generation").json();
        assertThat(campaign.get("status").asString()).as(campaign.toString()).isEqualTo("active");

        Instant before = Instant.now();
        var submitted = admin.post("/api/v1/forms/web-inquiry/submissions", Map.of("email", "quentin.query@example.com",
                "firstName", "Quentin", "lastName", "Query", "phone", "+1 415 555 0170",
                "fields", Map.of("message", "We need 200 TB of archive storage by March.")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json().get("newPerson").asBoolean()).isTrue();
        String person = submitted.json().get("person").asString();

        MimeMessage reply = Mailbox.await("quentin.query@example.com", 1).get(0);
        assertThat(reply.getSubject()).isEqualTo("Thanks for your inquiry, Quentin");
        JsonNode quentin = admin.get("/api/v1/people/" + person).json();
        assertThat(quentin.get("source").get("original").asString()).isEqualTo("direct");
        assertThat(quentin.get("source").get("detail").asString()).isEqualTo("form: web-inquiry");
        JsonNode rep = admin.get("/api/v1/users/" + quentin.get("owner").asString()).json();
        assertThat(rep.get("roles").toString()).contains("account-executive");
        String body = String.valueOf(((jakarta.mail.internet.MimeMultipart) reply.getContent()).getBodyPart(0).getContent());
        assertThat(reply.getContent().toString()).isNotBlank();
        assertThat(Mailbox.to("quentin.query@example.com")).hasSize(1);
        assertThat(text(reply)).contains(rep.get("displayName").asString()).contains(rep.get("email").asString());

        String sofia = SignIn.apiToken(port, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode task = Http.api("http://localhost:" + port, sofia).get("/api/v1/tasks/inbox?limit=500").json().get("items").values()
                    .stream().filter(t -> t.get("title").asString().equals("Call back about the web inquiry: Quentin Query"))
                    .findFirst().orElseThrow();
            assertThat(task.get("assignee").get("role").asString()).isEqualTo("sdr");
            assertThat(task.get("person").asString()).isEqualTo(person);
            ZonedDateTime due = Instant.parse(task.get("due").asString()).atZone(ZoneId.systemDefault());
            ZonedDateTime made = before.atZone(ZoneId.systemDefault());
            assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(due.toLocalTime().toSecondOfDay()).isCloseTo(made.toLocalTime().toSecondOfDay(), org.assertj.core.data.Offset.offset(120));
            assertThat(Duration.between(made, due).toDays()).isBetween(1L, 3L);
        });
        assertThat(admin.get("/api/v1/people/" + person + "/timeline").body())
                .contains("Form submitted: web-inquiry").contains("Email sent: Thanks for your inquiry, Quentin");

        var again = admin.post("/api/v1/forms/web-inquiry/submissions", Map.of("email", "QUENTIN.query@example.com"));
        assertThat(again.json().get("newPerson").asBoolean()).isFalse();
        assertThat(again.json().get("person").asString()).isEqualTo(person);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(Mailbox.to("quentin.query@example.com")).as("no re-entry").hasSize(1));
        assertThat(body).isNotNull();
    }

    @Test
    void publishingACampaignDeploysItAndOneThatCannotRunIsNotPublished() {
        Http marcus = Http.api("http://localhost:" + port, SignIn.apiToken(port, "marcus@arcadia.example", BatonTest.DEMO_PASSWORD));
        String yaml = Documents.head("partner-webinar", "Partner webinar", "L3", "demand-generation", "marketing-manager", "campaign") + """
                - key: registered
                  type: trigger
                  lane: system
                  name: Registered for the webinar
                  event: tag_applied
                  value: partner-webinar
                - key: hand-over
                  type: subprocess
                  lane: system
                  name: Hand over to lead management
                  process: lead-management
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """;
        String draft = marcus.send("POST", "/api/v1/processes", "application/yaml", yaml).json().get("id").asString();
        String path = "/api/v1/processes/partner-webinar/versions/" + draft;
        assertThat(marcus.post(path + "/review").json().get("state").asString()).isEqualTo("in_review");
        assertThat(marcus.post(path + "/approve", Map.of()).json().get("state").asString()).isEqualTo("approved");

        var refused = marcus.post(path + "/publish");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("steps[1].type");
        assertThat(marcus.get(path).json().get("state").asString()).isEqualTo("approved");
        assertThat(admin.get("/api/v1/journeys/partner-webinar").status()).isEqualTo(404);

        // Without the subprocess it runs: published, deployed, and a tag enrolls people.
        String fixed = marcus.post("/api/v1/processes/partner-webinar/drafts", Map.of("from", draft)).json().get("id").asString();
        String fixedPath = "/api/v1/processes/partner-webinar/versions/" + fixed;
        marcus.send("PUT", fixedPath, "application/yaml", yaml.replace("""
                - key: hand-over
                  type: subprocess
                  lane: system
                  name: Hand over to lead management
                  process: lead-management
                """, """
                - key: thank
                  type: action
                  lane: system
                  name: Tag as registered
                  action: tag
                  with:
                    tag: webinar-registered
                """));
        marcus.post(fixedPath + "/review");
        marcus.post(fixedPath + "/approve", Map.of());
        assertThat(marcus.post(fixedPath + "/publish").status()).isEqualTo(200);
        JsonNode journey = admin.get("/api/v1/journeys/partner-webinar").json();
        assertThat(journey.get("version").asInt()).isEqualTo(1);
        assertThat(journey.get("steps").findValuesAsString("node")).contains("thank", "done");
    }

    @Test
    void aTagStartsACampaignThatDecidesByASavedSearchAndMovesTheStage() {
        journeys.deploy("retail-nurture", "Retail nurture", new JourneyPlan(
                List.of(new JourneyPlan.Trigger("tag_applied", "retail-webinar")),
                List.of(JourneyPlan.Node.decide("retail", "tag = \"retail-webinar\" and email contains \"retail\"", "mql", "other"),
                        JourneyPlan.Node.stage("mql", "mql").withNext("done"),
                        JourneyPlan.Node.tag("other", "nurture-later"),
                        JourneyPlan.Node.exit("done", "completed"))), false);
        String inRetail = admin.post("/api/v1/people", Map.of("lastName", "Shopkeeper", "emails", List.of("shop@retail.example")))
                .json().get("id").asString();
        String elsewhere = admin.post("/api/v1/people", Map.of("lastName", "Banker", "emails", List.of("bank@finance.example")))
                .json().get("id").asString();
        admin.post("/api/v1/tags/retail-webinar/people", Map.of("people", List.of(inRetail, elsewhere)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(admin.get("/api/v1/people/" + inRetail).json().get("lifecycleStage").asString()).isEqualTo("mql");
            assertThat(admin.get("/api/v1/people/" + elsewhere).json().get("tags").toString()).contains("nurture-later");
        });
        assertThat(admin.get("/api/v1/people/" + elsewhere).json().get("lifecycleStage").asString()).isNotEqualTo("mql");
        assertThat(admin.get("/api/v1/people/" + inRetail).json().get("tags").toString()).doesNotContain("nurture-later");
    }

    @Test
    void aPlanNamingWhatDoesNotExistIsRefused() {
        var problem = org.assertj.core.api.Assertions.catchThrowableOfType(dev.baton.platform.api.InvalidInputException.class,
                () -> journeys.deploy("bad-refs", "Bad", new JourneyPlan(List.of(new JourneyPlan.Trigger("stage_changed", "vip")),
                        List.of(JourneyPlan.Node.email("mail", "no-such-template"), JourneyPlan.Node.task("t", "Call", "astronaut", "2 fortnights"),
                                JourneyPlan.Node.decide("d", "lifecycle >= ", "e", "e"), JourneyPlan.Node.exit("e", "completed"))), false));
        assertThat(problem.problems()).extracting(p -> p.field())
                .contains("nodes[1].sla");
        var references = org.assertj.core.api.Assertions.catchThrowableOfType(dev.baton.platform.api.InvalidInputException.class,
                () -> journeys.deploy("bad-refs", "Bad", new JourneyPlan(List.of(new JourneyPlan.Trigger("stage_changed", "vip")),
                        List.of(JourneyPlan.Node.email("mail", "no-such-template"), JourneyPlan.Node.task("t", "Call", "astronaut", "4h"),
                                JourneyPlan.Node.decide("d", "lifecycle >= ", "e", "e"), JourneyPlan.Node.exit("e", "completed"))), false));
        assertThat(references.problems()).extracting(p -> p.field())
                .containsExactlyInAnyOrder("nodes[0].template", "nodes[1].role", "nodes[2].query", "triggers[0].value");
    }

    private static String text(MimeMessage message) throws Exception {
        StringBuilder all = new StringBuilder();
        collect(message.getContent(), all);
        return all.toString();
    }

    private static void collect(Object content, StringBuilder all) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i).getContent(), all);
            }
        } else {
            all.append(content);
        }
    }
}
