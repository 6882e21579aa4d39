package dev.baton.processes.internal.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file as Camunda Modeler saves it, with things Baton has no place for. */
class BpmnForeignImportTests {

    private static String quoteRequest() throws IOException {
        try (InputStream in = BpmnForeignImportTests.class.getResourceAsStream("/bpmn/quote-request.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theTestFileIsValidBpmn() throws Exception {
        BpmnSchema.validate(quoteRequest());
    }

    @Test
    void lanesBecomeRoleLanesKeyedAfterTheirNames() throws Exception {
        ProcessDocument document = BpmnImport.read(quoteRequest()).document();

        assertThat(document.key()).isEqualTo("quote-request");
        assertThat(document.name()).isEqualTo("Quote request");
        assertThat(document.kind()).isEqualTo("workflow");
        assertThat(document.purpose()).isEqualTo("Every quote request is answered within a day and followed up.");
        assertThat(document.lanes()).containsExactly(new Lane("sales-rep", "Sales rep", Lane.ROLE),
                new Lane("sales-manager", "Sales manager", Lane.ROLE));
    }

    @Test
    void tasksEventsAndGatewaysBecomeStepsInFlowOrderStartFirst() throws Exception {
        ProcessDocument document = BpmnImport.read(quoteRequest()).document();

        // Made-up ids give way to the names; an id someone chose (send-quote) is kept.
        assertThat(document.steps()).extracting(Step::key).containsExactly("quote-requested", "review-the-request", "large-deal",
                "approve-the-discount", "send-quote", "three-days-later", "follow-up", "quote-followed-up",
                "escalate-to-the-manager", "escalated");
        assertThat(document.steps()).extracting(Step::type).containsExactly(Step.TRIGGER, Step.TASK, Step.GATE, Step.TASK,
                Step.ACTION, Step.WAIT, Step.TASK, Step.EXIT, Step.TASK, Step.EXIT);
        assertThat(document.steps()).extracting(Step::lane).containsExactly("sales-rep", "sales-rep", "sales-rep", "sales-manager",
                "sales-rep", "sales-rep", "sales-rep", "sales-rep", "sales-manager", "sales-manager");

        Step start = document.step("quote-requested").orElseThrow();
        assertThat(start.event()).isEqualTo("form_submitted");
        assertThat(start.value()).isEqualTo("quote-request");
        Step review = document.step("review-the-request").orElseThrow();
        assertThat(review.name()).isEqualTo("Review the request");
        assertThat(review.instructions()).isEqualTo("Check the items and the customer's history.");
        assertThat(document.step("three-days-later").orElseThrow().duration()).isEqualTo("P3D");
        assertThat(document.step("quote-followed-up").orElseThrow().outcome()).isEqualTo("completed");
    }

    @Test
    void sequenceFlowsBecomeNextAndBranchesWithConditionsAsWhen() throws Exception {
        ProcessDocument document = BpmnImport.read(quoteRequest()).document();

        // The gateway that only merges the two paths is no step: both lead straight on to sending the quote.
        assertThat(document.step("large-deal").orElseThrow().branches()).containsExactly(
                new Branch("yes", null, "${amount > 10000}", false, "approve-the-discount"),
                new Branch("no", null, null, true, "send-quote"));
        assertThat(document.successors(document.step("approve-the-discount").orElseThrow())).containsExactly("send-quote");
        assertThat(document.steps()).allSatisfy(step -> assertThat(step.next()).as(step.key()).isNull());
        assertThat(document.successors(document.step("follow-up").orElseThrow())).containsExactly("quote-followed-up");
        assertThat(document.successors(document.step("escalate-to-the-manager").orElseThrow())).containsExactly("escalated");
    }

    @Test
    void whatCannotBeMappedIsReportedWithItsIdTypeAndWhy() throws Exception {
        BpmnImport.Imported imported = BpmnImport.read(quoteRequest());

        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("Participant_0cust01 (participant, line 5): ")
                .contains("lane of kind external or persona"));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("Flow_0m5s9d2 (messageFlow, line 6): "));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("Event_1bnd0ry (boundaryEvent, ")
                .contains("Activity_0rev1ew"));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("DataObjectReference_0quote (dataObjectReference, "));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("DataObject_1q7w8e9 (dataObject, "));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("TextAnnotation_0n0te1 (textAnnotation, ")
                .contains("annotations are not kept"));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("Association_1a2b3c4 (association, "));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("Gateway_0m3rg3x (exclusiveGateway, ")
                .contains("only merges paths"));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("Activity_0rev1ew (userTask, ")
                .contains("dataOutputAssociation"));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("Activity_0rev1ew (userTask, ")
                .contains("camunda:assignee"));
        assertThat(imported.report()).anySatisfy(line -> assertThat(line).startsWith("Activity_0rev1ew (userTask, ")
                .contains("camunda:inputOutput"));
        assertThat(imported.report()).noneMatch(line -> line.contains("BPMNDiagram") || line.contains("Message_0req"));
    }

    @Test
    void anImportedFileExportsAsValidBpmnAndReadsBackTheSame() throws Exception {
        ProcessDocument document = BpmnImport.read(quoteRequest()).document();

        String bpmn = BpmnExport.write(document);
        BpmnSchema.validate(bpmn);
        assertThat(BpmnImport.read(bpmn).document()).isEqualTo(document);
    }
}
