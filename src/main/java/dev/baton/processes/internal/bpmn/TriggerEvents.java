package dev.baton.processes.internal.bpmn;

import dev.baton.processes.Step;
import org.w3c.dom.Element;

/**
 * What starts a process or a goal, in BPMN's terms: a form post is a message from outside, a date is a
 * timer, a manual start has no event, and a change Baton notices in its own records (a tag, a stage, a
 * field, a saved search) is a signal. Goals wait for a message.
 */
final class TriggerEvents {

    private TriggerEvents() {
    }

    static void start(Element startEvent, Step trigger, Element definitions, BpmnIds ids) {
        String event = trigger.event() == null ? "manual" : trigger.event();
        switch (event) {
            case "manual" -> {
            }
            case "date_reached" -> timer(startEvent, "timeDate", trigger.value());
            case "form_submitted", "goal" -> message(startEvent, trigger, definitions, ids);
            default -> {
                Element signal = root(definitions, "bpmn:signal", ids.next("Signal_" + startEvent.getAttribute("id")), trigger);
                Dom.add(startEvent, Bpmn.MODEL, "bpmn:signalEventDefinition").setAttribute("signalRef", signal.getAttribute("id"));
            }
        }
    }

    static void goal(Element catchEvent, Step trigger, Element definitions, BpmnIds ids) {
        message(catchEvent, trigger, definitions, ids);
    }

    /** A timer with its time as Baton wrote it ("2 business days", an ISO duration, a date field). */
    static void timer(Element event, String kind, String text) {
        Element timer = Dom.add(event, Bpmn.MODEL, "bpmn:timerEventDefinition");
        if (text != null) {
            Element time = Dom.addText(timer, Bpmn.MODEL, "bpmn:" + kind, text);
            time.setAttributeNS(Bpmn.XSI, "xsi:type", "bpmn:tFormalExpression");
        }
    }

    private static void message(Element event, Step trigger, Element definitions, BpmnIds ids) {
        Element message = root(definitions, "bpmn:message", ids.next("Message_" + event.getAttribute("id")), trigger);
        Dom.add(event, Bpmn.MODEL, "bpmn:messageEventDefinition").setAttribute("messageRef", message.getAttribute("id"));
    }

    /** A message or signal of the definitions, named after the event and its value ({@code form_submitted:contact-us}). */
    private static Element root(Element definitions, String element, String id, Step trigger) {
        Element root = Dom.add(definitions, Bpmn.MODEL, element);
        root.setAttribute("id", id);
        String event = trigger.event() == null ? "goal" : trigger.event();
        root.setAttribute("name", trigger.value() == null ? event : event + ":" + trigger.value());
        return root;
    }
}
