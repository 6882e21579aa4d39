package dev.baton.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;

@BatonTest
class DealsApiTests {

    @LocalServerPort
    int port;

    Http admin;
    String pipeline;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        pipeline = admin.get("/api/v1/pipelines").json().values().stream()
                .filter(p -> p.get("name").asString().equals("New business")).findFirst().orElseThrow().get("id").asString();
    }

    @Test
    void aDealWithLineItemsIsWorthTheirTotalAndMovesThroughTheStagesToWon() {
        String org = admin.post("/api/v1/organisations", Map.of("name", "Deal Test GmbH", "type", "prospect")).json().get("id").asString();
        String buyer = admin.post("/api/v1/people", Map.of("lastName", "Buyer", "organisations", List.of(Map.of("organisation", org))))
                .json().get("id").asString();

        var created = admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "name", "Deal Test — X9", "organisation", org,
                "people", List.of(Map.of("person", buyer, "role", "decision maker")),
                "lineItems", List.of(Map.of("product", "Arcadia X9", "quantity", 2, "unitPrice", 45000),
                        Map.of("product", "Installation", "quantity", 1, "unitPrice", 3500.50))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode deal = created.json();
        assertThat(deal.get("amount").decimalValue()).isEqualByComparingTo("93500.50");
        assertThat(deal.get("stage").asString()).isEqualTo("qualification");
        String id = deal.get("id").asString();

        admin.post("/api/v1/deals/" + id + "/stage", Map.of("stage", "proposal"));
        var won = admin.post("/api/v1/deals/" + id + "/stage", Map.of("stage", "won"));
        assertThat(won.json().get("status").asString()).isEqualTo("won");
        assertThat(won.json().get("closedAt").isNull()).isFalse();

        List<String> moves = new ArrayList<>();
        admin.get("/api/v1/deals/" + id + "/history").json().values().forEach(h -> moves.add(h.get("from").asString() + "→" + h.get("to").asString()));
        assertThat(moves).containsExactly("→qualification", "qualification→proposal", "proposal→won");

        var edit = admin.put("/api/v1/deals/" + id, Map.of("pipeline", pipeline, "name", "Renamed"), null);
        assertThat(edit.status()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                admin.get("/api/v1/organisations/" + org + "/timeline?type=stage_change").body())
                .contains("Deal won: Deal Test — X9").contains("Deal opened: Deal Test — X9"));
        long wonEntries = admin.get("/api/v1/organisations/" + org + "/timeline?type=stage_change").json().get("items").values().stream()
                .filter(a -> a.get("summary").asString().startsWith("Deal won")).count();
        assertThat(wonEntries).as("shown once on the organisation").isEqualTo(1);
    }

    @Test
    void aDealCarriesCustomFieldsAndEveryChangeIsRecordedOldToNew() {
        var field = admin.post("/api/v1/custom-fields", Map.of("object", "deal", "key", "competitor", "label", "Competitor",
                "type", "select", "options", List.of("None", "NetApp", "Pure")));
        assertThat(field.status()).as(field.toString()).isEqualTo(201);
        String org = admin.post("/api/v1/organisations", Map.of("name", "Custom Deal AG", "type", "prospect")).json().get("id").asString();

        var wrong = admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "name", "Custom deal", "organisation", org,
                "amount", 50000, "custom", Map.of("competitor", "Oracle", "colour", "red")));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("custom.competitor").contains("must be one of None, NetApp, Pure").contains("custom.colour");

        var created = admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "name", "Custom deal", "organisation", org,
                "amount", 50000, "custom", Map.of("competitor", "NetApp")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("custom").get("competitor").asString()).isEqualTo("NetApp");
        String id = created.json().get("id").asString();

        var changed = admin.put("/api/v1/deals/" + id, Map.of("pipeline", pipeline, "name", "Custom deal", "organisation", org,
                "amount", 64000, "custom", Map.of("competitor", "Pure")), created.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(admin.get("/api/v1/deals/" + id).json().get("custom").get("competitor").asString()).isEqualTo("Pure");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode entry = admin.get("/api/v1/organisations/" + org + "/timeline?type=field_change").json().get("items").values()
                    .stream().filter(a -> a.get("summary").asString().startsWith("Deal Custom deal")).findFirst().orElseThrow();
            assertThat(entry.get("summary").asString()).isEqualTo("Deal Custom deal: changed amount, custom.competitor");
            assertThat(entry.get("data").get("changes").get("custom.competitor").toString()).isEqualTo("[\"NetApp\",\"Pure\"]");
            assertThat(entry.get("data").get("changes").get("amount").get(1).decimalValue()).isEqualByComparingTo("64000");
            assertThat(entry.get("actor").asString()).isNotBlank();
        });
    }

    @Test
    void aLostDealNeedsItsReason() {
        String id = admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "name", "Doomed deal", "amount", 1000)).json().get("id").asString();

        var noReason = admin.post("/api/v1/deals/" + id + "/stage", Map.of("stage", "lost"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        var lost = admin.post("/api/v1/deals/" + id + "/stage", Map.of("stage", "lost", "reason", "Chose a competitor"));
        assertThat(lost.json().get("status").asString()).isEqualTo("lost");
        assertThat(lost.json().get("closeReason").asString()).isEqualTo("Chose a competitor");
        assertThat(admin.post("/api/v1/deals/" + id + "/stage", Map.of("stage", "nowhere")).status()).isEqualTo(400);
    }

    @Test
    void theBoardHasTotalsAndAWeightedForecastPerStage() {
        JsonNode board = admin.get("/api/v1/pipelines/" + pipeline + "/board").json();

        double forecast = 0;
        for (JsonNode column : board.get("columns").values()) {
            double total = 0;
            for (JsonNode card : column.get("cards").values()) {
                total += card.get("amount").asDouble();
            }
            assertThat(column.get("total").asDouble()).isCloseTo(total, org.assertj.core.data.Offset.offset(0.01));
            double weighted = total * column.get("stage").get("probability").asInt() / 100.0;
            assertThat(column.get("weighted").asDouble()).isCloseTo(weighted, org.assertj.core.data.Offset.offset(0.01));
            if (column.get("stage").get("outcome").asString().equals("open")) {
                forecast += weighted;
            }
        }
        assertThat(board.get("forecast").asDouble()).isCloseTo(forecast, org.assertj.core.data.Offset.offset(0.05)).isPositive();
    }

    @Test
    void badDealsAreRefusedNamingEachField() {
        var bad = admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "name", " ", "stage", "dreaming", "currency", "euro",
                "organisation", "0190c3a2-0000-7000-8000-000000000000",
                "lineItems", List.of(Map.of("product", "X", "quantity", 0, "unitPrice", -1))));

        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("stage", "name", "currency", "organisation", "lineItems[0].quantity",
                "lineItems[0].unitPrice");
        var badPipeline = admin.post("/api/v1/pipelines", Map.of("name", "Bad", "stages", List.of(
                Map.of("key", "won", "name", "Won", "probability", 140, "outcome", "won"))));
        assertThat(badPipeline.status()).isEqualTo(400);
    }
}
