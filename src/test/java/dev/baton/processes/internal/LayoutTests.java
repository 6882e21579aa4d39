package dev.baton.processes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayoutTests {

    @Test
    void lanesAreRowsAndStepsRunLeftToRightInFlowOrderWithoutSharingACell() {
        ProcessDocument document = Samples.document("lead-management");
        Layout layout = Layout.of(document);

        assertThat(layout.lanes()).extracting(l -> l.lane().key()).containsExactly("customer", "system", "sdr", "account-executive");
        Map<String, Layout.StepBox> boxes = layout.steps().stream().collect(Collectors.toMap(b -> b.step().key(), b -> b));
        assertThat(boxes.get("became-lead").laneIndex()).isEqualTo(0);
        assertThat(boxes.get("qualify-call").laneIndex()).isEqualTo(2);
        for (Layout.Flow flow : layout.flows()) {
            assertThat(boxes.get(flow.to()).column()).as(flow.from() + " -> " + flow.to()).isGreaterThan(boxes.get(flow.from()).column());
        }
        assertThat(layout.steps().stream().map(b -> b.laneIndex() + ":" + b.column()).distinct()).hasSize(document.steps().size());
        assertThat(layout.flows()).filteredOn(f -> f.from().equals("mql-gate")).extracting(Layout.Flow::label)
                .containsExactly("MQL", "not yet");
        assertThat(layout.flows()).filteredOn(f -> f.from().equals("assign-owner")).singleElement()
                .satisfies(f -> assertThat(f.handoff()).isFalse());
        assertThat(layout.flows()).filteredOn(f -> f.from().equals("mql-gate") && f.to().equals("qualify-call")).singleElement()
                .satisfies(f -> assertThat(f.handoff()).isTrue());
    }
}
