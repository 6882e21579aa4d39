package dev.baton.processes.internal.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.Step;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

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

    @Test
    void aFileEditedInAnotherModelerIsReadWithTheEdits() throws Exception {
        ProcessDocument original = Samples.document("lead-management");
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(BpmnExport.write(original))));
        Element process = (Element) xml.getElementsByTagNameNS(Bpmn.MODEL, "process").item(0);
        // Someone renames the call and puts a task of their own between the call and the SQL gate.
        element(xml, "qualify-call").setAttribute("name", "Call and qualify");
        Element added = xml.createElementNS(Bpmn.MODEL, "bpmn:userTask");
        added.setAttribute("id", "Activity_0dup1ck");
        added.setAttribute("name", "Check for duplicates");
        process.insertBefore(added, element(xml, "Flow_became-lead_assign-owner"));
        element(xml, "Flow_qualify-call_sql-gate").setAttribute("targetRef", "Activity_0dup1ck");
        Element flow = xml.createElementNS(Bpmn.MODEL, "bpmn:sequenceFlow");
        flow.setAttribute("id", "Flow_1dup1ck");
        flow.setAttribute("sourceRef", "Activity_0dup1ck");
        flow.setAttribute("targetRef", "sql-gate");
        process.appendChild(flow);
        Element ref = xml.createElementNS(Bpmn.MODEL, "bpmn:flowNodeRef");
        ref.setTextContent("Activity_0dup1ck");
        element(xml, "Lane_sdr").appendChild(ref);
        StringWriter edited = new StringWriter();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(xml), new StreamResult(edited));

        BpmnImport.Imported imported = BpmnImport.read(edited.toString());

        assertThat(imported.report()).isEmpty();
        ProcessDocument document = imported.document();
        assertThat(document.step("qualify-call").orElseThrow().name()).isEqualTo("Call and qualify");
        assertThat(document.step("qualify-call").orElseThrow().next()).isEqualTo("check-for-duplicates");
        assertThat(document.steps().get(document.steps().size() - 1)).isEqualTo(
                Step.task("check-for-duplicates", "sdr", "Check for duplicates", null, null).withNext("sql-gate"));
        assertThat(document.withSteps(original.steps()).withLanes(original.lanes())).isEqualTo(original);
    }

    private static Element element(Document xml, String id) throws Exception {
        return (Element) XPathFactory.newDefaultInstance().newXPath().evaluate("//*[@id='" + id + "']", xml, XPathConstants.NODE);
    }
}
