package dev.baton.processes.internal.bpmn;

import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** Why Baton leaves out the parts of a BPMN file it has no place for, and the reporting of them. */
final class Unmapped {

    private static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("dataObject", "Baton keeps the fields a step reads and writes, not data objects"),
            Map.entry("dataObjectReference", "Baton keeps the fields a step reads and writes, not data objects"),
            Map.entry("dataStoreReference", "Baton keeps the fields a step reads and writes, not data stores"),
            Map.entry("dataStore", "Baton keeps the fields a step reads and writes, not data stores"),
            Map.entry("textAnnotation", "annotations are not kept: put the note in a step's instructions"),
            Map.entry("association", "it links an annotation or data, which are not kept"),
            Map.entry("group", "groups are not kept"),
            Map.entry("messageFlow", "a message flow goes to or from another pool, which Baton does not keep: a lane of kind "
                    + "external or persona stands for the other party"),
            Map.entry("participant", "Baton reads one pool; a party outside the process is a lane of kind external or persona"),
            Map.entry("process", "Baton reads one process per file"),
            Map.entry("laneSet", "Baton reads the first set of lanes"),
            Map.entry("dataInputAssociation", "Baton keeps the fields a step reads, not data inputs"),
            Map.entry("dataOutputAssociation", "Baton keeps the fields a step writes, not data outputs"),
            Map.entry("ioSpecification", "inputs and outputs are not kept"),
            Map.entry("property", "process data is not kept"),
            Map.entry("multiInstanceLoopCharacteristics", "a step runs once per instance; the repetition is not kept"),
            Map.entry("standardLoopCharacteristics", "a step runs once per instance; the loop is not kept"),
            Map.entry("potentialOwner", "who does a task comes from its lane"),
            Map.entry("humanPerformer", "who does a task comes from its lane"),
            Map.entry("performer", "who does a task comes from its lane"),
            Map.entry("resourceRole", "who does a task comes from its lane"));

    /** Children of a flow node that carry meaning of their own (event definitions are read by the node). */
    private static final Set<String> PARTS = Set.of("dataInputAssociation", "dataOutputAssociation",
            "ioSpecification", "property", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "potentialOwner",
            "humanPerformer", "performer", "resourceRole");

    private Unmapped() {
    }

    static void report(ImportReport report, Element element) {
        report.notMapped(element, WHY.getOrDefault(element.getLocalName(), "Baton has no place for it"));
    }

    /** The parts of a mapped element that are lost: data and loops, and other modelers' extensions and attributes. */
    static void parts(ImportReport report, Element element) {
        for (Element child : Dom.children(element)) {
            if (Bpmn.MODEL.equals(child.getNamespaceURI()) && PARTS.contains(child.getLocalName())) {
                report.notMapped(element, "its " + child.getLocalName() + " is not kept: " + WHY.get(child.getLocalName()));
            }
        }
        for (Element extension : Dom.children(Dom.child(element, Bpmn.MODEL, "extensionElements"))) {
            if (!Bpmn.BATON.equals(extension.getNamespaceURI())) {
                report.notMapped(element, "its extension " + extension.getNodeName() + " is for another tool and is not kept");
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (namespace != null && !namespace.equals(Bpmn.MODEL) && !namespace.equals(Bpmn.XSI) && !namespace.equals(Bpmn.BATON)) {
                report.notMapped(element, "its attribute " + attribute.getName() + " is for another tool and is not kept");
            }
        }
    }
}
