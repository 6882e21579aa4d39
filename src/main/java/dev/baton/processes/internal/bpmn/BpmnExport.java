package dev.baton.processes.internal.bpmn;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.internal.Layout;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a process document as BPMN 2.0 XML: one pool (the document) with a lane per lane, a flow node
 * per step, a sequence flow per hand-on and the swimlane layout as diagram interchange. What BPMN has no
 * place for is kept in Baton's extension elements, so {@link BpmnImport} gives the same document back.
 */
public final class BpmnExport {

    static final String EXPORTER = "Baton";
    static final String TARGET_NAMESPACE = "https://baton.dev/processes";

    private BpmnExport() {
    }

    public static String write(ProcessDocument document) {
        Document xml = newDocument();
        Element definitions = xml.createElementNS(Bpmn.MODEL, "bpmn:definitions");
        xml.appendChild(definitions);
        declare(definitions, "bpmn", Bpmn.MODEL);
        declare(definitions, "bpmndi", Bpmn.BPMNDI);
        declare(definitions, "dc", Bpmn.DC);
        declare(definitions, "di", Bpmn.DI);
        declare(definitions, "xsi", Bpmn.XSI);
        declare(definitions, "baton", Bpmn.BATON);

        BpmnIds ids = new BpmnIds();
        String key = document.key() == null ? "process" : document.key();
        definitions.setAttribute("id", ids.next("Definitions_" + key));
        definitions.setAttribute("targetNamespace", TARGET_NAMESPACE);
        definitions.setAttribute("exporter", EXPORTER);
        definitions.setAttribute("exporterVersion", "1");

        Element collaboration = Dom.add(definitions, Bpmn.MODEL, "bpmn:collaboration");
        collaboration.setAttribute("id", ids.next("Collaboration_" + key));
        Element participant = Dom.add(collaboration, Bpmn.MODEL, "bpmn:participant");
        participant.setAttribute("id", ids.next("Participant_" + key));
        Dom.set(participant, "name", document.name());
        Element process = Dom.add(definitions, Bpmn.MODEL, "bpmn:process");
        process.setAttribute("id", ids.next("Process_" + key));
        participant.setAttribute("processRef", process.getAttribute("id"));
        Dom.set(process, "name", document.name());
        process.setAttribute("isExecutable", "false");
        if (document.purpose() != null) {
            Dom.addText(process, Bpmn.MODEL, "bpmn:documentation", document.purpose());
        }
        BatonExtension.document(process, document);

        Layout layout = Layout.of(document);
        FlowPlan plan = FlowPlan.of(document, ids);
        List<String> laneIds = ProcessWriter.write(process, document, layout, plan, ids);
        DiagramWriter.write(definitions, layout, plan, collaboration.getAttribute("id"), participant.getAttribute("id"), laneIds, ids);
        return serialize(xml);
    }

    private static void declare(Element root, String prefix, String namespace) {
        root.setAttributeNS(Bpmn.XMLNS, "xmlns:" + prefix, namespace);
    }

    private static Document newDocument() {
        try {
            Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is not configured", e);
        }
    }

    private static String serialize(Document xml) {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // The JDK puts the root on the declaration's line, so the declaration is written here.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter().append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the BPMN could not be written", e);
        }
    }
}
