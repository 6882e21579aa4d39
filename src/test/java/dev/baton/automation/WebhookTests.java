package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.baton.automation.internal.JourneyRunner;
import dev.baton.automation.internal.WebhookCourier;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.support.BatonTest;
import dev.baton.support.Documents;
import dev.baton.support.Http;
import dev.baton.support.SignIn;
import dev.baton.support.TestClock;

/**
 * The webhook step of published processes, against a real receiver on a local port: signed calls
 * a receiver can check, exactly one per person and step, retries with growing waits when the
 * receiver refuses, parked deliveries a person sees and retries, in campaigns and workflows alike.
 */
@BatonTest
class WebhookTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Journeys journeys;

    @Autowired
    JourneyRunner runner;

    @Autowired
    WebhookCourier courier;

    @Autowired
    TestClock clock;

    Http admin;
    Http marcus;
    Receiver receiver;
    String suffix;

    @BeforeEach
    void setUp() throws IOException {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        marcus = admin.withToken(SignIn.apiToken(port, "marcus@arcadia.example", BatonTest.DEMO_PASSWORD));
        receiver = new Receiver();
        suffix = Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void tearDown() {
        receiver.stop();
        clock.reset();
    }

    @Test
    void aPublishedCampaignCallsItsWebhookOnceWithASignedPayloadNamingThePerson() throws Exception {
        String key = "hook-campaign-" + suffix;
        publish(marcus, Documents.head(key, "Partner sign-ups", "L3", null, "marketing-manager", "campaign") + """
                - key: signed-up
                  type: trigger
                  lane: system
                  name: Signed up through a partner
                  event: tag_applied
                  value: KEY
                - key: tell-partner
                  type: action
                  lane: system
                  name: Tell the partner's CRM
                  action: webhook
                  with:
                    url: URL
                    list: partners
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """.replace("KEY", key).replace("URL", receiver.url()));
        String person = person("Paula", "Partner");

        // Simulated first: the step says whom it would call, and calls nobody.
        var simulation = admin.post("/api/v1/processes/" + key + "/versions/published/simulation", Map.of("people", List.of(person)));
        assertThat(simulation.status()).as(simulation.toString()).isEqualTo(200);
        JsonNode simulated = simulation.json().get("people").get(0).get("path");
        assertThat(simulated.values().stream().filter(p -> p.get("step").asString().equals("tell-partner")).findFirst().orElseThrow()
                .get("note").asString()).startsWith("would call " + receiver.url());
        assertThat(receiver.calls()).isEmpty();

        admin.post("/api/v1/people/" + person + "/tags", Map.of("tags", List.of(key)));

        Call call = receiver.awaitCalls(1).get(0);
        String secret = admin.get("/api/v1/webhooks/secret").json().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(verifies(call, secret)).as("the signature checks with the workspace's secret").isTrue();
        JsonNode payload = JSON.readTree(call.body());
        assertThat(payload.get("event").asString()).isEqualTo("process.step");
        assertThat(payload.get("process").asString()).isEqualTo(key);
        assertThat(payload.get("version").asInt()).isEqualTo(1);
        assertThat(payload.get("step").asString()).isEqualTo("tell-partner");
        assertThat(payload.get("person").get("id").asString()).isEqualTo(person);
        assertThat(payload.get("person").get("name").asString()).isEqualTo("Paula Partner");
        assertThat(payload.get("person").get("email").asString()).isEqualTo("paula.partner." + suffix + "@hooks.example");
        assertThat(payload.get("data").toString()).isEqualTo("{\"list\":\"partners\"}");
        assertThat(payload.get("delivery").asString()).isEqualTo(call.header("Baton-Delivery"));
        assertThat(call.header("Idempotency-Key")).matches("journey:\\d+:tell-partner:\\d+");

        JsonNode delivery = awaitDelivery(call.header("Baton-Delivery"), d -> d.get("status").asString().equals("delivered"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("person").asString()).isEqualTo(person);
        assertThat(delivery.get("payload").get("person").get("name").asString()).isEqualTo("Paula Partner");

        // Running the runner and the courier again calls nobody again.
        runner.runDue();
        courier.deliverDue();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(receiver.calls()).hasSize(1));
        assertThat(admin.get("/api/v1/journeys/" + key).json().toString()).contains("\"node\":\"tell-partner\"");
    }

    @Test
    void aReceiverThatFailsTwiceIsCalledAgainAfterGrowingWaitsAndGetsTheCallOnce() {
        AtomicInteger answered = new AtomicInteger();
        receiver.answer(() -> answered.incrementAndGet() <= 2 ? 500 : 200);
        String person = enrolledInWebhookJourney();

        Call first = receiver.awaitCalls(1).get(0);
        String id = first.header("Baton-Delivery");
        JsonNode afterFirst = awaitDelivery(id, d -> d.get("attempts").asInt() == 1 && waited(d).equals(Duration.ofMinutes(1)));
        assertThat(afterFirst.get("status").asString()).isEqualTo("pending");
        assertThat(afterFirst.get("lastStatus").asInt()).isEqualTo(500);
        assertThat(afterFirst.get("lastError").asString()).contains("HTTP 500");

        moveTo(afterFirst);
        JsonNode afterSecond = awaitDelivery(id, d -> d.get("attempts").asInt() == 2 && waited(d).equals(Duration.ofMinutes(5)));
        assertThat(afterSecond.get("status").asString()).isEqualTo("pending");

        moveTo(afterSecond);
        JsonNode delivered = awaitDelivery(id, d -> d.get("status").asString().equals("delivered"));
        assertThat(delivered.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivered.get("lastStatus").asInt()).isEqualTo(200);
        assertThat(delivered.get("deliveredAt").isNull()).isFalse();
        assertThat(receiver.calls()).hasSize(3).extracting(c -> c.header("Idempotency-Key")).containsOnly(first.header("Idempotency-Key"));
        assertThat(receiver.calls()).extracting(c -> c.header("Baton-Delivery")).containsOnly(id);
        assertThat(JSON.readTree(receiver.calls().get(2).body()).get("person").get("id").asString()).isEqualTo(person);

        courier.deliverDue();
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(receiver.calls()).hasSize(3));
    }

    @Test
    void aReceiverThatAlwaysRefusesGetsItsDeliveryParkedVisibleAndRetriedByHand() {
        AtomicInteger status = new AtomicInteger(503);
        receiver.answer(status::get);
        enrolledInWebhookJourney();
        String id = receiver.awaitCalls(1).get(0).header("Baton-Delivery");

        // The default schedule: seven waits growing from a minute to six hours, then the eighth attempt is the last.
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6));
        for (int attempt = 1; attempt < 8; attempt++) {
            int made = attempt;
            JsonNode pending = awaitDelivery(id, d -> d.get("attempts").asInt() == made && waited(d).equals(waits.get(made - 1)));
            assertThat(pending.get("status").asString()).isEqualTo("pending");
            assertThat(receiver.calls()).hasSize(made);
            moveTo(pending);
        }
        JsonNode parked = awaitDelivery(id, d -> d.get("status").asString().equals("parked"));
        assertThat(parked.get("attempts").asInt()).isEqualTo(8);
        assertThat(parked.get("lastStatus").asInt()).isEqualTo(503);
        assertThat(parked.get("lastError").asString()).contains("HTTP 503").doesNotContain("busy");
        assertThat(receiver.calls()).hasSize(8);

        // Parked, it is listed as such and written to the audit trail; it is not called again by itself.
        assertThat(parkedIds()).contains(id);
        assertThat(admin.get("/api/v1/audit?subjectType=webhook_delivery&subjectId=" + id).json().get("items").toString())
                .contains("webhook.parked");
        clock.advance(Duration.ofDays(1));
        courier.deliverDue();
        assertThat(receiver.calls()).hasSize(8);

        // The receiver is fixed; a person retries the delivery, and it goes out once.
        status.set(204);
        Http sofia = admin.withToken(SignIn.apiToken(port, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD));
        assertThat(sofia.post("/api/v1/webhooks/deliveries/" + id + "/retry", Map.of()).status()).as("retrying is marketing's")
                .isEqualTo(403);
        Http priya = admin.withToken(SignIn.apiToken(port, "priya@arcadia.example", BatonTest.DEMO_PASSWORD));
        var retried = priya.post("/api/v1/webhooks/deliveries/" + id + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isIn("pending", "delivered");
        JsonNode delivered = awaitDelivery(id, d -> d.get("status").asString().equals("delivered"));
        assertThat(delivered.get("attempts").asInt()).isEqualTo(9);
        assertThat(receiver.calls()).hasSize(9);
        assertThat(parkedIds()).doesNotContain(id);

        var again = priya.post("/api/v1/webhooks/deliveries/" + id + "/retry", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body()).contains("Only a parked webhook delivery can be retried");
        assertThat(admin.get("/api/v1/webhooks/deliveries/" + UUID.randomUUID()).status()).isEqualTo(404);
        var badStatus = admin.get("/api/v1/webhooks/deliveries?status=lost");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("must be pending, delivered or parked");
    }

    @Test
    void aWorkflowCallsItsWebhookAboutThePersonAndTheDealItOpened() throws Exception {
        Http oliver = admin.withToken(SignIn.apiToken(port, "oliver@arcadia.example", BatonTest.DEMO_PASSWORD));
        String key = "hook-flow-" + suffix;
        publish(oliver, Documents.head(key, "Deal hook drill", "L4", null, "sales-manager", "workflow") + """
                - key: tagged
                  type: trigger
                  lane: system
                  name: Tagged for the drill
                  event: tag_applied
                  value: KEY
                - key: open-deal
                  type: action
                  lane: system
                  name: Open a deal
                  action: create_deal
                  with:
                    pipeline: new-business
                - key: tell-orders
                  type: action
                  lane: system
                  name: Tell the order system
                  action: webhook
                  with:
                    url: URL
                    queue: new-deals
                - key: done
                  type: exit
                  lane: system
                  name: Done
                  outcome: completed
                """.replace("KEY", key).replace("URL", receiver.url()));
        String person = person("Walter", "Flow");

        admin.post("/api/v1/people/" + person + "/tags", Map.of("tags", List.of(key)));

        Call call = receiver.awaitCalls(1).get(0);
        assertThat(verifies(call, admin.get("/api/v1/webhooks/secret").json().get("secret").asString())).isTrue();
        JsonNode payload = JSON.readTree(call.body());
        assertThat(payload.get("process").asString()).isEqualTo(key);
        assertThat(payload.get("version").asInt()).isEqualTo(1);
        assertThat(payload.get("step").asString()).isEqualTo("tell-orders");
        assertThat(payload.get("person").get("name").asString()).isEqualTo("Walter Flow");
        assertThat(payload.get("deal").get("name").asString()).contains("Walter Flow");
        assertThat(payload.get("data").get("queue").asString()).isEqualTo("new-deals");
        assertThat(call.header("Idempotency-Key")).startsWith("workflow:").endsWith(":tell-orders:1");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(receiver.calls()).hasSize(1));
    }

    @Test
    void aPlanWhoseWebhookIsNotAnHttpAddressIsRefusedAndTheSecretIsAnAdminsToRotate() {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> journeys.deploy("hook-bad-" + suffix, "Bad hook",
                new JourneyPlan(List.of(new JourneyPlan.Trigger("tag_applied", "hook-bad")),
                        List.of(JourneyPlan.Node.action("call", "webhook", Map.of("url", "ftp://files.example/drop")),
                                JourneyPlan.Node.exit("done", "completed"))), false));
        assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("nodes[0].with.url");

        Http sofia = admin.withToken(SignIn.apiToken(port, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD));
        assertThat(sofia.get("/api/v1/webhooks/secret").status()).isEqualTo(403);
        assertThat(sofia.get("/api/v1/webhooks/deliveries?limit=5").status()).isEqualTo(200);
        String before = admin.get("/api/v1/webhooks/secret").json().get("secret").asString();
        var rotated = admin.post("/api/v1/webhooks/secret", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        String after = rotated.json().get("secret").asString();
        assertThat(after).startsWith("whsec_").isNotEqualTo(before);
        assertThat(admin.get("/api/v1/webhooks/secret").json().get("secret").asString()).isEqualTo(after);
    }

    @Test
    void afterARotationCallsCarryTheOldSecretsSignatureTooForADay() throws Exception {
        String key = "hook-rotate-" + suffix;
        journeys.deploy(key, "Hook rotation", new JourneyPlan(List.of(new JourneyPlan.Trigger("tag_applied", key)),
                List.of(JourneyPlan.Node.action("call", "webhook", Map.of("url", receiver.url())),
                        JourneyPlan.Node.exit("done", "completed"))), false);
        String old = admin.get("/api/v1/webhooks/secret").json().get("secret").asString();
        var rotated = admin.post("/api/v1/webhooks/secret", Map.of());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String fresh = rotated.json().get("secret").asString();
        assertThat(Instant.parse(rotated.json().get("previousValidUntil").asString()))
                .isEqualTo(Instant.parse(rotated.json().get("createdAt").asString()).plus(Duration.ofHours(24)));

        // Within the day: a receiver that knows only the old secret, and one that knows the new, both accept the call.
        admin.post("/api/v1/people/" + person("Otto", "Overlap") + "/tags", Map.of("tags", List.of(key)));
        Call during = receiver.awaitCalls(1).get(0);
        assertThat(signatures(during)).isEqualTo(2);
        assertThat(during.header("Baton-Signature")).matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
        assertThat(verifies(during, old)).as("the old secret still checks").isTrue();
        assertThat(verifies(during, fresh)).as("the new secret checks").isTrue();
        assertThat(verifies(during, "whsec_not-the-secret")).isFalse();

        // A day later only the new secret signs.
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(admin.get("/api/v1/webhooks/secret").json().get("previousValidUntil").isNull()).isTrue();
        admin.post("/api/v1/people/" + person("Nina", "New") + "/tags", Map.of("tags", List.of(key)));
        Call after = receiver.awaitCalls(2).get(1);
        assertThat(signatures(after)).isEqualTo(1);
        assertThat(verifies(after, fresh)).isTrue();
        assertThat(verifies(after, old)).as("the old secret no longer checks").isFalse();

        // A secret that leaked is replaced at once: the next call carries only the newest signature.
        var revoked = admin.post("/api/v1/webhooks/secret", Map.of("keepPrevious", false));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("previousValidUntil").isNull()).isTrue();
        String newest = revoked.json().get("secret").asString();
        admin.post("/api/v1/people/" + person("Lea", "Leak") + "/tags", Map.of("tags", List.of(key)));
        Call leaked = receiver.awaitCalls(3).get(2);
        assertThat(signatures(leaked)).isEqualTo(1);
        assertThat(verifies(leaked, newest)).isTrue();
        assertThat(verifies(leaked, fresh)).as("the leaked secret no longer checks").isFalse();
    }

    /** A journey that calls the receiver, and a person enrolled in it by a tag; returns the person. */
    private String enrolledInWebhookJourney() {
        String key = "hook-journey-" + suffix;
        journeys.deploy(key, "Hook journey", new JourneyPlan(List.of(new JourneyPlan.Trigger("tag_applied", key)),
                List.of(JourneyPlan.Node.action("call", "webhook", Map.of("url", receiver.url())),
                        JourneyPlan.Node.exit("done", "completed"))), false);
        String person = person("Rita", "Retry");
        admin.post("/api/v1/people/" + person + "/tags", Map.of("tags", List.of(key)));
        return person;
    }

    private void publish(Http who, String yaml) {
        Documents.publish(who, yaml);
    }

    private String person(String first, String last) {
        var created = admin.post("/api/v1/people", Map.of("firstName", first, "lastName", last, "lifecycleStage", "subscriber",
                "emails", List.of(first.toLowerCase() + "." + last.toLowerCase() + "." + suffix + "@hooks.example")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode awaitDelivery(String id, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode delivery = admin.get("/api/v1/webhooks/deliveries/" + id).json();
            assertThat(condition.test(delivery)).as(delivery.toString()).isTrue();
            found[0] = delivery;
        });
        return found[0];
    }

    /** How long a pending delivery waits after its last attempt. */
    private static Duration waited(JsonNode delivery) {
        return Duration.between(Instant.parse(delivery.get("lastAttemptAt").asString()), Instant.parse(delivery.get("nextAttemptAt").asString()));
    }

    /** Moves Baton's clock just past when a pending delivery is due. */
    private void moveTo(JsonNode pending) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(pending.get("nextAttemptAt").asString())).plusSeconds(1));
    }

    private List<String> parkedIds() {
        List<String> ids = new ArrayList<>();
        admin.get("/api/v1/webhooks/deliveries?status=parked&limit=500").json().get("items").values()
                .forEach(d -> ids.add(d.get("id").asString()));
        return ids;
    }

    /**
     * What a receiver does: recompute the HMAC over "t.body" with the secret and accept the call if
     * any v1 of the header is that (after a rotation there are two), and t is recent.
     */
    private boolean verifies(Call call, String secret) throws Exception {
        String t = null;
        List<String> signatures = new ArrayList<>();
        for (String part : call.header("Baton-Signature").split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = kv[1];
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = java.util.HexFormat.of().formatHex(mac.doFinal((t + "." + call.body()).getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
        long age = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(t));
        return age < 300 && signatures.stream()
                .anyMatch(v1 -> java.security.MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.UTF_8)));
    }

    /** How many v1 signatures a call carries. */
    private static long signatures(Call call) {
        return java.util.Arrays.stream(call.header("Baton-Signature").split(",")).filter(p -> p.startsWith("v1=")).count();
    }

    /** One call the receiver got. */
    record Call(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    /** A webhook receiver on a local port, answering with the status it is told to. */
    static final class Receiver {

        private final HttpServer server;
        private final List<Call> calls = new CopyOnWriteArrayList<>();
        private volatile IntSupplier status = () -> 200;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/hooks", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()), body));
                int code = status.getAsInt();
                byte[] answer = (code >= 300 ? "busy, try later" : "thanks").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(code, code == 204 ? -1 : answer.length);
                if (code != 204) {
                    exchange.getResponseBody().write(answer);
                }
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort() + "/hooks/receive";
        }

        void answer(IntSupplier status) {
            this.status = status;
        }

        List<Call> calls() {
            return List.copyOf(calls);
        }

        List<Call> awaitCalls(int count) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(calls).hasSizeGreaterThanOrEqualTo(count));
            return calls();
        }

        void stop() {
            server.stop(0);
        }
    }
}
