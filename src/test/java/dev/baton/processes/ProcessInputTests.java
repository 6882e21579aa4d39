package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad process documents are refused with what is wrong and where, and nothing is written. */
@BatonTest
class ProcessInputTests {

    @LocalServerPort
    int port;

    @Test
    void brokenYamlAndBpmnAreRefusedNamingTheLine() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        var yaml = admin.send("POST", "/api/v1/processes", "application/yaml",
                "key: broken-yaml\nname: Broken\nsteps:\n- key: a\n  type: task\n  lnae: sdr\n  name: Call\n");
        assertThat(yaml.status()).isEqualTo(400);
        assertThat(yaml.json().get("errors").get(0).get("field").asString()).isEqualTo("steps[0].lnae");
        assertThat(yaml.json().get("errors").get(0).get("message").asString()).startsWith("line 6");

        var notXml = admin.send("POST", "/api/v1/processes/import/bpmn", "application/xml",
                "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <process id=\"p\">\n    <task id=\"t\">\n</definitions>\n");
        assertThat(notXml.status()).isEqualTo(400);
        assertThat(notXml.json().get("errors").get(0).get("message").asString()).contains("line 5");
        assertThat(admin.get("/api/v1/processes/broken-yaml/versions/latest").status()).isEqualTo(404);
    }

    @Test
    void aDocumentThatWouldBeItsOwnAncestorIsRefused() {
        Http admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        // Billing (a published demo document) would call a process that calls Billing back.
        var cyclic = admin.send("POST", "/api/v1/processes", "application/yaml", """
                key: dunning
                name: Dunning
                level: L3
                parent: billing
                owner: billing-clerk
                kind: workflow
                lanes:
                - key: billing-clerk
                  name: Billing Clerk
                  kind: role
                steps:
                - key: start
                  type: trigger
                  lane: billing-clerk
                  name: Invoice overdue
                  event: manual
                - key: again
                  type: subprocess
                  lane: billing-clerk
                  name: Bill again
                  process: dunning
                - key: done
                  type: exit
                  lane: billing-clerk
                  name: Done
                  outcome: completed
                """);
        assertThat(cyclic.status()).as(cyclic.toString()).isEqualTo(400);
        assertThat(cyclic.json().get("errors").get(0).get("field").asString()).isEqualTo("steps[1].process");
        assertThat(admin.get("/api/v1/processes/dunning/versions/latest").status()).isEqualTo(404);
    }
}
