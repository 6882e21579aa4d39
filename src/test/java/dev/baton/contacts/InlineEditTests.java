package dev.baton.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/** Editing an organisation in place on its page: the same checks as the API, and no lost updates. */
@BatonTest
class InlineEditTests {

    @LocalServerPort
    int port;

    @Test
    void anOrganisationIsEditedInPlaceWithItsCustomFields() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        String id = admin.post("/api/v1/organisations", Map.of("name", "Inline Edit GmbH", "type", "prospect"))
                .json().get("id").asString();
        Http hannah = Http.browser("http://localhost:" + port);
        SignIn.as(hannah, "hannah@arcadia.example", BatonTest.DEMO_PASSWORD);

        String form = hannah.get("/organisations/" + id + "/edit").body();
        assertThat(form).contains("name=\"version\" value=\"0\"").contains("Employees").contains("Industry");
        Map<String, String> fields = new HashMap<>(Map.of("_csrf", SignIn.csrf(form), "version", "0", "name", "Inline Edit GmbH",
                "type", "customer", "phone", "+49 30 901820", "city", "Berlin", "country", "DE",
                "custom.employees", "lots", "custom.industry", "Retail"));

        String refused = hannah.form("/organisations/" + id + "/details", fields).body();
        assertThat(refused).contains("Please correct").contains("custom.employees").contains("must be a number");
        assertThat(admin.get("/api/v1/organisations/" + id).json().get("type").asString()).isEqualTo("prospect");

        fields.put("custom.employees", "240");
        String saved = hannah.form("/organisations/" + id + "/details", fields).body();
        assertThat(saved).contains("Edit details").contains("Berlin, DE").contains("240").contains("Retail").contains("customer");
        var stored = admin.get("/api/v1/organisations/" + id).json();
        assertThat(stored.get("type").asString()).isEqualTo("customer");
        assertThat(stored.get("custom").get("employees").asInt()).isEqualTo(240);
        assertThat(stored.get("phone").asString()).isEqualTo("+4930901820");

        fields.put("city", "Hamburg");
        String stale = hannah.form("/organisations/" + id + "/details", fields).body();
        assertThat(stale).contains("someone changed this organisation while you were editing");
        assertThat(admin.get("/api/v1/organisations/" + id).json().get("address").get("city").asString()).isEqualTo("Berlin");

        assertThat(admin.get("/api/v1/organisations/" + id + "/timeline").body()).contains("custom").contains("Berlin");
    }
}
