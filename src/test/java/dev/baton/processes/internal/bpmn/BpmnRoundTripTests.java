package dev.baton.processes.internal.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import org.junit.jupiter.api.Test;

class BpmnRoundTripTests {

    private static void roundTrips(ProcessDocument document) throws Exception {
        String xml = BpmnExport.write(document);
        BpmnSchema.validate(xml);

        BpmnImport.Imported imported = BpmnImport.read(xml);

        assertThat(imported.report()).isEmpty();
        assertThat(imported.document()).isEqualTo(document);
        assertThat(BpmnExport.write(imported.document())).isEqualTo(xml);
    }

    @Test
    void leadManagementComesBackAsTheSameDocument() throws Exception {
        roundTrips(Samples.document("lead-management"));
    }

    @Test
    void everyStepTypeSplitJoinGoalSubprocessWaitsAndSharedStepsComeBack() throws Exception {
        roundTrips(BpmnSamples.onboarding());
    }

    @Test
    void aHalfWrittenDraftComesBackWithItsOddities() throws Exception {
        roundTrips(BpmnSamples.draft());
    }
}
