package dev.baton.contacts;

import static dev.baton.contacts.PeopleApiTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;

@BatonTest
class TagsAndFieldsApiTests {

    @LocalServerPort
    int port;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void aTagIsCreatedOnFirstUseAndAppliedToManyPeopleInOneCall() {
        List<String> ids = people("bulk", 3);

        var tagged = admin.post("/api/v1/tags/Summit-Follow-Up/people", Map.of("people", ids));
        assertThat(tagged.status()).isEqualTo(200);
        assertThat(tagged.json().get("changed").asInt()).isEqualTo(3);
        assertThat(admin.post("/api/v1/tags/summit-follow-up/people", Map.of("people", ids)).json().get("changed").asInt()).isZero();

        assertThat(admin.get("/api/v1/people?tag=SUMMIT-FOLLOW-UP&q=bulk").json().get("items").size()).isEqualTo(3);
        assertThat(admin.get("/api/v1/people/" + ids.get(0)).json().get("tags").toString()).isEqualTo("[\"Summit-Follow-Up\"]");

        var removed = admin.post("/api/v1/tags/summit-follow-up/people/remove", Map.of("people", ids.subList(0, 2)));
        assertThat(removed.json().get("changed").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/v1/people?tag=summit-follow-up&q=bulk").json().get("items").size()).isEqualTo(1);
    }

    @Test
    void aBulkTagWithAnUnknownPersonTagsNobody() {
        List<String> ids = new ArrayList<>(people("allornothing", 2));
        ids.add("0190c3a2-0000-7000-8000-000000000000");

        var refused = admin.post("/api/v1/tags/vip/people", Map.of("people", ids));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("value").asString()).isEqualTo("0190c3a2-0000-7000-8000-000000000000");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("nothing was changed");
        assertThat(admin.get("/api/v1/people?tag=vip&q=allornothing").json().get("items").size()).isZero();
    }

    @Test
    void aSinglePersonIsTaggedAndUntagged() {
        String id = people("single", 1).get(0);

        assertThat(admin.post("/api/v1/people/" + id + "/tags", Map.of("tags", List.of("newsletter", "partner-lead")))
                .json().get("tags").toString()).isEqualTo("[\"newsletter\",\"partner-lead\"]");
        assertThat(admin.delete("/api/v1/people/" + id + "/tags/newsletter").json().get("tags").toString())
                .isEqualTo("[\"partner-lead\"]");
        assertThat(admin.get("/api/v1/tags").body()).contains("partner-lead");
    }

    @Test
    void customFieldValuesAreCheckedAgainstTheirDefinitions() {
        admin.post("/api/v1/custom-fields", Map.of("object", "person", "key", "industry", "label", "Industry",
                "type", "select", "options", List.of("Retail", "Health", "Finance")));
        admin.post("/api/v1/custom-fields", Map.of("object", "person", "key", "seats", "label", "Seats", "type", "number"));
        admin.post("/api/v1/custom-fields", Map.of("object", "person", "key", "renewal", "label", "Renewal", "type", "date"));

        var good = admin.post("/api/v1/people", Map.of("lastName", "Custom", "custom",
                Map.of("industry", "Retail", "seats", 120, "renewal", "2027-03-31")));
        assertThat(good.status()).as(good.toString()).isEqualTo(201);
        assertThat(good.json().get("custom").get("industry").asString()).isEqualTo("Retail");
        assertThat(good.json().get("custom").get("seats").asInt()).isEqualTo(120);

        var bad = admin.post("/api/v1/people", Map.of("lastName", "Custom Bad", "custom",
                Map.of("industry", "Mining", "seats", "many", "renewal", "31/03/2027", "colour", "blue")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("custom.industry", "custom.seats", "custom.renewal", "custom.colour");
        JsonNode errors = bad.json().get("errors");
        Map<String, String> messages = new HashMap<>();
        errors.values().forEach(e -> messages.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(messages.get("custom.seats")).isEqualTo("must be a number");
        assertThat(messages.get("custom.industry")).contains("Retail, Health, Finance");
        assertThat(messages.get("custom.colour")).contains("is not a custom field of people");
    }

    @Test
    void tagsAreRenamedMergedOnlyWhenAskedAndDeleted() {
        String a = admin.post("/api/v1/people", Map.of("lastName", "Tagone", "tags", List.of("webinar-q3"))).json().get("id").asString();
        String b = admin.post("/api/v1/people", Map.of("lastName", "Tagtwo", "tags", List.of("Webinar Q3 2026", "webinar-q3")))
                .json().get("id").asString();

        var renamed = admin.put("/api/v1/tags/webinar-q3", Map.of("name", "webinar-2026-q3"), null);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("people").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/v1/people/" + a).json().get("tags").toString()).contains("webinar-2026-q3");

        var clash = admin.put("/api/v1/tags/Webinar%20Q3%202026", Map.of("name", "WEBINAR-2026-Q3"), null);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body()).contains("already exists").contains("merge");

        var merged = admin.put("/api/v1/tags/Webinar%20Q3%202026", Map.of("name", "webinar-2026-q3", "merge", true), null);
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().get("people").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/v1/tags").body()).doesNotContain("Webinar Q3 2026");
        assertThat(admin.get("/api/v1/people/" + b).json().get("tags").toString()).isEqualTo("[\"webinar-2026-q3\"]");

        var deleted = admin.delete("/api/v1/tags/webinar-2026-q3");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("changed").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/v1/people/" + a).json().get("tags").toString()).isEqualTo("[]");
        assertThat(admin.get("/api/v1/tags").body()).doesNotContain("webinar-2026-q3");
        assertThat(admin.delete("/api/v1/tags/webinar-2026-q3").status()).isEqualTo(404);
    }

    @Test
    void aRequiredOrganisationFieldMustBeGiven() {
        var field = admin.post("/api/v1/custom-fields", Map.of("object", "organisation", "key", "vat_number", "label", "VAT number",
                "type", "text", "required", true, "pattern", "[A-Z]{2}[0-9A-Z]{2,12}"));
        assertThat(field.status()).isEqualTo(201);
        try {
            var missing = admin.post("/api/v1/organisations", Map.of("name", "No VAT Ltd"));
            assertThat(fields(missing.json())).containsExactly("custom.vat_number");
            var wrong = admin.post("/api/v1/organisations", Map.of("name", "Bad VAT Ltd", "custom", Map.of("vat_number", "12")));
            assertThat(wrong.json().get("errors").get(0).get("message").asString()).contains("must match the pattern");
            assertThat(admin.post("/api/v1/organisations", Map.of("name", "VAT Ltd", "custom", Map.of("vat_number", "DE123456789")))
                    .status()).isEqualTo(201);
        } finally {
            admin.put(field.header("Location"), Map.of("label", "VAT number", "required", false), null);
        }
    }

    @Test
    void badFieldDefinitionsAreRefused() {
        var bad = admin.post("/api/v1/custom-fields", Map.of("object", "invoice", "key", "Bad Key", "label", "",
                "type", "colour"));
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("object", "key", "label", "type");
        var noOptions = admin.post("/api/v1/custom-fields", Map.of("object", "person", "key", "tier", "label", "Tier", "type", "select"));
        assertThat(fields(noOptions.json())).containsExactly("options");
    }

    @Test
    void organisationsArePartnersIntegratorsOrSuppliersOfEachOther() {
        String arcadia = admin.post("/api/v1/organisations", Map.of("name", "Arcadia Test Co", "type", "customer")).json().get("id").asString();
        String partner = admin.post("/api/v1/organisations", Map.of("name", "Northwind Partners", "type", "channel_partner",
                "phone", "+44 20 7946 0958")).json().get("id").asString();

        var related = admin.post("/api/v1/organisations/" + partner + "/relationships", Map.of("kind", "partner_of", "of", arcadia));

        assertThat(related.status()).isEqualTo(200);
        assertThat(related.json().get("relationships").get(0).get("ofName").asString()).isEqualTo("Arcadia Test Co");
        assertThat(related.json().get("phone").asString()).isEqualTo("+442079460958");
        var bad = admin.post("/api/v1/organisations/" + partner + "/relationships", Map.of("kind", "friend_of", "of", partner));
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("kind", "of");
        assertThat(fields(admin.post("/api/v1/organisations", Map.of("name", "X", "type", "competitor")).json())).containsExactly("type");
    }

    @Test
    void anOversizedPayloadIsRefusedWith413() {
        var huge = admin.postRaw("/api/v1/tags/huge/people", "{\"people\":[\"" + "x".repeat(17 * 1024 * 1024) + "\"]}");

        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("title").asString()).isEqualTo("Payload too large");
    }

    private List<String> people(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(admin.post("/api/v1/people", Map.of("firstName", prefix, "lastName", "Person " + i)).json().get("id").asString());
        }
        return ids;
    }
}
