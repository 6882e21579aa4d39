package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Documents;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/**
 * Baton as it runs by default, private webhook targets not allowed (the other tests allow them, their
 * receivers being on this machine): a call to the loopback or to the cloud metadata address is parked
 * at once, nothing sent, with the reason shown in the API and on the Webhooks page; a document naming
 * a private address is not published. A Baton of its own, closed after these tests.
 */
@BatonTest
@TestPropertySource(properties = "baton.webhooks.allow-private=false")
@DirtiesContext
class PrivateWebhookTargetsTests {

    private static final String HOW_TO_ALLOW = "set BATON_WEBHOOKS_ALLOW_PRIVATE=true to allow private targets";

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    Http admin;
    WebhookTests.Receiver receiver;
    String suffix;

    @BeforeEach
    void setUp() throws Exception {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        receiver = new WebhookTests.Receiver();
        suffix = Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void tearDown() {
        receiver.stop();
    }

    @Test
    void callsToTheLoopbackAndToTheCloudMetadataAddressAreParkedAtOnceAndNothingIsSent() {
        String key = "hook-private-" + suffix;
        journeys.deploy(key, "Private hooks", new JourneyPlan(List.of(new JourneyPlan.Trigger("tag_applied", key)), List.of(
                JourneyPlan.Node.action("call-local", "webhook", Map.of("url", receiver.url())),
                JourneyPlan.Node.action("call-metadata", "webhook", Map.of("url", "http://169.254.169.254/latest/meta-data/")),
                JourneyPlan.Node.exit("done", "completed"))), false);
        String person = admin.post("/api/v1/people", Map.of("firstName", "Lola", "lastName", "Local", "lifecycleStage", "subscriber",
                "emails", List.of(key + "@hooks.example"))).json().get("id").asString();

        admin.post("/api/v1/people/" + person + "/tags", Map.of("tags", List.of(key)));

        JsonNode local = awaitParked(d -> key.equals(d.get("process").asString()) && d.get("step").asString().equals("call-local"));
        JsonNode metadata = awaitParked(d -> key.equals(d.get("process").asString()) && d.get("step").asString().equals("call-metadata"));
        // the receiver URL names localhost: it is refused by the address it resolves to
        assertThat(local.get("lastError").asString()).startsWith("localhost resolves to ").contains("a loopback address; " + HOW_TO_ALLOW);
        assertThat(metadata.get("lastError").asString()).isEqualTo("169.254.169.254 is a link-local address; " + HOW_TO_ALLOW);
        for (JsonNode parked : List.of(local, metadata)) {
            assertThat(parked.get("attempts").asInt()).as("parked at the first attempt, never retried").isEqualTo(1);
            assertThat(parked.get("lastStatus").isNull()).isTrue();
        }
        assertThat(receiver.calls()).as("nothing was sent").isEmpty();

        // Marketing ops see why on the Webhooks page.
        Http priya = Http.browser("http://localhost:" + port);
        SignIn.as(priya, "priya@arcadia.example", BatonTest.DEMO_PASSWORD);
        String page = priya.get("/settings/webhooks").body();
        assertThat(page).contains("data-delivery=\"" + metadata.get("id").asString() + "\"")
                .contains("169.254.169.254 is a link-local address; " + HOW_TO_ALLOW);

        // Retried by hand, it is refused again at once: still nothing sent.
        Http marketing = admin.withToken(SignIn.apiToken(port, "priya@arcadia.example", BatonTest.DEMO_PASSWORD));
        assertThat(marketing.post("/api/v1/webhooks/deliveries/" + local.get("id").asString() + "/retry", Map.of()).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode again = admin.get("/api/v1/webhooks/deliveries/" + local.get("id").asString()).json();
            assertThat(again.get("status").asString()).isEqualTo("parked");
            assertThat(again.get("attempts").asInt()).isEqualTo(2);
        });
        assertThat(receiver.calls()).isEmpty();
    }

    @Test
    void aDocumentWhoseWebhookNamesAPrivateAddressIsNotPublished() {
        Http oliver = admin.withToken(SignIn.apiToken(port, "oliver@arcadia.example", BatonTest.DEMO_PASSWORD));
        String key = "hook-private-flow-" + suffix;
        String path = approved(oliver, Documents.head(key, "Private hook drill", "L4", null, "sales-manager", "workflow") + """
                - key: tagged
                  type: trigger
                  lane: system
                  name: Tagged for the drill
                  event: tag_applied
                  value: KEY
                - key: tell-erp
                  type: action
                  lane: system
                  name: Tell the ERP
                  action: webhook
                  with:
                    url: http://192.168.10.5:8080/erp
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """.replace("KEY", key));

        Http.Reply refused = oliver.post(path + "/publish");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("step tell-erp: 192.168.10.5 is a private address; " + HOW_TO_ALLOW)
                .contains("steps[1].with.url");
        assertThat(admin.get("/api/v1/workflows").body()).doesNotContain("\"document\":\"" + key + "\"");
        assertThat(admin.get(path).json().get("state").asString()).isEqualTo("approved");
    }

    /** Writes a document and takes it through review and approval; returns the version's path. */
    private static String approved(Http who, String yaml) {
        Http.Reply written = who.send("POST", "/api/v1/processes", "application/yaml", yaml);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        String path = "/api/v1/processes/" + written.json().get("document").asString() + "/versions/" + written.json().get("id").asString();
        assertThat(who.post(path + "/review").status()).isEqualTo(200);
        Http.Reply approved = who.post(path + "/approve", Map.of());
        assertThat(approved.json().get("state").asString()).as(approved.toString()).isEqualTo("approved");
        return path;
    }

    private JsonNode awaitParked(Predicate<JsonNode> which) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<JsonNode> parked = new ArrayList<>();
            admin.get("/api/v1/webhooks/deliveries?status=parked&limit=100").json().get("items").values().forEach(parked::add);
            found[0] = parked.stream().filter(which).findFirst().orElse(null);
            assertThat(found[0]).as(parked.toString()).isNotNull();
        });
        return found[0];
    }
}
