package dev.baton.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
class RolesAndTeamsApiTests {

    @LocalServerPort
    int port;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void aRoleIsCreatedWithItsPermissionsAndReportingLine() {
        var created = admin.post("/api/v1/roles", Map.of("name", "Field Marketing", "description", "Runs events",
                "permissions", List.of("identity.read"), "reportsTo", "marketing-manager"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/roles/field-marketing");
        JsonNode role = admin.get("/api/v1/roles/field-marketing").json();
        assertThat(role.get("reportsTo").asString()).isEqualTo("marketing-manager");
        assertThat(role.get("permissions").toString()).isEqualTo("[\"identity.read\"]");
        assertThat(role.get("kind").asString()).isEqualTo("INTERNAL");
    }

    @Test
    void anUnknownPermissionOrBossIsRefusedByName() {
        var bad = admin.post("/api/v1/roles", Map.of("name", "Bad Role", "permissions", List.of("launch.missiles"),
                "reportsTo", "nobody-at-all"));

        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").values().forEach(e -> fields.add(e.get("field").asString() + "=" + e.get("value").asString()));
        assertThat(fields).containsExactlyInAnyOrder("permissions=launch.missiles", "reportsTo=nobody-at-all");
        assertThat(admin.get("/api/v1/roles/bad-role").status()).isEqualTo(404);
    }

    @Test
    void aReportingLoopIsRefused() {
        admin.post("/api/v1/roles", Map.of("name", "Loop Top"));
        admin.post("/api/v1/roles", Map.of("name", "Loop Middle", "reportsTo", "loop-top"));
        var etag = admin.get("/api/v1/roles/loop-top").header("ETag");

        var loop = admin.put("/api/v1/roles/loop-top", Map.of("name", "Loop Top", "reportsTo", "loop-middle"), etag);

        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.json().get("errors").get(0).get("message").asString()).contains("loop");
    }

    @Test
    void theDemoOrgChartHasTheExecutiveOnTopAndTheHatsPeopleWear() {
        JsonNode chart = admin.get("/api/v1/org-chart").json();

        List<String> roots = new ArrayList<>();
        chart.get("roots").values().forEach(r -> roots.add(r.get("key").asString()));
        assertThat(roots).contains("executive");
        JsonNode executive = chart.get("roots").values().stream().filter(r -> r.get("key").asString().equals("executive"))
                .findFirst().orElseThrow();
        JsonNode sales = executive.get("reports").values().stream().filter(r -> r.get("key").asString().equals("sales-manager"))
                .findFirst().orElseThrow();
        List<String> salesReports = new ArrayList<>();
        sales.get("reports").values().forEach(r -> salesReports.add(r.get("name").asString()));
        assertThat(salesReports).containsExactly("SDR", "Account Executive", "Inside Sales", "Channel Manager");
        JsonNode sdr = sales.get("reports").get(0);
        assertThat(sdr.get("people").toString()).contains("Sofia Marquez", "Liam Chen");
        List<String> outside = new ArrayList<>();
        chart.get("outside").values().forEach(r -> outside.add(r.get("name").asString()));
        assertThat(outside).contains("Channel Partner", "Systems Integrator", "Supplier", "Customer");
    }

    @Test
    void theOrgChartIsDrawnAsSvg() {
        var svg = admin.get("/api/v1/org-chart/svg");

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("data-role=\"executive\"").contains(">Sales Manager<")
                .contains(">Oliver Grant<").contains("External parties and personas");
    }

    @Test
    void teamsHoldExistingUsersOnly() {
        String someone = admin.get("/api/v1/users?limit=1").json().get("items").get(0).get("id").asString();

        var created = admin.post("/api/v1/teams", Map.of("name", "Tiger Team", "members", List.of(someone)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(admin.get(created.header("Location")).json().get("members").toString()).contains(someone);

        var unknown = admin.post("/api/v1/teams", Map.of("name", "Ghosts", "members", List.of("0190c3a2-0000-7000-8000-000000000000")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("members");

        var duplicate = admin.post("/api/v1/teams", Map.of("name", "tiger team"));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void thePermissionCatalogueIsListed() {
        assertThat(admin.get("/api/v1/permissions").body()).contains("identity.manage", "metrics.read");
    }
}
