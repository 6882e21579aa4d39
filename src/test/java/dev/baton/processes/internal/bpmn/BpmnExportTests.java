package dev.baton.processes.internal.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import org.junit.jupiter.api.Test;

class BpmnExportTests {

    @Test
    void peek() throws Exception {
        ProcessDocument document = Samples.document("lead-management");
        String xml = BpmnExport.write(document);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/lead-management.bpmn"), xml);
        BpmnSchema.validate(xml);
        assertThat(xml).isNotEmpty();
    }
}
