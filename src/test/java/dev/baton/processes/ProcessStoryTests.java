package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The life of a process document, through the public API as its writers and stakeholders live it:
 * Marcus (marketing manager) writes Lead Management for the EMEA team, lint catches what is missing,
 * Oliver (sales manager) asks for a faster call-back, both approve, it is published; then Sofia (an
 * SDR) and Marcus each draft a change, and their drafts are compared and merged.
 */
@BatonTest
class ProcessStoryTests {

    @LocalServerPort
    int port;

    Http marcus;
    Http oliver;
    Http sofia;

    @BeforeEach
    void signIn() {
        Http api = Http.api("http://localhost:" + port, null);
        marcus = api.withToken(SignIn.apiToken(port, "marcus@arcadia.example", "arcadia-demo"));
        oliver = api.withToken(SignIn.apiToken(port, "oliver@arcadia.example", "arcadia-demo"));
        sofia = api.withToken(SignIn.apiToken(port, "sofia@arcadia.example", "arcadia-demo"));
    }

    static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void leadManagementIsWrittenReviewedPublishedThenDraftedAndMerged() throws Exception {
        String yaml = Samples.yaml("lead-management").replace("key: lead-management", "key: lead-management-emea")
                .replace("name: Lead Management", "name: Lead Management EMEA");

        // Marcus imports his YAML, but forgot what happens to a lead the SDR does not qualify: lint says so.
        String unfinished = yaml.replace("""
                  - label: not qualified
                    else: true
                    to: nurture
                """, "");
        assertThat(unfinished).isNotEqualTo(yaml);
        var written = marcus.send("POST", "/api/v1/processes", "application/yaml", unfinished);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        String draft = written.json().get("id").asString();
        String path = "/api/v1/processes/lead-management-emea/versions/" + draft;
        assertThat(written.json().get("state").asString()).isEqualTo("draft");
        assertThat(written.json().get("approvers").toString()).isEqualTo("[\"marketing-manager\",\"sales-manager\"]");
        JsonNode lint = written.json().get("lint");
        assertThat(lint.findValuesAsString("code")).contains("gate-no-else");
        assertThat(lint.toString()).contains("sql-gate");
        var notReady = marcus.post(path + "/review");
        assertThat(notReady.status()).isEqualTo(409);
        assertThat(notReady.json().get("errors").findValuesAsString("code")).contains("gate-no-else");

        // He adds the else branch; the draft lints clean.
        var completed = marcus.send("PUT", path, "application/yaml", yaml);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("lint").findValuesAsString("severity")).doesNotContain("error");

        // Publishing a draft is refused: it has not been approved.
        var early = marcus.post(path + "/publish");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("only a version that is approved can be");

        // Sent to review; Oliver asks for a faster call-back, and the draft comes back to Marcus.
        assertThat(marcus.post(path + "/review").json().get("state").asString()).isEqualTo("in_review");
        assertThat(marcus.put(path, Map.of("body", Map.of("name", "x")), null).status()).isEqualTo(409);
        var asked = oliver.post(path + "/request-changes", Map.of("comment", "A day is too slow for a hot lead: call within 4 hours."));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().get("state").asString()).isEqualTo("draft");
        assertThat(asked.json().get("round").asInt()).isEqualTo(2);

        // Marcus fixes the SLA, sends it again; both stakeholders approve; it is published as version 1.
        JsonNode current = marcus.get(path).json();
        String fixed = marcus.get(path + "/yaml").body().replace("sla: 1 business day", "sla: 4 hours");
        var saved = marcus.send("PUT", path, "application/yaml", fixed);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("version").asLong()).isGreaterThan(current.get("version").asLong());
        marcus.post(path + "/review");
        var refused = sofia.post(path + "/approve", Map.of("comment", "fine"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("marketing-manager, sales-manager");
        assertThat(marcus.post(path + "/approve", Map.of("comment", "Ready.")).json().get("waitingFor").toString())
                .isEqualTo("[\"sales-manager\"]");
        assertThat(oliver.post(path + "/approve", Map.of("comment", "Good.")).json().get("state").asString()).isEqualTo("approved");
        var published = marcus.post(path + "/publish");
        assertThat(published.json().get("number").asInt()).isEqualTo(1);
        assertThat(published.json().get("state").asString()).isEqualTo("published");

        // Version 1 never changes: a change is a new draft.
        var edit = marcus.send("PUT", "/api/v1/processes/lead-management-emea/versions/1", "application/yaml", fixed);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("detail").asString()).contains("draft a new one");

        // What a new SDR reads: the SOP of version 1, as PDF, and their handbook across the published documents.
        var sop = sofia.getBytes("/api/v1/processes/lead-management-emea/versions/1/sop.pdf");
        assertThat(sop.status()).isEqualTo(200);
        assertThat(sop.contentType()).isEqualTo("application/pdf");
        String sopText = pdfText(sop.body());
        assertThat(sopText).contains("Lead Management EMEA").contains("Call the lead and qualify them").contains("within 4 hours")
                .contains("Sales Qualified Lead");
        assertThat(sofia.get("/api/v1/handbooks/sdr").body()).contains("Lead Management EMEA").contains("Call the lead and qualify them");

        // The BPMN export validates against the OMG schema and imports back to the same document.
        String bpmn = marcus.get("/api/v1/processes/lead-management-emea/versions/1/bpmn").body();
        dev.baton.processes.internal.bpmn.BpmnSchema.validate(bpmn);
        assertThat(bpmn).contains("collaboration").contains("laneSet").contains("BPMNDiagram");
        var reimported = marcus.send("POST", "/api/v1/processes/import/bpmn", "application/xml", bpmn);
        assertThat(reimported.status()).as(reimported.toString()).isEqualTo(201);
        assertThat(reimported.json().get("report").size()).isZero();
        String roundTrip = reimported.json().get("version").get("id").asString();
        assertThat(marcus.get("/api/v1/processes/lead-management-emea/diff?from=1&to=" + roundTrip).json().size()).isZero();
        assertThat(sofia.get("/api/v1/processes/lead-management-emea/versions/1/diagram.svg").body())
                .contains("Call the lead and qualify them");
        var png = sofia.getBytes("/api/v1/processes/lead-management-emea/versions/1/diagram.png");
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body())).getWidth()).isGreaterThan(800);
        assertThat(pdfText(sofia.getBytes("/api/v1/processes/lead-management-emea/versions/1/diagram.pdf").body()))
                .contains("Call the lead and qualify them").contains("SDR");
        // The data map: what is written and never read, read and never written.
        JsonNode map = sofia.get("/api/v1/data-map?document=lead-management-emea&ref=1").json();
        assertThat(map.toString()).contains("person.phone");
        assertThat(sofia.get("/api/v1/data-map.html?document=lead-management-emea&ref=1").body()).contains("person.custom.interest");

        JsonNode history = marcus.get("/api/v1/processes/lead-management-emea/history").json();
        assertThat(history.findValuesAsString("action")).containsSubsequence("created", "sent to review",
                "changes requested as sales-manager", "saved", "sent to review", "approved as marketing-manager",
                "approved as sales-manager", "approved by every stakeholder", "published as version 1");
        assertThat(history.toString()).contains("A day is too slow for a hot lead");

        // Sofia and Marcus each draft a change to version 1, in isolation.
        String sofiasDraft = sofia.post("/api/v1/processes/lead-management-emea/drafts", Map.of("from", "1", "title", "Sofia's call script"))
                .json().get("id").asString();
        String marcussDraft = marcus.post("/api/v1/processes/lead-management-emea/drafts", Map.of("title", "Marcus's SLA")).json()
                .get("id").asString();
        String v1 = marcus.get("/api/v1/processes/lead-management-emea/versions/1/yaml").body();
        assertThat(sofia.send("PUT", "/api/v1/processes/lead-management-emea/versions/" + sofiasDraft, "application/yaml",
                v1.replace("instructions: \"Call within one business day.", "instructions: \"Read their website first. Call within one business day.")
                        .replace("tag: nurture", "tag: nurture-emea")).status()).isEqualTo(200);
        assertThat(marcus.send("PUT", "/api/v1/processes/lead-management-emea/versions/" + marcussDraft, "application/yaml",
                v1.replace("sla: 4 hours", "sla: 2 hours").replace("tag: nurture", "tag: emea-nurture")).status()).isEqualTo(200);

        // The diff is structural: which step, which field, from what to what.
        JsonNode diff = marcus.get("/api/v1/processes/lead-management-emea/diff?from=1&to=" + sofiasDraft).json();
        assertThat(diff.findValuesAsString("description")).hasSize(2).anySatisfy(d -> assertThat(d).contains("qualify-call")
                .contains("instructions")).anySatisfy(d -> assertThat(d).contains("nurture").contains("nurture-emea"));

        // Merging both: the two tags conflict and nothing is saved until someone chooses.
        Map<String, Object> both = Map.of("drafts", java.util.List.of(sofiasDraft, marcussDraft));
        var conflicted = marcus.post("/api/v1/processes/lead-management-emea/merge", both);
        assertThat(conflicted.status()).isEqualTo(409);
        JsonNode conflict = conflicted.json().get("errors").get(0);
        assertThat(conflicted.json().get("errors").size()).isEqualTo(1);
        assertThat(conflict.get("key").asString()).isEqualTo("nurture");
        assertThat(conflict.get("values").get("Sofia's call script").asString()).isEqualTo("nurture-emea");
        assertThat(conflict.get("values").get("Marcus's SLA").asString()).isEqualTo("emea-nurture");

        var merged = marcus.post("/api/v1/processes/lead-management-emea/merge", Map.of("drafts", both.get("drafts"),
                "resolutions", Map.of(conflict.get("id").asString(), "Sofia's call script")));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
        String mergedYaml = marcus.get("/api/v1/processes/lead-management-emea/versions/" + merged.json().get("id").asString() + "/yaml")
                .body();
        assertThat(mergedYaml).contains("Read their website first.").contains("sla: 2 hours").contains("tag: nurture-emea")
                .doesNotContain("emea-nurture");
        assertThat(marcus.get("/api/v1/processes/lead-management-emea/versions/" + sofiasDraft).json().get("state").asString())
                .isEqualTo("merged");
    }
}
