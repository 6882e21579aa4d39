package dev.baton.processes.internal.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class BpmnExportTests {

    private final ProcessDocument leadManagement = Samples.document("lead-management");

    @Test
    void leadManagementIsValidBpmnWithOnePoolAndTheDocumentsLanes() throws Exception {
        String bpmn = BpmnExport.write(leadManagement);
        BpmnSchema.validate(bpmn);
        Xml xml = Xml.parse(bpmn);

        assertThat(xml.count("/bpmn:definitions/bpmn:collaboration/bpmn:participant")).isEqualTo(1);
        assertThat(xml.text("//bpmn:participant/@name")).isEqualTo("Lead Management");
        String process = xml.text("//bpmn:participant/@processRef");
        assertThat(xml.text("/bpmn:definitions/bpmn:process/@id")).isEqualTo(process);
        assertThat(xml.texts("//bpmn:process/bpmn:laneSet/bpmn:lane/@name")).containsExactly("Customer", "Baton", "SDR", "Account Executive");
        for (Lane lane : leadManagement.lanes()) {
            List<String> steps = leadManagement.steps().stream().filter(s -> lane.key().equals(s.lane())).map(Step::key).toList();
            assertThat(xml.texts("//bpmn:lane[@name='" + lane.name() + "']/bpmn:flowNodeRef")).as(lane.key()).containsExactlyElementsOf(steps);
        }
    }

    @Test
    void stepsBecomeTheFlowNodesOfTheirKind() {
        Xml xml = Xml.parse(BpmnExport.write(BpmnSamples.onboarding()));

        assertThat(xml.texts("//bpmn:startEvent/@id")).containsExactly("signed-up");
        assertThat(xml.text("//bpmn:message[@id=//bpmn:startEvent/bpmn:messageEventDefinition/@messageRef]/@name"))
                .isEqualTo("form_submitted:signup");
        assertThat(xml.texts("//bpmn:intermediateCatchEvent[bpmn:messageEventDefinition]/@id")).containsExactly("activated");
        assertThat(xml.texts("//bpmn:sendTask/@id")).containsExactly("welcome");
        assertThat(xml.texts("//bpmn:serviceTask/@id")).containsExactly("set-up-account");
        assertThat(xml.text("//bpmn:userTask[@id='book-call']/bpmn:documentation")).startsWith("Call within two days.\nAgree the goals");
        assertThat(xml.text("//bpmn:parallelGateway[@id='kick-off']/@gatewayDirection")).isEqualTo("Diverging");
        assertThat(xml.text("//bpmn:parallelGateway[@id='both-done']/@gatewayDirection")).isEqualTo("Converging");
        assertThat(xml.text("//bpmn:intermediateCatchEvent[@id='wait-a-week']/bpmn:timerEventDefinition/bpmn:timeDuration"))
                .isEqualTo("1 week");
        assertThat(xml.text("//bpmn:intermediateCatchEvent[@id='wait-renewal']/bpmn:timerEventDefinition/bpmn:timeDate"))
                .isEqualTo("deal.renewal");
        assertThat(xml.text("//bpmn:callActivity[@id='partner-review']/@calledElement")).isEqualTo("partner-onboarding");
        assertThat(xml.texts("//bpmn:endEvent/@id")).containsExactly("churn-risk", "hand-over");
        assertThat(xml.text("//bpmn:userTask[@id='book-call']/bpmn:extensionElements/baton:step/baton:shared/@lane")).isEqualTo("partner");
    }

    @Test
    void aGateIsAnExclusiveGatewayWithItsElseAsDefaultAndConditionsOnTheOtherBranches() {
        Xml xml = Xml.parse(BpmnExport.write(BpmnSamples.onboarding()));

        String gate = "//bpmn:exclusiveGateway[@id='health-check']";
        String defaultFlow = xml.text(gate + "/@default");
        assertThat(xml.text("//bpmn:sequenceFlow[@id='" + defaultFlow + "']/@targetRef")).isEqualTo("churn-risk");
        assertThat(xml.count("//bpmn:sequenceFlow[@id='" + defaultFlow + "']/bpmn:conditionExpression")).isZero();
        assertThat(xml.texts("//bpmn:sequenceFlow[@sourceRef='health-check']/@name"))
                .containsExactly("healthy", "custom.nps >= 8 and custom.seats > 10", "else");
        assertThat(xml.text("//bpmn:sequenceFlow[@targetRef='partner-review']/bpmn:conditionExpression"))
                .isEqualTo("custom.nps >= 8 and custom.seats > 10");

        Xml lead = Xml.parse(BpmnExport.write(leadManagement));
        assertThat(lead.text("//bpmn:sequenceFlow[@id=//bpmn:exclusiveGateway[@id='mql-gate']/@default]/@name")).isEqualTo("not yet");
        assertThat(lead.texts("//bpmn:sequenceFlow[@sourceRef='mql-gate']/@targetRef")).containsExactly("qualify-call", "nurture");
    }

    @Test
    void theDiagramHasAShapeForThePoolEveryLaneAndStepAndAnEdgeForEveryFlow() throws Exception {
        for (ProcessDocument document : List.of(leadManagement, BpmnSamples.onboarding())) {
            String bpmn = BpmnExport.write(document);
            BpmnSchema.validate(bpmn);
            Xml xml = Xml.parse(bpmn);

            assertThat(xml.text("//bpmndi:BPMNPlane/@bpmnElement")).isEqualTo(xml.text("//bpmn:collaboration/@id"));
            List<String> shapes = xml.texts("//bpmndi:BPMNShape/@bpmnElement");
            assertThat(shapes).contains(xml.text("//bpmn:participant/@id"));
            assertThat(shapes).containsAll(xml.texts("//bpmn:lane/@id"));
            assertThat(xml.texts("//bpmndi:BPMNShape[@bpmnElement=//bpmn:lane/@id]/@isHorizontal")).containsOnly("true");
            List<String> nodes = xml.texts("//bpmn:process/*[bpmn:incoming or bpmn:outgoing]/@id");
            assertThat(nodes).hasSize(document.steps().size());
            assertThat(shapes).containsAll(nodes);
            List<String> flows = xml.texts("//bpmn:sequenceFlow/@id");
            assertThat(xml.texts("//bpmndi:BPMNEdge/@bpmnElement")).containsExactlyElementsOf(flows);
            for (String flow : flows) {
                assertThat(xml.count("//bpmndi:BPMNEdge[@bpmnElement='" + flow + "']/di:waypoint")).as(flow).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theDiagramIsTheSwimlaneLayout() {
        Xml xml = Xml.parse(BpmnExport.write(leadManagement));

        // Lanes are rows of 120 in the document's order; the SDR's call sits in the third row.
        assertThat(xml.texts("//bpmndi:BPMNShape[@bpmnElement=//bpmn:lane/@id]/dc:Bounds/@y")).containsExactly("0", "120", "240", "360");
        int callY = Integer.parseInt(xml.text("//bpmndi:BPMNShape[@bpmnElement='qualify-call']/dc:Bounds/@y"));
        assertThat(callY).isBetween(240, 360);
        // A hand-off from the gate in Baton's row to the SDR's row runs in right angles.
        List<String> xs = xml.texts("//bpmndi:BPMNEdge[@bpmnElement=//bpmn:sequenceFlow[@targetRef='qualify-call']/@id]/di:waypoint/@x");
        List<String> ys = xml.texts("//bpmndi:BPMNEdge[@bpmnElement=//bpmn:sequenceFlow[@targetRef='qualify-call']/@id]/di:waypoint/@y");
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i).equals(xs.get(i - 1)) || ys.get(i).equals(ys.get(i - 1))).as("segment " + i).isTrue();
        }
    }

    @Test
    void idsAreXmlNamesAndUniqueWhateverTheStepKeys() throws Exception {
        String bpmn = BpmnExport.write(BpmnSamples.draft());
        BpmnSchema.validate(bpmn);
        Xml xml = Xml.parse(bpmn);

        List<String> ids = xml.texts("//@id");
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Za-z_][A-Za-z0-9._-]*"));
        assertThat(xml.text("//bpmn:userTask[bpmn:extensionElements/baton:step/@key='1st call']/@id")).isEqualTo("_1st_call");
    }
}
