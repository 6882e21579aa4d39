package dev.baton.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.activities.Timeline;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;

/** Saved searches over organisations and deals: counts, pages, CSV, searches that use others, and their mistakes. */
@BatonTest
class ObjectSearchApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Timeline timeline;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void organisationSearchesCountPageExportAndNest() {
        String alpha = organisation("Orgsearch Alpha", "customer", "Retail", "Lyon");
        String beta = organisation("Orgsearch Beta", "prospect", "Retail", "Porto");
        String gamma = organisation("Orgsearch Gamma", "customer", "Finance", "Lyon");
        admin.post("/api/v1/organisations/" + alpha + "/tags", Map.of("tag", "orgsearch-vip"));
        admin.post("/api/v1/organisations/" + gamma + "/tags", Map.of("tag", "orgsearch-vip"));
        person("Ada", "customer", alpha);
        person("Ben", "lead", alpha);
        person("Cleo", "subscriber", gamma);
        timeline.record(new NewActivity(ActivityType.MEETING, null, UUID.fromString(alpha), Instant.now().minus(3, ChronoUnit.DAYS),
                "Meeting: quarterly review", null, Map.of(), "sales"));

        var retail = admin.post("/api/v1/segments", Map.of("name", "Orgsearch retail", "object", "organisation",
                "query", "name contains \"Orgsearch\" and custom.industry = \"Retail\""));
        assertThat(retail.status()).isEqualTo(201);
        assertThat(retail.json().get("object").asString()).isEqualTo("organisation");

        JsonNode matches = admin.get(retail.header("Location") + "/matches").json();
        assertThat(matches.get("count").asLong()).isEqualTo(2);
        assertThat(names(matches)).containsExactlyInAnyOrder("Orgsearch Alpha", "Orgsearch Beta");
        JsonNode first = item(matches, "Orgsearch Alpha");
        assertThat(first.get("type").asString()).isEqualTo("customer");
        assertThat(first.get("city").asString()).isEqualTo("Lyon");
        assertThat(first.get("people").asLong()).isEqualTo(2);
        assertThat(first.get("tags").get(0).asString()).isEqualTo("orgsearch-vip");

        var vip = admin.post("/api/v1/segments", Map.of("name", "Orgsearch retail VIP customers", "object", "organisation",
                "query", "segment \"Orgsearch retail\" and type = customer and tag = \"orgsearch-vip\" and people >= 2"));
        assertThat(vip.status()).isEqualTo(201);
        JsonNode nested = admin.get(vip.header("Location") + "/matches").json();
        assertThat(nested.get("count").asLong()).isEqualTo(1);
        assertThat(names(nested)).containsExactly("Orgsearch Alpha");

        assertThat(organisationCount("name contains \"Orgsearch\" and person.lifecycle >= customer")).isEqualTo(1);
        assertThat(organisationCount("name contains \"Orgsearch\" and city = \"lyon\" and not type = prospect")).isEqualTo(2);
        assertThat(organisationCount("name contains \"Orgsearch\" and activity(meeting, last 30 days) >= 1")).isEqualTo(1);
        assertThat(organisationCount("name contains \"Orgsearch\" and people = 0")).isEqualTo(1);

        var csv = admin.get(retail.header("Location") + "/matches.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("organisations.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,name,type,domain,city,country,owner,tags,people,created_at");
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(alpha + ",Orgsearch Alpha,customer,")
                .contains(",Lyon,").contains(",orgsearch-vip,2,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(beta + ",Orgsearch Beta,prospect,"));
    }

    @Test
    void aSearchUsesOnlySearchesOfItsOwnObject() {
        var people = admin.post("/api/v1/segments", Map.of("name", "Mixsearch people", "query", "lifecycle = customer"));
        assertThat(people.status()).isEqualTo(201);
        assertThat(people.json().get("object").asString()).as("no object still means people").isEqualTo("person");
        var organisations = admin.post("/api/v1/segments", Map.of("name", "Mixsearch customers", "object", "organisation",
                "query", "type = customer"));
        assertThat(organisations.status()).isEqualTo(201);

        String query = "type = customer and segment \"Mixsearch people\"";
        var mixed = admin.post("/api/v1/segments", Map.of("name", "Mixsearch mixed", "object", "organisation", "query", query));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.json().get("detail").asString()).contains("The saved search 'Mixsearch people' selects people, not organisations");
        assertThat(mixed.json().get("position").asInt()).isEqualTo(query.indexOf("\"Mixsearch people\""));
        assertThat(mixed.json().get("expected").asString()).isEqualTo("a saved search over organisations");
        assertThat(admin.get("/api/v1/segments").json().valueStream().map(s -> s.get("name").asString()))
                .doesNotContain("Mixsearch mixed");

        var dealsUsingPeople = admin.get("/api/v1/deals/matching?query=" + enc("segment \"Mixsearch customers\""));
        assertThat(dealsUsingPeople.status()).isEqualTo(400);
        assertThat(dealsUsingPeople.json().get("detail").asString()).contains("selects organisations, not deals");

        assertThat(admin.get(organisations.header("Location") + "/people").status()).as("people of an organisation search").isEqualTo(400);
        assertThat(admin.post("/api/v1/segments", Map.of("name", "Mixsearch planets", "object", "planet", "query", "name = x"))
                .json().get("detail").asString()).contains("person, organisation, deal");

        var user = admin.post("/api/v1/segments", Map.of("name", "Mixsearch VIP customers", "object", "organisation",
                "query", "segment \"Mixsearch customers\" and people >= 1"));
        assertThat(user.status()).isEqualTo(201);
        var changeObject = admin.put(organisations.header("Location"), Map.of("name", "Mixsearch customers", "object", "person",
                "query", "lifecycle = customer"), organisations.header("ETag"));
        assertThat(changeObject.status()).isEqualTo(409);
        assertThat(changeObject.json().get("detail").asString()).contains("used by Mixsearch VIP customers");
        assertThat(admin.get(organisations.header("Location")).json().get("object").asString()).isEqualTo("organisation");
    }

    @Test
    void unknownFieldsAreReportedWhereTheyStandWithTheFieldsOfTheObject() {
        String query = "type = customer and lifecycle >= lead";
        var organisation = admin.get("/api/v1/organisations/matching?query=" + enc(query));
        assertThat(organisation.status()).isEqualTo(400);
        assertThat(organisation.header("Content-Type")).startsWith("application/problem+json");
        assertThat(organisation.json().get("position").asInt()).isEqualTo(query.indexOf("lifecycle"));
        assertThat(organisation.json().get("detail").asString()).contains("Unknown field 'lifecycle'");
        assertThat(organisation.json().get("expected").asString()).contains("person.<field>").contains("people");

        String dealQuery = "amount > 10 and lifecycle = customer";
        var deal = admin.post("/api/v1/segments", Map.of("name", "Badsearch deals", "object", "deal", "query", dealQuery));
        assertThat(deal.status()).isEqualTo(400);
        assertThat(deal.json().get("position").asInt()).isEqualTo(dealQuery.indexOf("lifecycle"));
        assertThat(deal.json().get("expected").asString()).contains("stage").contains("amount");

        String badType = "type = partner";
        var type = admin.get("/api/v1/organisations/matching?query=" + enc(badType));
        assertThat(type.json().get("position").asInt()).isEqualTo(badType.indexOf("partner"));
        assertThat(type.json().get("expected").asString()).contains("channel_partner");

        String nestedField = "person.colour = red";
        var nested = admin.get("/api/v1/organisations/matching?query=" + enc(nestedField));
        assertThat(nested.json().get("position").asInt()).isEqualTo(nestedField.indexOf("colour"));

        String activity = "status = open and activity(email, last 30 days) >= 1";
        var dealActivity = admin.get("/api/v1/deals/matching?query=" + enc(activity));
        assertThat(dealActivity.status()).isEqualTo(400);
        assertThat(dealActivity.json().get("detail").asString()).contains("not of deals");

        String missing = "stage >= and amount > 5";
        var syntax = admin.get("/api/v1/deals/matching?query=" + enc(missing));
        assertThat(syntax.json().get("position").asInt()).isEqualTo(missing.indexOf("and"));
        assertThat(syntax.json().get("expected").asString()).contains("a value");
    }

    @Test
    void dealsBySizeAndHowFarTheyHaveCome() {
        String pipeline = pipelineId("New business");
        String customer = organisation("Dealsearch Buyer", "customer", "Retail", "Graz");
        String prospect = organisation("Dealsearch Prospect", "prospect", "Health", "Linz");
        String small = deal(pipeline, "qualification", "Dealsearch small", 10_000, customer, "2027-01-15");
        String proposal = deal(pipeline, "proposal", "Dealsearch proposal", 60_000, customer, "2027-02-15");
        String negotiation = deal(pipeline, "negotiation", "Dealsearch negotiation", 90_000, prospect, "2027-03-15");
        String won = deal(pipeline, "qualification", "Dealsearch won", 120_000, customer, "2026-12-01");
        assertThat(admin.post("/api/v1/deals/" + won + "/stage", Map.of("stage", "won")).status()).isEqualTo(200);

        JsonNode advanced = admin.get("/api/v1/deals/matching?query="
                + enc("name contains \"Dealsearch\" and stage >= proposal and amount > 50000")).json();
        assertThat(advanced.get("count").asLong()).isEqualTo(3);
        assertThat(names(advanced)).containsExactlyInAnyOrder("Dealsearch proposal", "Dealsearch negotiation", "Dealsearch won");
        JsonNode row = item(advanced, "Dealsearch proposal");
        assertThat(row.get("stage").asString()).isEqualTo("proposal");
        assertThat(row.get("pipelineName").asString()).isEqualTo("New business");
        assertThat(row.get("amount").decimalValue()).isEqualByComparingTo("60000");
        assertThat(row.get("organisationName").asString()).isEqualTo("Dealsearch Buyer");
        assertThat(row.get("expectedClose").asString()).isEqualTo("2027-02-15");

        assertThat(dealNames("name contains \"Dealsearch\" and stage = proposal")).containsExactly("Dealsearch proposal");
        assertThat(dealNames("name contains \"Dealsearch\" and stage < proposal")).containsExactly("Dealsearch small");
        assertThat(dealNames("name contains \"Dealsearch\" and status = open and amount >= 60000"))
                .containsExactlyInAnyOrder("Dealsearch proposal", "Dealsearch negotiation");
        assertThat(dealNames("name contains \"Dealsearch\" and status = won")).containsExactly("Dealsearch won");
        assertThat(dealNames("name contains \"Dealsearch\" and organisation.type = prospect")).containsExactly("Dealsearch negotiation");
        assertThat(dealNames("name contains \"Dealsearch\" and organisation = \"dealsearch buyer\" and close < 2027-01-31"))
                .containsExactlyInAnyOrder("Dealsearch small", "Dealsearch won");
        assertThat(dealNames("name contains \"Dealsearch\" and pipeline = \"new business\" and currency = eur")).hasSize(4);

        String unknownStage = "stage >= signed";
        var stage = admin.get("/api/v1/deals/matching?query=" + enc(unknownStage));
        assertThat(stage.status()).isEqualTo(400);
        assertThat(stage.json().get("position").asInt()).isEqualTo(unknownStage.indexOf("signed"));
        assertThat(stage.json().get("expected").asString()).contains("qualification, discovery, proposal");
        var pipelineName = admin.get("/api/v1/deals/matching?query=" + enc("pipeline = \"Old business\""));
        assertThat(pipelineName.json().get("expected").asString()).contains("\"New business\"");

        assertThat(organisationCount("name contains \"Dealsearch\" and deal.amount > 100000")).isEqualTo(1);
        assertThat(small).isNotEqualTo(proposal).isNotEqualTo(negotiation);
    }

    @Test
    void savedDealSearchesNestAndExport() {
        String pipeline = pipelineId("New business");
        String buyer = organisation("Dealnest Buyer", "customer", "Retail", "Bern");
        String bigOpenDeal = deal(pipeline, "discovery", "Dealnest big open", 80_000, buyer, "2027-04-01");
        deal(pipeline, "discovery", "Dealnest small open", 8_000, buyer, "2027-04-01");
        String lost = deal(pipeline, "proposal", "Dealnest big lost", 75_000, buyer, "2027-04-01");
        admin.post("/api/v1/deals/" + lost + "/stage", Map.of("stage", "lost", "reason", "No budget this year"));
        createScoreField();
        var scored = admin.put("/api/v1/deals/" + bigOpenDeal, Map.of("pipeline", pipeline, "name", "Dealnest big open",
                "amount", 80_000, "organisation", buyer, "expectedClose", "2027-04-01", "custom", Map.of("nest_score", 7)), null);
        assertThat(scored.status()).as(scored.toString()).isEqualTo(200);

        var big = admin.post("/api/v1/segments", Map.of("name", "Dealnest big", "object", "deal",
                "query", "name contains \"Dealnest\" and amount > 50000"));
        assertThat(big.status()).isEqualTo(201);
        var bigOpen = admin.post("/api/v1/segments", Map.of("name", "Dealnest big open", "object", "deal",
                "query", "segment \"Dealnest big\" and status = open"));
        assertThat(bigOpen.status()).isEqualTo(201);

        JsonNode matches = admin.get(bigOpen.header("Location") + "/matches?limit=1").json();
        assertThat(matches.get("count").asLong()).isEqualTo(1);
        assertThat(names(matches)).containsExactly("Dealnest big open");
        assertThat(matches.path("next").isNull()).isTrue();
        JsonNode all = admin.get(big.header("Location") + "/matches?limit=1").json();
        assertThat(all.get("count").asLong()).isEqualTo(2);
        JsonNode second = admin.get(big.header("Location") + "/matches?limit=1&cursor=" + all.get("next").asString()).json();
        assertThat(second.path("count").isNull()).as("the count comes with the first page").isTrue();
        List<String> both = new ArrayList<>(names(all));
        both.addAll(names(second));
        assertThat(both).containsExactlyInAnyOrder("Dealnest big open", "Dealnest big lost");

        assertThat(dealNames("name contains \"Dealnest\" and custom.nest_score >= 5")).containsExactly("Dealnest big open");
        var badCustom = admin.get("/api/v1/deals/matching?query=" + enc("custom.industry = \"Retail\""));
        assertThat(badCustom.json().get("expected").asString()).contains("custom.nest_score");

        var csv = admin.get(big.header("Location") + "/matches.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("deals.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,name,pipeline,stage,status,amount,currency,expected_close,owner,organisation,created_at");
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",Dealnest big open,New business,discovery,open,80000.00,EUR,2027-04-01,")
                .contains(",Dealnest Buyer,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",Dealnest big lost,New business,lost,lost,75000.00,"));

        var adHoc = admin.get("/api/v1/deals/matching.csv?query=" + enc("name = \"Dealnest small open\""));
        assertThat(adHoc.body().lines().toList()).hasSize(2);
    }

    private void createScoreField() {
        var field = admin.post("/api/v1/custom-fields", Map.of("object", "deal", "key", "nest_score", "label", "Nest score", "type", "number"));
        assertThat(field.status()).isEqualTo(201);
    }

    private long organisationCount(String query) {
        var reply = admin.get("/api/v1/organisations/matching?limit=1&query=" + enc(query));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("count").asLong();
    }

    private List<String> dealNames(String query) {
        var reply = admin.get("/api/v1/deals/matching?limit=100&query=" + enc(query));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("count").asLong()).isEqualTo(reply.json().get("items").size());
        return names(reply.json());
    }

    private static List<String> names(JsonNode matches) {
        return matches.get("items").valueStream().map(i -> i.get("name").asString()).toList();
    }

    private static JsonNode item(JsonNode matches, String name) {
        return matches.get("items").valueStream().filter(i -> i.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private String pipelineId(String name) {
        return admin.get("/api/v1/pipelines").json().valueStream().filter(p -> p.get("name").asString().equals(name))
                .findFirst().orElseThrow().get("id").asString();
    }

    private String organisation(String name, String type, String industry, String city) {
        var created = admin.post("/api/v1/organisations", Map.of("name", name, "type", type, "custom", Map.of("industry", industry),
                "address", Map.of("city", city, "country", "FR")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void person(String name, String stage, String organisation) {
        var created = admin.post("/api/v1/people", Map.of("firstName", name, "lastName", "Orgsearch", "lifecycleStage", stage,
                "organisations", List.of(Map.of("organisation", organisation))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private String deal(String pipeline, String stage, String name, long amount, String organisation, String close) {
        var created = admin.post("/api/v1/deals", Map.of("pipeline", pipeline, "stage", stage, "name", name, "amount", amount,
                "currency", "EUR", "expectedClose", close, "organisation", organisation));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String enc(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
